/** Entity scoring: (type, identity) matched one to one, then role and country of persons. */
import type { GoldEntity } from './gold-schema.js';
import { matchGreedy, unmatched } from './score-match.js';
import { matchCounts, type AccuracyCounts, type MatchCounts } from './score-metrics.js';
import { NormalizedTexts } from './score-normalize.js';

export interface EntityCounts {
  match: MatchCounts;
  role: AccuracyCounts;
  country: AccuracyCounts;
  /** For explaining a score: what was not matched, and matched persons with a wrong role or country. */
  missed: GoldEntity[];
  spurious: GoldEntity[];
  wrong: { gold: GoldEntity; predicted: GoldEntity }[];
}

const SAME_NAME = 2;
const SHARED_ALIAS = 1;

export function scoreEntities(gold: readonly GoldEntity[], predicted: readonly GoldEntity[]): EntityCounts {
  const texts = new NormalizedTexts();
  const candidates = asSet(predicted, texts);
  const pairs = matchGreedy(gold, candidates, (g, p) => identityOverlap(g, p, texts));
  const role: AccuracyCounts = { correct: 0, judged: 0 };
  const country: AccuracyCounts = { correct: 0, judged: 0 };
  const wrong: EntityCounts['wrong'] = [];
  for (const pair of pairs) {
    const g = gold[pair.gold]!;
    const p = candidates[pair.predicted]!;
    if (g.type !== 'PERSON') continue;
    const rightRole = !g.role || texts.of(g.role) === texts.of(p.role ?? '');
    const rightCountry = !g.country || g.country === p.country;
    if (g.role) {
      role.judged++;
      if (rightRole) role.correct++;
    }
    if (g.country) {
      country.judged++;
      if (rightCountry) country.correct++;
    }
    if (!rightRole || !rightCountry) wrong.push({ gold: g, predicted: p });
  }
  return {
    match: matchCounts(pairs.length, gold.length, candidates.length),
    role,
    country,
    ...unmatched(pairs, gold, candidates),
    wrong,
  };
}

/**
 * How well two entities are the same one, or null when they are not: same type, and the same
 * code for countries, else a shared normalized name or alias (either side's). A shared main
 * name ranks above a match through an alias. A shorter name ("Retailleau") never matches
 * the full one ("Bruno Retailleau").
 */
export function identityOverlap(
  gold: GoldEntity,
  predicted: GoldEntity,
  texts: NormalizedTexts = new NormalizedTexts(),
): number | null {
  if (gold.type !== predicted.type) return null;
  // A country without a code (a former state, or a prediction missing it) falls back to names.
  if (gold.type === 'COUNTRY' && gold.country && predicted.country) {
    return gold.country === predicted.country ? SAME_NAME : null;
  }
  const goldName = texts.of(gold.name);
  if (goldName !== '' && goldName === texts.of(predicted.name)) return SAME_NAME;
  const predictedNames = allNames(predicted, texts);
  for (const name of allNames(gold, texts)) if (predictedNames.has(name)) return SHARED_ALIAS;
  return null;
}

function allNames(entity: GoldEntity, texts: NormalizedTexts): Set<string> {
  const names = new Set([entity.name, ...(entity.aliases ?? [])].map((name) => texts.of(name)));
  names.delete('');
  return names;
}

/**
 * Gold lists are article-level sets, so predicted entities with the same type and identity
 * key count once; the first keeps its name, the others add their aliases, role and country.
 */
function asSet(entities: readonly GoldEntity[], texts: NormalizedTexts): GoldEntity[] {
  const byKey = new Map<string, GoldEntity>();
  for (const entity of entities) {
    const key =
      entity.type === 'COUNTRY' && entity.country
        ? `COUNTRY code ${entity.country}`
        : `${entity.type} name ${texts.of(entity.name)}`;
    const first = byKey.get(key);
    if (first === undefined) {
      byKey.set(key, { ...entity, aliases: [...(entity.aliases ?? [])] });
      continue;
    }
    first.aliases = [...new Set([...(first.aliases ?? []), entity.name, ...(entity.aliases ?? [])])];
    first.role = first.role || entity.role;
    first.country = first.country || entity.country;
  }
  return [...byKey.values()];
}
