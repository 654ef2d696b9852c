/** One URL to read, with the line of the list it came from. */
export interface ListedUrl {
  url: string;
  line: number;
}

/**
 * A URL list: one URL per line; blank lines and lines starting with # are skipped, and so is
 * anything after " #" on a URL's line. Lines that are not http(s) URLs are returned apart so
 * that each becomes an error item.
 */
export function parseUrlList(text: string): { urls: ListedUrl[]; invalid: ListedUrl[] } {
  const urls: ListedUrl[] = [];
  const invalid: ListedUrl[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const entry = lines[i]!.replace(/\s#.*$/, '').trim();
    if (entry === '' || entry.startsWith('#')) continue;
    (isHttpUrl(entry) ? urls : invalid).push({ url: entry, line: i + 1 });
  }
  return { urls, invalid };
}

export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
