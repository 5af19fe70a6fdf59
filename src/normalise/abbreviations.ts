/**
 * Word lists the sentence splitter and the paragraph re-joiner share. Kept small and explicit: each entry is
 * a period that, in news text, more often does not end a sentence than does.
 */

/** Titles written before a name: a period after them never ends a sentence ("said Dr. Anand Sharma"). */
const TITLES = new Set([
  'Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Prof', 'Gen', 'Sen', 'Rep', 'Gov', 'Lt', 'Col', 'Sgt', 'Capt', 'Cmdr', 'Adm',
  'Maj', 'Cpl', 'Pvt', 'Brig', 'Rev', 'Fr', 'Hon', 'Pres', 'Supt', 'Det', 'Insp', 'Amb', 'Atty', 'Messrs', 'Mme',
  'Mlle', 'Rt', 'Sens', 'Reps', 'Msgr', 'Const', 'Cllr', 'Supts', 'Drs', 'Profs', 'Gens',
]);

/**
 * Abbreviations that can also end a sentence ("… a unit of Acme Inc. The deal …"): the period ends one
 * only when a common sentence opener follows.
 */
const ABBREVIATIONS = new Set([
  'Jr', 'Sr', 'St', 'Mt', 'Ft', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'Plc', 'LLC', 'vs', 'v', 'etc', 'al', 'approx', 'est', 'dept', 'Dept',
  'Univ', 'Fig', 'fig', 'No', 'Nos', 'no', 'Vol', 'vol', 'pp', 'p', 'ed', 'eds', 'Ave', 'Blvd', 'Rd', 'Hwy',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Tues',
  'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun', 'min', 'max', 'Ph', 'cf', 'ca', 'Ariz', 'Calif',
  'Colo', 'Conn', 'Fla', 'Ill', 'Mass', 'Mich', 'Minn', 'Penn', 'Tenn', 'Tex', 'Va', 'Wash', 'Wis',
]);

/** Words that start sentences far more often than they follow an abbreviation inside one. */
const STARTERS = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His',
  'Her', 'Their', 'Our', 'My', 'There', 'Here', 'But', 'And', 'Or', 'So', 'Yet', 'However', 'Meanwhile', 'In',
  'On', 'At', 'For', 'As', 'If', 'When', 'While', 'After', 'Before', 'Since', 'Although', 'Though', 'Then',
  'Now', 'Still', 'Also', 'According', 'Some', 'Many', 'Most', 'Officials', 'What', 'Why', 'How', 'Who', 'Where',
  'Such', 'Both', 'Each', 'Other', 'Despite', 'During', 'Under', 'With', 'Without', 'Last', 'Next', 'Earlier',
  'Later', 'Today', 'Yesterday',
]);

/** A title written before a name (Dr, Gen, Mrs), without its period. */
export function isTitleAbbreviation(word: string): boolean {
  return TITLES.has(word);
}

/** An abbreviation that ends a sentence only before a sentence opener (Inc, etc, Jan), without its period. */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word);
}

/** A word that typically opens a sentence ("The", "However"). Case-sensitive. */
export function isSentenceStarter(word: string): boolean {
  return STARTERS.has(word);
}
