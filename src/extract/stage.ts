import type { Doc, Layer } from '../model/doc.js';

/** One step of extraction: reads the layers it requires and fills the layers it assigns. */
export interface Stage {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
  run(doc: Doc): void;
}
