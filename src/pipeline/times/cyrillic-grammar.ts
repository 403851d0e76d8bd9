/**
 * The time recognizer of a Cyrillic-script language (Ukrainian, Russian): the shared rules of
 * cyrillic-rules.ts over the word lists in `src/lang/<code>/data/`, run by the shared engine.
 */
import type { TimeMention } from '../../model/extraction.js';
import type { TimeRecognizer } from '../../lang/types.js';
import type { Doc } from '../doc.js';
import type { RangeConnectors, TimeGrammar } from './grammar.js';
import { loadCyrillicLexicon } from './cyrillic-lexicon.js';
import { cyrillicRules } from './cyrillic-rules.js';
import { createTimeRecognizer } from './engine.js';

const ANCHORS = [
  'MONTHGEN', 'MONTHLOC', 'MONTHBARE', 'WDBARE', 'WDACC', 'WDABBR', 'NIGHT', 'LASTNIGHT', 'NIGHTALONE',
  'YEARPAST', 'YEARTHIS', 'YEARSOFAR', 'MONTHEARLY', 'MONTHMID', 'MONTHLATE', 'WEEK', 'WEEKEND', 'PUNIT',
  'SINGLE', 'PART', 'HOLIDAY',
];

/** The grammar of one language; `dataDir` is its data folder (`new URL('./data/', import.meta.url)`). */
export function cyrillicGrammar(lang: string, dataDir: URL): TimeGrammar {
  const lex = loadCyrillicLexicon(lang, dataDir);
  const from = lex.lexicon.extra?.['FROM']?.source ?? '(?!)';
  const until = lex.lexicon.extra?.['UNTIL']?.source ?? '(?!)';
  // 'з 2 січня по 5 січня', '2 січня - 5 лютого'
  const ranges: RangeConnectors[] = [{ before: from, between: until }, { before: '', between: '-' }];
  // Speed: the rules run only on windows around digits, month, weekday, unit and relative-day
  // words and these tables, one of which every rule's match holds ('торік', 'вночі', 'на вихідних');
  // not the prepositions and modifiers ('у', 'на', 'за', 'минулого'), which never stand alone
  // and are everywhere. The rules read the text as written: some resolvers look at capitals.
  return { lang, lexicon: lex.lexicon, rules: cyrillicRules(lex), ranges, anchors: ANCHORS, readsCase: true };
}

/**
 * A `TimeRecognizer` for Ukrainian or Russian: the word lists are read and the rules compiled
 * on the first text of the language, so that a run on other languages does not pay for them.
 */
export function cyrillicTimes(lang: string, dataDir: URL): TimeRecognizer {
  let recognize: ((doc: Doc) => TimeMention[]) | undefined;
  return (doc) => (recognize ??= createTimeRecognizer(cyrillicGrammar(lang, dataDir)))(doc);
}
