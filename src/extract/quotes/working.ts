/** The state of one quotation while its speaker is being worked out. */
import type { Attribution } from './attribution.js';
import type { SpanKind } from './classify.js';
import type { Range } from './layout.js';
import type { Mention } from './mentions.js';
import type { QuoteSpan } from './spans.js';

export interface Working {
  span: QuoteSpan;
  kind: SpanKind;
  before: Range;
  after: Range;
  attribution: Attribution;
  speaker: string | null;
  speakerKind: Mention['kind'] | null;
  role: string | null;
  via: string | null;
}
