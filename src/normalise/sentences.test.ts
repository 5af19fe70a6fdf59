import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from './sentences.js';

const split = (p: string): string[] => splitSentences(p).map((s) => s.text);

/** Tricky paragraphs and the sentences they must give. */
const CASES: readonly (readonly [string, readonly string[]])[] = [
  // titles before names
  ['It was confirmed by Dr. Ilse Marchetti on Monday. She left.', ['It was confirmed by Dr. Ilse Marchetti on Monday.', 'She left.']],
  ['Mr. and Mrs. Dorsch met Gen. Halvik and Prof. Ravel. Then they ate.', ['Mr. and Mrs. Dorsch met Gen. Halvik and Prof. Ravel.', 'Then they ate.']],
  ['Sen. Brekke and Gov. Lind spoke. Lt. Col. Aas did not.', ['Sen. Brekke and Gov. Lind spoke.', 'Lt. Col. Aas did not.']],
  // initials
  ['J. P. Morgan advised the city. S. Ravel agreed.', ['J. P. Morgan advised the city.', 'S. Ravel agreed.']],
  ['The bank, J.P. Morgan, declined. It gave no reason.', ['The bank, J.P. Morgan, declined.', 'It gave no reason.']],
  ['They call it Plan B. The council does not.', ['They call it Plan B.', 'The council does not.']],
  // decimals and amounts
  ['Costs rose 3.5 percent to 1.2m krona. That is high.', ['Costs rose 3.5 percent to 1.2m krona.', 'That is high.']],
  ['The index fell to 0.75. Analysts shrugged.', ['The index fell to 0.75.', 'Analysts shrugged.']],
  // acronyms and abbreviations
  ['U.S. officials said. The talks ended.', ['U.S. officials said.', 'The talks ended.']],
  ['Aid came from the U.S. and the E.U. on Friday.', ['Aid came from the U.S. and the E.U. on Friday.']],
  ['Sanctions were imposed by the U.S. The move surprised Korvask.', ['Sanctions were imposed by the U.S.', 'The move surprised Korvask.']],
  ['Grain, rail, ports etc. were discussed. Fish vs. timber was not.', ['Grain, rail, ports etc. were discussed.', 'Fish vs. timber was not.']],
  ['It is e.g. a ferry or i.e. a boat. Fine.', ['It is e.g. a ferry or i.e. a boat.', 'Fine.']],
  ['Nordsund Lines Inc. said it would appeal. Acme Ltd. Co. did not.', ['Nordsund Lines Inc. said it would appeal.', 'Acme Ltd. Co. did not.']],
  ['A unit of Acme Inc. The deal closed.', ['A unit of Acme Inc.', 'The deal closed.']],
  ['Talks resume on Jan. 5 and end in Sept. next year.', ['Talks resume on Jan. 5 and end in Sept. next year.']],
  ['He lives at No. 10 Brenn St. in Valmora. Nobody visits.', ['He lives at No. 10 Brenn St. in Valmora.', 'Nobody visits.']],
  ['The ferry left at 9 a.m. It arrived late.', ['The ferry left at 9 a.m.', 'It arrived late.']],
  ['The ferry left at 9 a.m. on Friday.', ['The ferry left at 9 a.m. on Friday.']],
  // closing quotes after the period, and quotes that open a sentence
  ['‘The barrier is needed,’ said Dr. Marchetti. ‘We lose the quay.’ Next came the vote.', ['‘The barrier is needed,’ said Dr. Marchetti.', '‘We lose the quay.’', 'Next came the vote.']],
  ['The partnership will grow stronger.’ Next the ministers ate.', ['The partnership will grow stronger.’', 'Next the ministers ate.']],
  ['He said it was “over.” Then he left.', ['He said it was “over.”', 'Then he left.']],
  ["'We can't read it,' he said. 'Not a word.' They voted.", ["'We can't read it,' he said.", "'Not a word.'", 'They voted.']],
  ['"Not everything. But most of it." The steward smiled.', ['"Not everything. But most of it."', 'The steward smiled.']],
  ['“We will win. They will lose,” Brekke said. Nobody clapped.', ['“We will win. They will lose,” Brekke said.', 'Nobody clapped.']],
  ['‘India’s role is clear. It is Aldenia’s too,’ she said.', ['‘India’s role is clear. It is Aldenia’s too,’ she said.']],
  ['(The vote was close.) The mayor won.', ['(The vote was close.)', 'The mayor won.']],
  // ellipses, ! and ?
  ['He paused… and then left. The room emptied.', ['He paused… and then left.', 'The room emptied.']],
  ['We waited... and waited. Nothing.', ['We waited... and waited.', 'Nothing.']],
  ['It ended... The crowd left.', ['It ended...', 'The crowd left.']],
  ['Is it over? Yes! ‘Why now?’ she asked.', ['Is it over?', 'Yes!', '‘Why now?’ she asked.']],
  ['He said it would wait . . . and it did. Then . . . Nothing.', ['He said it would wait . . . and it did.', 'Then . . .', 'Nothing.']],
  ['It was over. " He left.', ['It was over. "', 'He left.']],
  ['GOP Sens. Lind and Aas objected. Msgr. Halvik did not.', ['GOP Sens. Lind and Aas objected.', 'Msgr. Halvik did not.']],
  // no terminal punctuation, list markers, whitespace
  ['Background', ['Background']],
  ['- Grain shipments', ['Grain shipments']],
  ['2. Rail links were cut. Ports were not.', ['Rail links were cut.', 'Ports were not.']],
  ['  Two spaces.  ', ['Two spaces.']],
  ['', []],
];

test('splitSentences: tricky cases', () => {
  for (const [paragraph, expected] of CASES) {
    assert.deepEqual(split(paragraph), expected, `splitting ${JSON.stringify(paragraph)}`);
  }
});

test('splitSentences: offsets index into the paragraph', () => {
  for (const [paragraph] of CASES) {
    let last = 0;
    for (const s of splitSentences(paragraph)) {
      assert.equal(paragraph.slice(s.start, s.end), s.text);
      assert.ok(s.start >= last, 'sentences are in order and do not overlap');
      last = s.end;
    }
  }
});

test('splitSentences: an unclosed opening quote does not swallow the paragraph', () => {
  assert.deepEqual(split('‘It never closes. The next sentence. And another.'), [
    '‘It never closes.',
    'The next sentence.',
    'And another.',
  ]);
});

