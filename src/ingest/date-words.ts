/** Month names and abbreviations as they appear in publication dates, mapped to 1-12. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Zone names RFC 2822 allows besides numeric offsets (obsolete US zones included, feeds still use them). */
export const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  z: 'Z', ut: 'Z', utc: 'Z', gmt: 'Z',
  est: '-05:00', edt: '-04:00',
  cst: '-06:00', cdt: '-05:00',
  mst: '-07:00', mdt: '-06:00',
  pst: '-08:00', pdt: '-07:00',
};
