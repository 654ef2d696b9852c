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

/**
 * Where signatures live between checks: in memory for tests and small jobs, in the database for
 * runs (src/store/signatures.ts), so that memory stays flat however many articles were seen.
 */
export interface SignatureStore {
  /** Ids of the articles that share at least one band hash with these. */
  candidates(bands: readonly number[]): Iterable<string>;
  signatureOf(id: string): Uint32Array | undefined;
  add(id: string, signature: Uint32Array, bands: readonly number[]): void;
}

export class MemorySignatureStore implements SignatureStore {
  private readonly buckets = new Map<number, string[]>();
  private readonly signatures = new Map<string, Uint32Array>();

  *candidates(bands: readonly number[]): Iterable<string> {
    for (const band of bands) yield* this.buckets.get(band) ?? [];
  }

  signatureOf(id: string): Uint32Array | undefined {
    return this.signatures.get(id);
  }

  add(id: string, signature: Uint32Array, bands: readonly number[]): void {
    this.signatures.set(id, signature);
    for (const band of bands) {
      const bucket = this.buckets.get(band);
      if (bucket) bucket.push(id);
      else this.buckets.set(band, [id]);
    }
  }
}

export class NearDuplicateIndex {
  private readonly options: NearDuplicateOptions;
  private readonly seeds: Uint32Array;
  private readonly multipliers: Uint32Array;

  constructor(
    private readonly store: SignatureStore = new MemorySignatureStore(),
    options: Partial<NearDuplicateOptions> = {},
  ) {
    this.options = { ...DEFAULT_NEAR_DUPLICATE_OPTIONS, ...options };
    this.seeds = seedsFor(this.options.bands * this.options.rowsPerBand);
    // Odd multipliers, so that each permutation is a bijection of the 32-bit hashes.
    this.multipliers = seedsFor(this.seeds.length, 0x85ebca6b).map((m) => m | 1);
  }

  /**
   * Returns the earlier text this one nearly duplicates, or null. A text that is not a
   * duplicate is added to the index; a duplicate is not, so every copy links to the first.
   */
  check(id: string, text: string): NearDuplicateMatch | null {
    const signature = this.signature(text);
    return signature ? this.checkSignature(id, signature) : null;
  }

  /** The same for a signature computed already. */
  checkSignature(id: string, signature: Uint32Array): NearDuplicateMatch | null {
    const bands = this.bandHashes(signature);
    let best: NearDuplicateMatch | null = null;
    const tried = new Set<string>([id]);
    for (const candidate of this.store.candidates(bands)) {
      if (tried.has(candidate)) continue;
      tried.add(candidate);
      const other = this.store.signatureOf(candidate);
      if (!other) continue;
      const similarity = estimatedJaccard(signature, other);
      if (similarity >= this.options.threshold && (!best || similarity > best.similarity)) best = { of: candidate, similarity };
    }
    if (!best && this.store.signatureOf(id) === undefined) this.store.add(id, signature, bands);
    return best;
  }

  /** MinHash over word shingles; null for texts too short to compare. */
  signature(text: string): Uint32Array | null {
    const wordHashes = hashWords(text.toLowerCase());
    if (wordHashes.length < this.options.minWords) return null;
    const signature = new Uint32Array(this.multipliers.length).fill(0xffffffff);
    const n = this.options.shingleWords;
    for (let i = 0; i + n <= wordHashes.length; i++) {
      let combined = 0x811c9dc5;
      for (let j = 0; j < n; j++) combined = Math.imul(combined ^ wordHashes[i + j]!, 0x01000193);
      const base = mix(combined);
      // One multiply-add per permutation (a universal hash family) instead of a full mix each.
      for (let k = 0; k < this.multipliers.length; k++) {
        const h = (Math.imul(base, this.multipliers[k]!) + this.seeds[k]!) >>> 0;
        if (h < signature[k]!) signature[k] = h;
      }
    }
    return signature;
  }

  /** One 32-bit hash per LSH band: texts sharing a band are candidates (a collision only costs a comparison). */
  private bandHashes(signature: Uint32Array): number[] {
    const rows = this.options.rowsPerBand;
    const hashes: number[] = [];
    for (let b = 0; b < this.options.bands; b++) {
      let h = mix(b + 1);
      for (let r = 0; r < rows; r++) h = mix(h ^ signature[b * rows + r]!);
      hashes.push(h | 0);
    }
    return hashes;
  }
}

export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return a.length === 0 ? 0 : same / a.length;
}

/** Fixed seeds, so signatures are the same from run to run. */
function seedsFor(count: number, start = 0x9e3779b9): Uint32Array {
  const seeds = new Uint32Array(count);
  let state = start;
  for (let i = 0; i < count; i++) {
    state = mix(state + 0x6d2b79f5);
    seeds[i] = state;
  }
  return seeds;
}

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const nonAsciiWordCharacter = new Map<number, boolean>();

function isNonAsciiWordCharacter(codePoint: number): boolean {
  let known = nonAsciiWordCharacter.get(codePoint);
  if (known === undefined) {
    known = WORD_CHARACTER.test(String.fromCodePoint(codePoint));
    nonAsciiWordCharacter.set(codePoint, known);
  }
  return known;
}

/**
 * FNV-1a hash of each word (a run of letters and digits, as /[\p{L}\p{N}]+/u finds them) over
 * its UTF-16 code units, computed in one pass without a string per word: on the main thread of
 * a run this is most of the cost of checking an article for near-duplicates.
 */
export function hashWords(lowerCased: string): Uint32Array {
  let hashes: Uint32Array = new Uint32Array(Math.max(16, lowerCased.length >> 3));
  let count = 0;
  let hash = 0;
  let inWord = false;
  // One step past the end, which counts as a separator and closes the last word.
  for (let i = 0; i <= lowerCased.length; i++) {
    const unit = i < lowerCased.length ? lowerCased.charCodeAt(i) : 32;
    let units = 1;
    let isWord: boolean;
    if (unit < 128) {
      isWord = (unit >= 97 && unit <= 122) || (unit >= 48 && unit <= 57) || (unit >= 65 && unit <= 90);
    } else {
      const codePoint = lowerCased.codePointAt(i)!;
      if (codePoint > 0xffff) units = 2;
      isWord = isNonAsciiWordCharacter(codePoint);
    }
    if (isWord) {
      if (!inWord) hash = 0x811c9dc5;
      inWord = true;
      for (let k = 0; k < units; k++) hash = Math.imul(hash ^ lowerCased.charCodeAt(i + k), 0x01000193);
    } else if (inWord) {
      if (count === hashes.length) hashes = grow(hashes);
      hashes[count++] = hash >>> 0;
      inWord = false;
    }
    i += units - 1;
  }
  return hashes.subarray(0, count);
}

function grow(array: Uint32Array): Uint32Array {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
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
