/** The corpus loader's public API; everything else in this folder is an implementation detail. */
export { loadCorpus, streamCorpus, articleDay } from './load-corpus.js';
export type { CorpusOptions, CorpusResult, CorpusStats } from './load-corpus.js';
export { summariseCorpus, UNKNOWN_SOURCE } from './summarise.js';
export type { CorpusSummary, CorpusProblem } from './summarise.js';
export { DEFAULT_LIMITS } from './limits.js';
export type { CorpusLimits } from './limits.js';
export type { DuplicateOptions } from './duplicates.js';
export { normaliseText } from './normalise-text.js';
export { reflow } from './reflow.js';
export { markdownToText } from './markdown-text.js';
export { findDatelineInText, parseDatelineField } from './dateline.js';
export { idFromPath, contentHash } from './article-id.js';
