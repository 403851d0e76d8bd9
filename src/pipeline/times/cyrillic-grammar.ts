/**
 * The time recognizer of a Cyrillic-script language (Ukrainian, Russian): the shared rules of
 * cyrillic-rules.ts over the word lists in `src/lang/<code>/data/`, run by the shared engine.
 */
import type { TimeRecognizer } from '../../lang/types.js';
import type { RangeConnectors, TimeGrammar } from './grammar.js';
import { loadCyrillicLexicon } from './cyrillic-lexicon.js';
import { cyrillicRules } from './cyrillic-rules.js';
import { createTimeRecognizer } from './engine.js';

/** The grammar of one language; `dataDir` is its data folder (`new URL('./data/', import.meta.url)`). */
export function cyrillicGrammar(lang: string, dataDir: URL): TimeGrammar {
  const lex = loadCyrillicLexicon(lang, dataDir);
  const from = lex.lexicon.extra?.['FROM']?.source ?? '(?!)';
  const until = lex.lexicon.extra?.['UNTIL']?.source ?? '(?!)';
  // 'з 2 січня по 5 січня', '2 січня - 5 лютого'
  const ranges: RangeConnectors[] = [{ before: from, between: until }, { before: '', between: '-' }];
  return { lang, lexicon: lex.lexicon, rules: cyrillicRules(lex), ranges };
}

/** A `TimeRecognizer` for Ukrainian or Russian (compiled once, at module load). */
export function cyrillicTimes(lang: string, dataDir: URL): TimeRecognizer {
  const recognize = createTimeRecognizer(cyrillicGrammar(lang, dataDir));
  return (doc) => recognize(doc);
}
