import { InvalidArgumentError } from 'commander';
import { FORMATS, type Format } from './output.js';

export const DEFAULT_DB = 'output/secfacts.db';

export function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a whole number greater than 0');
  return n;
}

export function parseFormat(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`must be one of ${FORMATS.join(', ')}`);
  }
  return value as Format;
}
