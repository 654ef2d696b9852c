import nlp from 'compromise';
import datesPlugin from 'compromise-dates';
import type { Article } from '../model/article.js';

nlp.plugin(datesPlugin);

/**
 * The pipeline secfacts is measured against: compromise's full parse with people, places,
 * organizations and compromise-dates, on each article of a sample. Returns MB/s on one core.
 */
export function baselineMbPerSecond(sample: readonly Article[]): { mb: number; seconds: number; mb_per_s: number } {
  let bytes = 0;
  const t0 = performance.now();
  for (const article of sample) {
    const doc = nlp(article.text);
    doc.people().json();
    doc.places().json();
    doc.organizations().json();
    (doc as unknown as { dates: (o?: object) => { json: () => unknown } }).dates({ today: article.published ?? undefined }).json();
    bytes += Buffer.byteLength(article.text);
  }
  const seconds = (performance.now() - t0) / 1000;
  return { mb: bytes / 1e6, seconds, mb_per_s: bytes / 1e6 / seconds };
}
