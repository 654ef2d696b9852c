/**
 * ISO 639-3 codes that franc returns, mapped to the ISO 639-1 codes Article.lang uses.
 * Codes not listed are kept as franc gives them (three letters fit the schema).
 */
export const ISO_639_3_TO_1: Readonly<Record<string, string>> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', rus: 'ru', ukr: 'uk',
  pol: 'pl', ces: 'cs', ron: 'ro', hun: 'hu', swe: 'sv', tur: 'tr', arb: 'ar', pes: 'fa', urd: 'ur',
  hin: 'hi', mar: 'mr', npi: 'ne', cmn: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi', ind: 'id', zlm: 'ms',
  tha: 'th', heb: 'he', ell: 'el', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', bel: 'be', kaz: 'kk',
  uzn: 'uz', azj: 'az', swh: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig', zul: 'zu', som: 'so', tgl: 'tl',
  ben: 'bn', tam: 'ta', tel: 'te', kan: 'kn', mal: 'ml', guj: 'gu', pan: 'pa', amh: 'am', mya: 'my',
  khm: 'km', sin: 'si', kat: 'ka', hye: 'hy', jav: 'jv', sun: 'su', ckb: 'ku', pbu: 'ps', kin: 'rw',
  run: 'rn', nya: 'ny', lin: 'ln', plt: 'mg', ceb: 'ceb', ilo: 'ilo', ory: 'or',
};
