/** Opaque page cursors of story listings: the sort key and seq of the last story shown, tagged by sort order. */
import { RetoldError } from '../model/errors.js';
import type { StoryOrder } from './types.js';

/** Encode the position after a story with sort key `key` and `seq`. */
export function encodeCursor(order: StoryOrder, key: number, seq: number): string {
  return Buffer.from(JSON.stringify([order, key, seq])).toString('base64url');
}

/** Decode a cursor made by `encodeCursor` for the same order; throws RetoldError('usage') otherwise. */
export function decodeCursor(cursor: string, order: StoryOrder): { key: number; seq: number } {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    v = undefined;
  }
  if (!Array.isArray(v) || v.length !== 3 || typeof v[1] !== 'number' || typeof v[2] !== 'number') {
    throw new RetoldError('usage', `cursor ${JSON.stringify(cursor.slice(0, 40))} is not one a story listing returned; pass the "next" value of the previous page`);
  }
  if (v[0] !== order) {
    throw new RetoldError('usage', `cursor was made for order "${String(v[0])}", not "${order}"; keep the same order while paging`);
  }
  return { key: v[1], seq: v[2] };
}
