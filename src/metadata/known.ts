import { AGENCIES } from '../lexicon/agencies.js';
import { DATELINE_PLACES } from '../lexicon/places.js';
import { lineKey } from '../normalize/key.js';

/** Agencies and outlets by comparison key (the lexicon spelling as the value). Built once. */
const OUTLETS = new Map(AGENCIES.map((a) => [lineKey(a), a]));
/** Dateline places by comparison key. Built once. */
const PLACES = new Set(DATELINE_PLACES.map((p) => lineKey(p)));

/** Whether a comparison key names a known agency or outlet ("رويترز", "العربية نت"). */
export function isKnownOutlet(key: string): boolean {
  return OUTLETS.has(key);
}

/** Whether a comparison key names a known dateline place ("دبي", "مكه المكرمه"). */
export function isKnownPlace(key: string): boolean {
  return PLACES.has(key);
}
