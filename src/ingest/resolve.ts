import { stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, resolve as resolvePath } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { readerFor } from './formats/registry.js';
import { isHttpUrl } from './pull/url-list.js';
import { DOCUMENTATION_NAMES } from './skip-names.js';

export const STDIN_INPUT = '-';

/** What one command-line input expands to. */
export type ResolvedInput =
  | { input: string; kind: 'stdin' }
  | { input: string; kind: 'url' }
  | { input: string; kind: 'files'; files: string[] }
  | { input: string; kind: 'unmatched'; reason: string };

/**
 * An http(s) URL is fetched later (a page or a feed, told apart by its content).
 * A file is taken as named, whatever its extension (an unsupported one becomes an error item
 * later). A folder is walked recursively and a glob expanded; both keep only files with a
 * supported extension, skip hidden paths, node_modules and documentation files such as
 * SOURCES.md, and are sorted so runs are reproducible.
 */
export async function resolveInput(input: string): Promise<ResolvedInput> {
  if (input === STDIN_INPUT) return { input, kind: 'stdin' };
  if (isHttpUrl(input)) return { input, kind: 'url' };
  const info = await stat(input).catch(() => null);
  if (info?.isFile()) return { input, kind: 'files', files: [input] };
  if (info?.isDirectory()) {
    const files = await expand(['**/*'], input);
    return files.length > 0 ? { input, kind: 'files', files } : { input, kind: 'unmatched', reason: 'the folder holds no readable files' };
  }
  if (isDynamicPattern(input)) {
    const files = await expand([input], process.cwd(), isAbsolute(input));
    return files.length > 0 ? { input, kind: 'files', files } : { input, kind: 'unmatched', reason: 'the glob matched no readable files' };
  }
  return { input, kind: 'unmatched', reason: info ? 'neither a file nor a folder' : 'no such file or folder' };
}

/** Paths come back as the user would write them: relative to the folder or cwd, absolute for an absolute glob. */
async function expand(patterns: string[], cwd: string, absolute = false): Promise<string[]> {
  const found = await glob(patterns, {
    cwd,
    absolute,
    dot: false,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: ['**/node_modules/**'],
    expandDirectories: false,
  });
  return found
    .map((file) => (absolute || cwd === process.cwd() ? file : `${cwd.replace(/\/+$/, '')}/${file}`))
    .filter((file) => readerFor(file) !== null && !isDocumentation(file))
    .sort();
}

function isDocumentation(file: string): boolean {
  return DOCUMENTATION_NAMES.has(basename(file, extname(file)).toLowerCase());
}

/** Two inputs naming the same file (a folder and a file inside it) read it once. */
export function fileKey(file: string): string {
  return resolvePath(file);
}
