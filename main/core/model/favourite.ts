import type { Place } from './model.ts';

/** A place the user keeps, in their order. Exactly one favourite is primary whenever there are any. */
export type Favourite = Readonly<{
  id: number;
  place: Place;
  position: number;
  primary: boolean;
  /** Whether this place may raise notifications (rain soon, severe weather). */
  notify: boolean;
  addedAt: number;
}>;
