import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import type { IngestItem } from './options.js';
import { brokenLink, notFound, unreadable } from './rejections.js';

/** One input found: a file to read, or why a path cannot be. */
export type InputEntry =
  | {
      readonly kind: 'file';
      /** As reached: the given path, or the join of a given directory and the path below it; `-` is stdin. */
      readonly path: string;
      /** Size in bytes; 0 for stdin and pipes, whose size is not known in advance. */
      readonly size: number;
      /** False for stdin, pipes and devices: no size to check before reading. */
      readonly sized: boolean;
    }
  | Extract<IngestItem, { kind: 'rejected' }>;

/**
 * The inputs below the given paths, depth first: each given path in the given order, the entries of a directory
 * sorted by name (UTF-16 code units, so the order does not depend on the locale). Names starting with `.` are
 * skipped below a given directory; a directory reached again (a symlink cycle, or twice through links) is skipped.
 */
export async function* walkInputs(paths: readonly string[]): AsyncGenerator<InputEntry> {
  const seen = new Set<string>();
  for (const path of paths) {
    if (path === '-') {
      yield { kind: 'file', path, size: 0, sized: false };
      continue;
    }
    let stats: Stats;
    try {
      stats = await stat(path);
    } catch (error) {
      yield await missing(path, error);
      continue;
    }
    if (stats.isDirectory()) yield* walkDirectory(path, seen);
    else yield fileEntry(path, stats);
  }
}

async function* walkDirectory(dir: string, seen: Set<string>): AsyncGenerator<InputEntry> {
  let names: string[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    names = await readdir(dir);
  } catch (error) {
    yield unreadable(dir, error);
    return;
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let stats: Stats;
    try {
      stats = await stat(path);
    } catch (error) {
      yield await missing(path, error);
      continue;
    }
    if (stats.isDirectory()) yield* walkDirectory(path, seen);
    // Sockets, pipes and devices inside a directory are not inputs anyone meant to give.
    else if (stats.isFile()) yield fileEntry(path, stats);
  }
}

/** A regular file, or a pipe or device given by name (`<(zcat corpus.jsonl.gz)`), read as a stream. */
function fileEntry(path: string, stats: Stats): InputEntry {
  return stats.isFile() ? { kind: 'file', path, size: stats.size, sized: true } : { kind: 'file', path, size: 0, sized: false };
}

/** `stat` failed: missing, a dangling link, or not allowed. */
async function missing(path: string, error: unknown): Promise<InputEntry> {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code !== 'ENOENT' && code !== 'ENOTDIR') return unreadable(path, error);
  try {
    if ((await lstat(path)).isSymbolicLink()) return brokenLink(path, error);
  } catch {
    // Not even a link: plainly missing.
  }
  return notFound(path, error);
}
