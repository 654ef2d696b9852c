import type { Topic } from '../../model/facts.js';
import { TOPIC_CUES } from './cues.js';
import { words } from './patterns.js';

const TOPIC_RES = TOPIC_CUES.map(({ topic, pattern }) => ({ topic, re: words(pattern) }));

/** Topics whose cue words occur in any of `texts`, in the order of the guideline's list. */
export function topicsOf(texts: readonly string[]): Topic[] {
  const found: Topic[] = [];
  for (const { topic, re } of TOPIC_RES) {
    if (texts.some((t) => re.test(t))) found.push(topic);
  }
  return found;
}
