import type { Doc } from '../../model/doc.js';
import type { Stage } from '../stage.js';
import { tagDates } from './tag.js';

export { tagDates, type TagOptions } from './tag.js';

/** Fills `doc.timexes` with the article's TIMEX3 expressions, resolved against its publication day. */
export const datesStage: Stage = {
  name: 'dates',
  requires: ['sentences'],
  assigns: ['timexes'],
  run(doc: Doc) {
    doc.timexes = tagDates(doc.text, doc.anchor, doc.sentences);
  },
};
