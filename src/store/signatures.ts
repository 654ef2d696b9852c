import type { SignatureStore } from '../run/near-duplicates.js';
import type { Db } from './db.js';

/**
 * Near-duplicate signatures kept in the database, so that a run's memory does not grow with
 * the number of articles ever seen. Signatures added since the last `persist()` are held in
 * memory (at most a batch and the articles in flight) and written in one transaction.
 */
export class DbSignatureStore implements SignatureStore {
  private readonly pending = new Map<string, { signature: Uint32Array; bands: readonly number[] }>();
  private readonly pendingByBand = new Map<number, string[]>();
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      candidates: db.prepare('SELECT DISTINCT article_id FROM article_bands WHERE band IN (SELECT value FROM json_each(?))').pluck(),
      signature: db.prepare('SELECT minhash FROM article_signatures WHERE article_id = ?').pluck(),
      putSignature: db.prepare('INSERT OR IGNORE INTO article_signatures (article_id, minhash) VALUES (?, ?)'),
      putBand: db.prepare('INSERT INTO article_bands (band, article_id) VALUES (?, ?)'),
    };
  }

  *candidates(bands: readonly number[]): Iterable<string> {
    yield* this.statements.candidates.all(JSON.stringify(bands)) as string[];
    for (const band of bands) yield* this.pendingByBand.get(band) ?? [];
  }

  signatureOf(id: string): Uint32Array | undefined {
    const entry = this.pending.get(id);
    if (entry) return entry.signature;
    const blob = this.statements.signature.get(id) as Buffer | undefined;
    if (!blob) return undefined;
    const bytes = new Uint8Array(blob);
    return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  }

  add(id: string, signature: Uint32Array, bands: readonly number[]): void {
    this.pending.set(id, { signature, bands });
    for (const band of bands) {
      const ids = this.pendingByBand.get(band);
      if (ids) ids.push(id);
      else this.pendingByBand.set(band, [id]);
    }
  }

  persist(): void {
    if (this.pending.size === 0) return;
    this.db.transaction(() => {
      for (const [id, { signature, bands }] of this.pending) {
        const inserted = this.statements.putSignature.run(
          id,
          Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength),
        );
        if (inserted.changes === 0) continue;
        for (const band of bands) this.statements.putBand.run(band, id);
      }
    })();
    this.pending.clear();
    this.pendingByBand.clear();
  }
}
