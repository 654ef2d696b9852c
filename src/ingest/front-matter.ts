import { parse } from 'yaml';

export type FrontMatter =
  | { ok: true; data: Record<string, unknown>; body: string }
  | { ok: false; reason: string };

// The opening fence must be the very first line; the closing fence is searched line by line,
// never with a regex spanning the file, so a file without one costs one linear scan.
const OPENING_FENCE = /^---[ \t]*\r?\n/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/** Splits optional YAML front matter ("---" fenced, at the top) from the body. */
export function splitFrontMatter(text: string): FrontMatter {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return { ok: true, data: {}, body: text };
  let lineStart = opening[0].length;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (CLOSING_FENCE.test(text.slice(lineStart, lineEnd).replace(/\r$/, ''))) {
      const yaml = text.slice(opening[0].length, lineStart);
      const body = newline === -1 ? '' : text.slice(newline + 1);
      return parseYaml(yaml, body);
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return { ok: false, reason: 'the front matter has no closing "---" line' };
}

function parseYaml(yaml: string, body: string): FrontMatter {
  let data: unknown;
  try {
    // Dates stay strings (the core schema), so our own date normalization sees what the author wrote.
    data = parse(yaml, { schema: 'core', maxAliasCount: 50 });
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message.split('\n')[0]! : String(err) };
  }
  if (data === null || data === undefined) return { ok: true, data: {}, body };
  if (typeof data !== 'object' || Array.isArray(data)) return { ok: false, reason: 'the front matter is not a key: value mapping' };
  return { ok: true, data: data as Record<string, unknown>, body };
}
