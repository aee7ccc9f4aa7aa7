/**
 * Walking-skeleton clustering: one development per event. The dates-and-events issue
 * clusters reports of the same happening across articles.
 */
import type { ArticleExtraction, Development } from '../model/extraction.js';

export function clusterDevelopments(extractions: ArticleExtraction[]): Development[] {
  return extractions.flatMap((x) =>
    x.events.map((e) => ({
      id: e.id,
      date: e.date,
      precision: e.precision,
      dateConflict: null,
      type: e.type,
      actors: e.actors,
      location: e.location,
      summary: e.summary,
      events: [{ ...e, articleId: x.id }],
      sources: [x.id],
      corroboration: 1,
      confidence: e.confidence,
    })),
  );
}
