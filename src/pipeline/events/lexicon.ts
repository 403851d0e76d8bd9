import { readFileSync } from 'node:fs';

/**
 * Event lexicons are data (STYLE.md rule 3): plain text files `src/lang/<code>/data/events-*.txt`.
 *
 *   # a comment
 *   [weapon]                          ← a category
 *   drone = dron[ei] | drone d'attacco  ← key = alternatives (' | '), each a case-insensitive regex source
 *
 * A space inside an alternative matches any run of white space; every alternative is matched
 * as a whole word (no letter or digit right before or after it). Keys name what the phrase
 * means (`drone`, `killed`, `RU:Military Forces of Russia`); the rule id of a match is
 * `<lang>/<category>/<key before ':'>`.
 */
export interface LexiconEntry {
  readonly category: string;
  readonly key: string;
  readonly rule: string;
  readonly pattern: RegExp;
}

export interface EventLexicon {
  readonly lang: string;
  readonly entries: readonly LexiconEntry[];
  /** Entries by category, in file order. */
  readonly byCategory: ReadonlyMap<string, readonly LexiconEntry[]>;
}

const SECTION = /^\[(?<category>[a-z0-9_]+)\]$/u;
const LINE = /^(?<key>[^=]+?)\s*=\s*(?<alts>.+)$/u;

/** Compiles alternatives into one global, case-insensitive pattern that ends at a word end. */
export function wordPattern(alternatives: readonly string[]): RegExp {
  const body = alternatives.map((a) => a.trim().replace(/ +/gu, '\\s+')).join('|');
  // the left word boundary is checked by `findCues` (it also accepts "neighborhoodA man", a title glued to the text)
  return new RegExp(`(?:${body})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Parses one lexicon file; `where` names it in error messages. */
export function parseLexicon(lang: string, source: string, where: string): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  let category = '';
  source.split(/\r?\n/u).forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/u, '').trim();
    if (!line) return;
    const section = SECTION.exec(line);
    if (section) {
      category = section.groups!['category']!;
      return;
    }
    const m = LINE.exec(line);
    if (!m || !category) {
      throw new Error(`${where}:${i + 1}: expected "[category]" or "key = a | b", got "${raw}"`);
    }
    const key = m.groups!['key']!.trim();
    // alternatives are separated by ' | '; a '|' without spaces on both sides belongs to a group: "(?:guided |glide )"
    const alts = m.groups!['alts']!.split(/\s\|\s/u).filter((a) => a.trim());
    let pattern: RegExp;
    try {
      pattern = wordPattern(alts);
    } catch (err) {
      throw new Error(`${where}:${i + 1}: bad pattern in "${raw}": ${(err as Error).message}`);
    }
    const rule = `${lang}/${category}/${key.split(':')[0]}`;
    entries.push({ category, key, rule, pattern });
  });
  return entries;
}

export function buildLexicon(lang: string, entries: readonly LexiconEntry[]): EventLexicon {
  const byCategory = new Map<string, LexiconEntry[]>();
  for (const e of entries) {
    const list = byCategory.get(e.category) ?? [];
    list.push(e);
    byCategory.set(e.category, list);
  }
  return { lang, entries, byCategory };
}

/** Reads the lexicon files of a language pack, once, on first use. */
export function lazyLexicon(lang: string, files: readonly URL[]): () => EventLexicon {
  let cached: EventLexicon | undefined;
  return () => {
    if (!cached) {
      const entries = files.flatMap((url) => parseLexicon(lang, readFileSync(url, 'utf8'), url.pathname));
      cached = buildLexicon(lang, entries);
    }
    return cached;
  };
}
