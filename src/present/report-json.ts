/**
 * The JSON report written a story at a time, without ever holding the whole report (or one string of it, which
 * for a large corpus would pass V8's string limit). Indented like `JSON.stringify(report, null, 2)`, except that
 * each story takes one line: a third smaller, quicker to write, and easy to grep or split.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ReportParts } from './report.js';
import { OutputError, systemReason as reason } from '../model/errors.js';

/** `JSON.stringify(value, null, 2)` as it appears nested `depth` levels deep. */
const nested = (value: unknown, depth: number): string => JSON.stringify(value, null, 2).replace(/\n/g, '\n' + '  '.repeat(depth));

/** Write the report of `parts` to `file` (folders created), every story with its detail. */
export function writeJsonReport(file: string, parts: ReportParts): void {
  let fd: number;
  try {
    mkdirSync(dirname(file), { recursive: true });
    fd = openSync(file, 'w');
  } catch (e) {
    throw new OutputError(file, `cannot write the report here (${reason(e)}); choose another path for --json`, { cause: e });
  }
  try {
    // Each piece goes straight to the file: no buffering copy, and one story string at a time in memory.
    const out = (s: string): void => {
      if (writeSync(fd, s) !== Buffer.byteLength(s)) throw new Error('short write');
    };
    const { head } = parts;
    out(`{\n  "schema": ${JSON.stringify(head.schema)},\n  "generated": ${JSON.stringify(head.generated)},\n  "summary": ${nested(head.summary, 1)},\n  "stories": [`);
    parts.stories.forEach((s, i) => out(`${i === 0 ? '\n' : ',\n'}    ${JSON.stringify(s.build(true))}`));
    out(`${parts.stories.length === 0 ? '' : '\n  '}],\n  "rejected": ${nested(parts.rejected, 1)}\n}\n`);
  } catch (e) {
    throw new OutputError(file, `the report could not be written whole (${reason(e)}); it is incomplete`, { cause: e });
  } finally {
    closeSync(fd);
  }
}
