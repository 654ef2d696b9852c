/** Lower-case words that sit inside personal and place names ("bin", "al-", "de", "van"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'di', 'del', 'della', 'du', 'des', 'dos', 'das',
  'van', 'von', 'der', 'den', 'ter', 'le', 'la', 'y', 'ul', 'ud',
]);

/** Lower-case words that may join the capitalized words of an organization's or place's name. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'on', '&', 'in']);
