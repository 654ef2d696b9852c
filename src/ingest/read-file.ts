import { open, readFile, stat } from 'node:fs/promises';
import { diagnostic, type ErrorCode } from '../model/errors.js';
import { binaryRatio } from '../model/text.js';
import { MAX_BINARY_RATIO } from './normalize.js';
import type { IngestItem } from './types.js';

const SNIFF_BYTES = 8192;

export type FileText = { ok: true; text: string } | { ok: false; error: IngestItem };

/** Reads a whole file as text, refusing (as an error item) what is missing, too large, empty or binary. */
export async function readTextFile(path: string, maxBytes: number): Promise<FileText> {
  const checked = await checkFile(path, maxBytes);
  if (checked) return { ok: false, error: checked };
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (err) {
    return { ok: false, error: fileError('READ_FAILED', path, errorMessage(err)) };
  }
  if (looksBinary(bytes.subarray(0, SNIFF_BYTES))) return { ok: false, error: fileError('BINARY_CONTENT', path) };
  return { ok: true, text: decode(bytes) };
}

/**
 * The checks a streamed file gets before streaming: it exists, is not empty, and its first
 * bytes are text. Returns an error item, or null when the file can be streamed.
 */
export async function checkStreamableFile(path: string): Promise<IngestItem | null> {
  const checked = await checkFile(path, Number.POSITIVE_INFINITY);
  if (checked) return checked;
  try {
    const handle = await open(path, 'r');
    try {
      const sample = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(sample, 0, SNIFF_BYTES, 0);
      if (looksBinary(sample.subarray(0, bytesRead))) return fileError('BINARY_CONTENT', path);
    } finally {
      await handle.close();
    }
  } catch (err) {
    return fileError('READ_FAILED', path, errorMessage(err));
  }
  return null;
}

async function checkFile(path: string, maxBytes: number): Promise<IngestItem | null> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return fileError('READ_FAILED', path, 'not a regular file');
    if (info.size === 0) return fileError('EMPTY_TEXT', path, 'the file is empty');
    if (info.size > maxBytes) return fileError('TOO_LARGE', path, `${info.size} bytes, limit ${maxBytes}`);
  } catch (err) {
    return fileError('READ_FAILED', path, errorMessage(err));
  }
  return null;
}

/** UTF-16 files are text with NUL bytes, so their byte-order mark is checked before NULs. */
function looksBinary(sample: Buffer): boolean {
  if (utf16Encoding(sample)) return false;
  if (sample.includes(0)) return true;
  return binaryRatio(decodeSample(sample)) > MAX_BINARY_RATIO;
}

/** A sample may end inside a multi-byte character; drop the broken tail rather than count it as binary. */
function decodeSample(sample: Buffer): string {
  return new TextDecoder('utf-8').decode(sample).replace(/\uFFFD{1,3}$/, '');
}

function decode(bytes: Buffer): string {
  const encoding = utf16Encoding(bytes) ?? 'utf-8';
  return new TextDecoder(encoding).decode(bytes); // TextDecoder drops the BOM
}

function utf16Encoding(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export function fileError(code: ErrorCode, source: string, detail?: string): IngestItem {
  return { kind: 'error', diagnostic: diagnostic(code, source, null, detail) };
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
