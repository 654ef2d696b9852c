import worldCountries from 'world-countries';
import type { Country } from 'world-countries';

// The package's types describe an ES default export while Node loads its CommonJS build;
// accept either shape.
const loaded = worldCountries as unknown as Country[] | { default: Country[] };

/** Every country and territory from world-countries. */
export const COUNTRIES: readonly Country[] = Array.isArray(loaded) ? loaded : loaded.default;
