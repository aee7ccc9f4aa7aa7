/** The brief definition language (walking-skeleton subset; the brief issue extends it). */
import { z } from 'zod';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day as YYYY-MM-DD');

export const periodSchema = z.object({ from: isoDay, to: isoDay }).strict();

export const briefSchema = z
  .object({
    title: z.string().min(1),
    subtitle: z.string().optional(),
    audience: z.string().default('analyst'),
    template: z.string().default('sitrep'),
    handling: z.string().optional(),
    author: z.string().optional(),
    organisation: z.string().optional(),
    period: periodSchema,
    /** Recurring brief: one edition per ISO week (the period then bounds the weeks built). */
    cadence: z.enum(['weekly']).optional(),
    /** A week with nothing selected: a short edition saying so (default), or no edition. */
    emptyWeek: z.enum(['short', 'skip']).optional(),
    corpus: z.array(z.string()).default(['corpus/']),
    summary: z.string().optional(),
    select: z
      .object({
        keywords: z.array(z.string()).default([]),
      })
      .strict()
      .default({ keywords: [] }),
    sections: z.array(z.string()).optional(),
    limits: z
      .object({ developments: z.number().int().positive().default(20), quotes: z.number().int().positive().default(10) })
      .strict()
      .default({ developments: 20, quotes: 10 }),
  })
  .strict();

export type BriefSpec = z.infer<typeof briefSchema>;
