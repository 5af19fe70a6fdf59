import type { IngestItem } from './options.js';

/** `\r\n` and lone `\r` become `\n`; nothing else changes. */
export function normaliseLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/**
 * The plain-text adapter: the whole file is one article. The title is left undefined and nothing is stripped: the
 * normalise stage tells headlines and outlet chrome from body text.
 */
export function parseText(text: string, input: string, bytes: number): IngestItem[] {
  return [
    { kind: 'article', bytes, article: { kind: 'raw', origin: { path: input, format: 'text' }, text: normaliseLineEndings(text) } },
  ];
}
