// English for the functions that predate the catalogues and take no Wording yet: their callers
// get the catalogue's English, in the age form those callers' tests expect ("4 min ago").
import { formatAge } from './age.ts';
import { createWording } from './wording.ts';
import type { Wording } from './wording.ts';

/** The parts of a Wording that the freshness and call-budget lines use. */
export type LineWording = Pick<Wording, 't' | 'age'>;

/** English with the older short ages; a caller with a person's language passes its own Wording. */
export const legacyEnglish: LineWording = { t: createWording('en').t, age: formatAge };
