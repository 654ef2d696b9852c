/**
 * Near-duplicate detection for syndicated copies (the same wire story with a changed
 * headline, a dropped paragraph, a local byline): MinHash signatures over word shingles,
 * indexed by locality-sensitive hashing bands, confirmed by the estimated Jaccard similarity.
 * Exact copies are already one article (Article.id hashes the normalized text).
 */

export interface NearDuplicateOptions {
  /** Words per shingle. */
  shingleWords: number;
  /** Signature length = bands * rowsPerBand. */
  bands: number;
  rowsPerBand: number;
  /** Estimated Jaccard similarity at or above which two texts are the same story. */
  threshold: number;
  /** Texts with fewer words than this are never matched: short items share too much boilerplate. */
  minWords: number;
}

export const DEFAULT_NEAR_DUPLICATE_OPTIONS: NearDuplicateOptions = {
  shingleWords: 5,
  bands: 16,
  rowsPerBand: 4,
  threshold: 0.8,
  minWords: 50,
};

export interface NearDuplicateMatch {
  /** The id of the first copy seen. */
  of: string;
  similarity: number;
}

export class NearDuplicateIndex {
  private readonly options: NearDuplicateOptions;
  private readonly seeds: Uint32Array;
  private readonly buckets = new Map<string, string[]>();
  private readonly signatures = new Map<string, Uint32Array>();

  constructor(options: Partial<NearDuplicateOptions> = {}) {
    this.options = { ...DEFAULT_NEAR_DUPLICATE_OPTIONS, ...options };
    this.seeds = seedsFor(this.options.bands * this.options.rowsPerBand);
  }

  /**
   * Returns the earlier text this one nearly duplicates, or null. A text that is not a
   * duplicate is added to the index; a duplicate is not, so every copy links to the first.
   */
  check(id: string, text: string): NearDuplicateMatch | null {
    const signature = this.signature(text);
    return signature ? this.checkSignature(id, signature) : null;
  }

  /** The same for a signature computed already (the run stores it with the article). */
  checkSignature(id: string, signature: Uint32Array): NearDuplicateMatch | null {
    const match = this.bestMatch(signature, id);
    if (match) return match;
    this.add(id, signature);
    return null;
  }

  /** Adds a text known from an earlier run (read back from the store) without checking it. */
  remember(id: string, text: string): void {
    const signature = this.signature(text);
    if (signature) this.rememberSignature(id, signature);
  }

  /** The same, from a signature the store kept (64 uint32 values with the default options). */
  rememberSignature(id: string, signature: Uint32Array): void {
    if (signature.length !== this.seeds.length) throw new RangeError(`expected a signature of ${this.seeds.length} values, got ${signature.length}`);
    if (!this.signatures.has(id)) this.add(id, signature);
  }

  signature(text: string): Uint32Array | null {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length < this.options.minWords) return null;
    const signature = new Uint32Array(this.seeds.length).fill(0xffffffff);
    const n = this.options.shingleWords;
    for (let i = 0; i + n <= words.length; i++) {
      const base = fnv1a(words.slice(i, i + n).join(' '));
      for (let k = 0; k < this.seeds.length; k++) {
        const h = mix(base ^ this.seeds[k]!);
        if (h < signature[k]!) signature[k] = h;
      }
    }
    return signature;
  }

  private bestMatch(signature: Uint32Array, id: string): NearDuplicateMatch | null {
    let best: NearDuplicateMatch | null = null;
    const tried = new Set<string>();
    for (const key of this.bandKeys(signature)) {
      for (const candidate of this.buckets.get(key) ?? []) {
        if (candidate === id || tried.has(candidate)) continue;
        tried.add(candidate);
        const similarity = estimatedJaccard(signature, this.signatures.get(candidate)!);
        if (similarity >= this.options.threshold && (!best || similarity > best.similarity)) best = { of: candidate, similarity };
      }
    }
    return best;
  }

  private add(id: string, signature: Uint32Array): void {
    this.signatures.set(id, signature);
    for (const key of this.bandKeys(signature)) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.push(id);
      else this.buckets.set(key, [id]);
    }
  }

  private *bandKeys(signature: Uint32Array): Iterable<string> {
    const rows = this.options.rowsPerBand;
    for (let b = 0; b < this.options.bands; b++) yield `${b}:${signature.subarray(b * rows, (b + 1) * rows).join(',')}`;
  }
}

export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}

/** Fixed seeds, so signatures are the same from run to run. */
function seedsFor(count: number): Uint32Array {
  const seeds = new Uint32Array(count);
  let state = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    state = mix(state + 0x6d2b79f5);
    seeds[i] = state;
  }
  return seeds;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The murmur3 finalizer: spreads the bits of a 32-bit value. */
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
