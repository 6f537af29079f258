/** Time and identifiers, given to use-cases so tests can set them. */

export interface Clock {
  now(): number;
}

export interface Ids {
  /** Time-ordered unique id (UUIDv7). */
  next(): string;
}
