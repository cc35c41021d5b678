import { ORGANISATION_HEADS } from '../lexicon/function-words.js';

/** Heads of organisation names ("وزارة", "هيئة", "الحزب"), folded: one set for every module that asks. */
export const ORGANISATION_SET: ReadonlySet<string> = new Set(ORGANISATION_HEADS);
