/**
 * Documentation files that live beside articles (corpus/SOURCES.md, a README in a data folder).
 * When a folder or glob is expanded they are skipped, matched on the name without extension,
 * case-insensitively; naming such a file explicitly still reads it.
 */
export const DOCUMENTATION_NAMES: ReadonlySet<string> = new Set([
  'readme', 'sources', 'license', 'licence', 'changelog', 'contributing', 'notice', 'attribution', 'authors',
]);
