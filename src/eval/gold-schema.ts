/**
 * The gold-file format of /work/shared/gold/GUIDELINES.md: one article with the facts a
 * correct extraction finds in it. Predictions are written in the same format so that one
 * scorer compares the two.
 */
import { z } from 'zod';
import { isoDate } from '../model/article.js';
import { COMMITMENT_STATUSES, COMMITMENT_TYPES, ENTITY_TYPES, TIMEX_TYPES, TOPICS } from '../model/facts.js';

const alpha3 = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code in capitals, such as "MAR"');
const offset = z.number().int().nonnegative();

// Fact items are strict: a misspelt optional key ("alias", "roles") would otherwise be
// dropped silently and change the score without anyone noticing.
export const GoldEntitySchema = z.strictObject({
  name: z.string().min(1),
  type: z.enum(ENTITY_TYPES),
  country: alpha3.nullable().optional(),
  role: z.string().min(1).nullable().optional(),
  aliases: z.array(z.string().min(1)).optional(),
});

export const GoldDateSchema = z
  .strictObject({
    text: z.string().min(1),
    type: z.enum(TIMEX_TYPES),
    value: z.string().min(1),
    mod: z.string().nullable().optional(),
    start: offset.optional(),
    end: offset.optional(),
  })
  .refine((d) => (d.start === undefined) === (d.end === undefined), {
    message: 'start and end go together: give both offsets or neither',
    path: ['end'],
  })
  .refine((d) => d.start === undefined || d.end === undefined || d.end > d.start, {
    message: 'end must be greater than start',
    path: ['end'],
  });

export const GoldCommitmentSchema = z.strictObject({
  type: z.enum(COMMITMENT_TYPES),
  parties: z.array(z.string().min(1)),
  status: z.enum(COMMITMENT_STATUSES),
  date: z.string().min(1).nullable().optional(),
  topics: z.array(z.enum(TOPICS)),
  trigger: z.string().min(1),
});

export const GoldQuoteSchema = z.strictObject({
  speaker: z.string().min(1).nullable(),
  text: z.string().min(1),
});

// The article level tolerates extra keys (notes, annotator) that do not affect scoring.
export const GoldArticleSchema = z.object({
  id: z.string().min(1),
  source: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  published: isoDate.nullable(),
  title: z.string().nullable().optional(),
  text: z.string().min(1, 'the article has no text'),
  entities: z.array(GoldEntitySchema),
  dates: z.array(GoldDateSchema),
  commitments: z.array(GoldCommitmentSchema),
  quotes: z.array(GoldQuoteSchema),
});

export type GoldEntity = z.infer<typeof GoldEntitySchema>;
export type GoldDate = z.infer<typeof GoldDateSchema>;
export type GoldCommitment = z.infer<typeof GoldCommitmentSchema>;
export type GoldQuote = z.infer<typeof GoldQuoteSchema>;
export type GoldArticle = z.infer<typeof GoldArticleSchema>;
