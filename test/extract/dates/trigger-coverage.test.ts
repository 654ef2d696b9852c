/**
 * Guards the speed-up of near.ts: each rule pattern runs only from its trigger, reaching back over
 * a hand-written list of leading words. A leading word added to a pattern but not to that list
 * loses matches silently, so every triggered pattern of every rule is checked here against the
 * plain `text.matchAll(pattern)`: on the corpus texts, on sentences written for each rule, and on
 * those matches with each word of the pattern's own vocabulary put in front of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type TriggeredPattern, triggered } from '../../../src/extract/dates/near.js';
import { LEADING_WORD_SENTENCES } from './trigger-coverage-sentences.js';

const RULES_DIR = new URL('../../../src/extract/dates/rules/', import.meta.url);
const CORPUS_DIR = new URL('../../../corpus/', import.meta.url);

interface NamedPattern {
  name: string;
  triggered: TriggeredPattern;
}

/** Every `triggered(...)` of every rule module, by "module:NAME". */
async function rulePatterns(): Promise<{ patterns: NamedPattern[]; callsInSource: number }> {
  const patterns: NamedPattern[] = [];
  let callsInSource = 0;
  for (const file of readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts')).sort()) {
    const source = readFileSync(new URL(file, RULES_DIR), 'utf8');
    callsInSource += source.match(/\btriggered\(/g)?.length ?? 0;
    const module = (await import(new URL(file, RULES_DIR).href)) as { TRIGGERED_PATTERNS?: Record<string, TriggeredPattern> };
    for (const [name, pattern] of Object.entries(module.TRIGGERED_PATTERNS ?? {})) patterns.push({ name: `${file}:${name}`, triggered: pattern });
  }
  return { patterns, callsInSource };
}

/** The article texts kept in the repository: markdown files and the "text" fields of JSON lines. */
function corpusTexts(): string[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) texts.push(readFileSync(path, 'utf8'));
      else if (entry.name.endsWith('.jsonl')) {
        for (const line of readFileSync(path, 'utf8').split('\n')) {
          if (line.trim()) texts.push(String((JSON.parse(line) as { text?: unknown }).text ?? ''));
        }
      }
    }
  };
  walk(CORPUS_DIR.pathname);
  return texts;
}

function summary(matches: readonly RegExpExecArray[]): unknown[] {
  return matches.map((m) => [m.index, ...m]);
}

function plainMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  return [...text.matchAll(pattern)];
}

/** The first text on which the triggered pattern finds other matches than the plain one, if any. */
function firstDifference(pattern: TriggeredPattern, texts: Iterable<string>): string | null {
  for (const text of texts) {
    if (JSON.stringify(summary(pattern.matchAll(text))) !== JSON.stringify(summary(plainMatches(pattern.pattern, text)))) return text;
  }
  return null;
}

/**
 * The words a pattern could start with: the letters of its source (with "[Tt]he" read as "the"
 * and escapes like \s dropped), its trigger's words, and short words that hand-written
 * alternations often hold.
 */
function vocabularyOf(pattern: TriggeredPattern): string[] {
  const source = pattern.pattern.source.replace(/\[([A-Z])([a-z])\]/g, '$2').replace(/\\[a-zA-Z](\{[^}]*\})?/g, ' ');
  const words = new Set([...(source.match(/[A-Za-z]+/g) ?? []), ...(pattern.trigger.words ?? []), 'a', 'an', 'the', 'of', 'in', 'on', 'by']);
  const out: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    out.push(lower, lower[0]!.toUpperCase() + lower.slice(1));
  }
  return [...new Set(out)];
}

const FILLERS = ['3', '12', '2019', "'90", '1990s'];
const SEPARATORS = [' ', '-'];

/**
 * Texts made from the pattern's matches with a word (or number) put in front, and again in front
 * of any longer match that this gives: a leading word that the pattern accepts but the trigger
 * list lacks shows up as a match the triggered scan misses.
 */
function* prefixedTexts(pattern: TriggeredPattern, seeds: readonly string[], maxSeeds: number): Generator<string> {
  const vocabulary = [...vocabularyOf(pattern), ...FILLERS];
  const seen = new Set<string>();
  let queue = [...new Set(seeds)].slice(0, maxSeeds);
  for (let depth = 0; depth < 3 && queue.length > 0; depth++) {
    const longer: string[] = [];
    for (const match of queue) {
      for (const word of vocabulary) {
        for (const separator of SEPARATORS) {
          const text = `Then ${word}${separator}${match} here.`;
          yield text;
          const found = plainMatches(pattern.pattern, text).find((m) => m.index < 5 + word.length + separator.length);
          const grown = found?.[0];
          if (grown && grown.length > match.length && !seen.has(grown)) {
            seen.add(grown);
            longer.push(grown);
          }
        }
      }
    }
    queue = longer.slice(0, maxSeeds);
  }
}

const { patterns, callsInSource } = await rulePatterns();
const corpus = corpusTexts();
const samples = [...corpus, ...LEADING_WORD_SENTENCES];

describe('every triggered rule pattern finds what its plain pattern finds', () => {
  it('checks every triggered(...) of the rule modules (each module lists them in TRIGGERED_PATTERNS)', () => {
    expect(corpus.length).toBeGreaterThan(5);
    expect(patterns.length).toBe(callsInSource);
  });

  it.each(patterns.map((p) => [p.name, p.triggered] as const))('%s matches in the sample texts', (_name, pattern) => {
    const found = samples.flatMap((text) => plainMatches(pattern.pattern, text));
    // A pattern that never matches the sample would be checked on nothing.
    expect(found.length).toBeGreaterThan(0);
    expect(firstDifference(pattern, samples)).toBeNull();
  });

  it.each(patterns.map((p) => [p.name, p.triggered] as const))('%s keeps its matches with any leading word in front', (_name, pattern) => {
    const seeds = samples.flatMap((text) => plainMatches(pattern.pattern, text).map((m) => m[0]));
    expect(firstDifference(pattern, prefixedTexts(pattern, seeds, 25))).toBeNull();
  });
});

describe('the coverage check itself', () => {
  it('fails when a trigger list lacks a leading word of the pattern', () => {
    const ago = patterns.find((p) => p.name === 'ago.ts:AGO_NEAR')!.triggered;
    const words = [...(ago.trigger.words ?? [])].filter((w) => w !== 'nearly');
    const incomplete = triggered(ago.pattern, { ...ago.trigger, words });
    const seeds = samples.flatMap((text) => plainMatches(ago.pattern, text).map((m) => m[0]));
    expect(firstDifference(ago, prefixedTexts(ago, seeds, 25))).toBeNull();
    expect(firstDifference(incomplete, prefixedTexts(incomplete, seeds, 25))).not.toBeNull();
  });
});
