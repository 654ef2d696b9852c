import { entitiesStage } from '../../../src/extract/entities/stage.js';
import { sentencesStage } from '../../../src/extract/sentences/stage.js';
import { createDoc, type Doc } from '../../../src/model/doc.js';

export function runEntities(text: string): Doc {
  const doc = createDoc({ id: '0'.repeat(32), url: null, title: '', published: null, source: null, lang: 'en', text });
  sentencesStage.run(doc);
  entitiesStage.run(doc);
  return doc;
}

export function entityNamed(doc: Doc, name: string) {
  return doc.entities.find((e) => e.name === name);
}
