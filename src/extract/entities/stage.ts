import type { Doc } from '../../model/doc.js';
import type { Stage } from '../stage.js';
import type { Candidate } from './candidate.js';
import { gazetteer } from './gazetteer.js';
import { resolveEntities } from './resolve.js';
import { scanSentence } from './scan.js';
import { tokenize } from './tokens.js';

/** Finds the entities of one document: fills `doc.entities` and `doc.mentions`. */
export function extractEntities(doc: Doc): void {
  const g = gazetteer();
  const tokens = tokenize(doc.text);
  const taken = new Array<boolean>(tokens.length).fill(false);
  const candidates: Candidate[] = [];
  let t = 0;
  for (const sentence of doc.sentences) {
    while (t < tokens.length && tokens[t]!.start < sentence.start) t++;
    let end = t;
    while (end < tokens.length && tokens[end]!.end <= sentence.end) end++;
    candidates.push(...scanSentence(tokens, sentence, t, end, g, taken));
    t = end;
  }
  const { entities, mentions } = resolveEntities(doc.text, tokens, candidates);
  doc.entities = entities;
  doc.mentions = mentions;
}

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['sentences'],
  assigns: ['entities'],
  run: extractEntities,
};
