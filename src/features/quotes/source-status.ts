import type { SourceStatus } from '../../model/quote.js';
import {
  ANONYMITY_PATTERN,
  ANONYMOUS_HEADS,
  DETERMINERS,
  GENERIC_CAPITALS,
  PRONOUNS,
  ROLE_NOUNS,
} from './lexicon.js';

/** Words that end the core of a speaker phrase: what follows is a qualifier ('a spokesman for the campaign'). */
const CORE_END = new Set(['of', 'for', 'at', 'from', 'in', 'on', 'with', 'who', 'which', 'that', 'to', 'close', 'familiar']);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.&-]*/gu;

/**
 * Whether a speaker is named, unnamed or anonymous.
 *
 * `speakerPhrase` is the speaker as written ('a senior Russian defense official', 'Kremlin sources',
 * 'the Indian Foreign Ministry'); `context` is the text around it that may declare anonymity
 * ('speaking on condition of anonymity', 'who requested anonymity').
 *
 * Rules, in order: a phrase headed by 'source(s)'/'insider(s)' or of the 'people familiar with …' kind is
 * anonymous; a phrase whose head noun is capitalised and not a nationality, creed, party-as-group or bare
 * title is named ('Anand Sharma', 'the Indian Foreign Ministry', 'CNN'); otherwise an explicit anonymity
 * phrase in the phrase or context makes it anonymous; everything else ('a Russian diplomat', 'officials',
 * 'the President') is unnamed.
 */
export function sourceStatus(speakerPhrase: string, context: string): SourceStatus {
  const words = speakerPhrase.match(WORD) ?? [];
  // The core: the phrase up to its first qualifier ('a source close to the Kremlin' → 'a source').
  const core: string[] = [];
  for (const w of words) {
    const lower = w.toLowerCase();
    if (core.length > 0 && CORE_END.has(lower)) break;
    core.push(w);
  }
  const lowerCore = core.map(lowerWithoutPossessive);
  for (const w of lowerCore) if (ANONYMOUS_HEADS.has(w)) return 'anonymous';
  if (/\b(?:people|person|those|officials?)\s+(?:familiar|close|briefed|with (?:direct )?knowledge|knowledgeable)\b/i.test(speakerPhrase)) {
    return 'anonymous';
  }
  if (isNamed(core, lowerCore)) return 'named';
  if (ANONYMITY_PATTERN.test(speakerPhrase) || ANONYMITY_PATTERN.test(context)) return 'anonymous';
  return 'unnamed';
}

/** A word lower-cased, without a possessive 's / ’s. */
function lowerWithoutPossessive(w: string): string {
  const lower = w.toLowerCase();
  const n = lower.length;
  if (n >= 2 && lower.charCodeAt(n - 1) === 115) {
    const q = lower.charCodeAt(n - 2);
    if (q === 0x2019 || q === 39) return lower.slice(0, -2);
  }
  return lower;
}

function isNamed(core: readonly string[], lowerCore: readonly string[]): boolean {
  const n = core.length;
  if (n === 0) return false;
  if (n === 1 && PRONOUNS.has(lowerCore[0] ?? '')) return false;
  const head = core[n - 1] ?? '';
  const headLower = lowerCore[n - 1] ?? '';
  if (!isCapitalised(head)) return false;
  if (GENERIC_CAPITALS.has(headLower.replace(/\.$/, ''))) return false;
  // A role noun capitalised only because it opens the sentence: 'Officials', 'Analysts say'.
  if (n === 1 && ROLE_NOUNS.has(headLower)) return false;
  // 'The Analyst' opening a sentence is still a role; determiners do not count as name words.
  if (n === 2 && DETERMINERS.has(lowerCore[0] ?? '') && ROLE_NOUNS.has(headLower)) return false;
  return true;
}

function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}
