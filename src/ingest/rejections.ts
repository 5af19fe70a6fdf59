import { InputError } from '../model/errors.js';
import type { IngestItem } from './options.js';

/**
 * Every problem the ingest stage reports, worded in one place so that the messages stay consistent: what is wrong,
 * where, and how to fix it. The input name and record are prefixed by InputError.
 */

type Rejected = Extract<IngestItem, { kind: 'rejected' }>;

const reject = (error: InputError): Rejected => ({ kind: 'rejected', error });

const where = (record: number | undefined): { record?: number } => (record === undefined ? {} : { record });

const FORMATS = 'plain text (.txt), Markdown (.md), HTML (.html), JSON (.json), JSONL (.jsonl), RSS or Atom (.xml)';

/** `5 MB`, `300 KB`, `1.5 MB`, `12 bytes`. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const [value, unit] = n < 1024 * 1024 ? [n / 1024, 'KB'] : [n / (1024 * 1024), 'MB'];
  return `${Number(value.toFixed(1))} ${unit}`;
}

export const notFound = (input: string, cause?: unknown): Rejected =>
  reject(new InputError('input.not-found', input, 'no such file or directory', cause === undefined ? {} : { cause }));

export const brokenLink = (input: string, cause?: unknown): Rejected =>
  reject(
    new InputError('input.not-found', input, 'symbolic link to a file that does not exist', cause === undefined ? {} : { cause }),
  );

export function unreadable(input: string, cause: unknown): Rejected {
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : undefined;
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied; check the file permissions'
      : `${cause instanceof Error ? cause.message : String(cause)}`;
  return reject(new InputError('input.unreadable', input, `cannot be read: ${why}`, { cause }));
}

/** What an empty input holds. */
export type Emptiness = 'nothing' | 'whitespace' | 'blank lines' | 'an empty array';

export const empty = (input: string, holds: Emptiness): Rejected =>
  reject(
    new InputError(
      'input.empty',
      input,
      holds === 'nothing' ? 'is empty' : holds === 'whitespace' ? 'contains only whitespace' : `holds only ${holds}`,
    ),
  );

export const binary = (input: string, offset: number): Rejected =>
  reject(
    new InputError(
      'input.binary',
      input,
      `looks like a binary file (NUL byte at offset ${offset}); Retold reads UTF-8 ${FORMATS}`,
    ),
  );

export const encoding = (input: string, offset: number, byte: number, record?: number): Rejected =>
  reject(
    new InputError(
      'input.encoding',
      input,
      `not valid UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at byte offset ${offset}; ` +
        'convert the file to UTF-8 (e.g. iconv -f windows-1252 -t utf-8)',
      where(record),
    ),
  );

/** `limitName` is the IngestOptions field that raises the limit. */
export function tooLarge(
  input: string,
  size: number,
  limit: number,
  limitName: 'maxArticleBytes' | 'maxRecordBytes',
  record?: number,
): Rejected {
  const what = record === undefined ? 'input' : 'record';
  const one = limitName === 'maxArticleBytes' ? 'article' : 'record';
  const actual = `${formatBytes(size)}${size >= 1024 ? ` (${size} bytes)` : ''}`;
  return reject(
    new InputError(
      'input.too-large',
      input,
      `${what} is ${actual}, over the limit of ${formatBytes(limit)} for one ${one}; ` +
        `raise the ${limitName} option if it really is one ${one}`,
      where(record),
    ),
  );
}

export const noArticle = (input: string, why: string, record?: number): Rejected =>
  reject(new InputError('input.no-article', input, `no article found: ${why}`, where(record)));

export const malformed = (input: string, record: number | undefined, problem: string, cause?: unknown): Rejected =>
  reject(
    new InputError('input.malformed-record', input, problem, {
      ...where(record),
      ...(cause === undefined ? {} : { cause }),
    }),
  );

export const unsupported = (input: string, problem: string): Rejected =>
  reject(new InputError('input.unsupported', input, `${problem}; Retold reads ${FORMATS}`));
