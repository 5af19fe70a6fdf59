/**
 * Strings that keep nothing else alive. V8 makes a substring a view of its parent: a sentence kept from an
 * article keeps the whole paragraph it was cut from, and a word interned on first sight keeps the article it
 * was first seen in. Whatever outlives its article (vocabulary, summaries, story details kept for the report)
 * goes through here, so memory follows what is kept, not what was read.
 */

/** Shorter strings are always copied by V8, never views. */
const VIEW_MIN = 13;

/** A copy of `s` that does not share its parent's memory. */
export function detach(s: string): string {
  // Concatenating makes a rope; slicing it flattens the rope into a new string of its own.
  return s.length < VIEW_MIN ? s : (' ' + s).slice(1);
}
