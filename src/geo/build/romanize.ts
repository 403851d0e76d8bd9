/**
 * Ukrainian place names in Latin letters by the official national system (`romanization-uk.tsv`):
 * "Кривий Ріг" → "Kryvyi Rih", "Світлодарськ" → "Svitlodarsk". Runs at build time only.
 */
import { readFileSync } from 'node:fs';

interface Letter {
  readonly inside: string;
  readonly initial: string;
}

export type Romanizer = (name: string) => string | undefined;

/** A romanizer from the table in `dataDir`; undefined for a name with no Cyrillic letter. */
export function ukrainianRomanizer(dataDir: URL): Romanizer {
  const table = new Map<string, Letter>();
  for (const line of readFileSync(new URL('romanization-uk.tsv', dataDir), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [letter, inside, initial] = line.split('\t').map((c) => c.trim());
    const latin = inside === '-' ? '' : inside!;
    table.set(letter!, { inside: latin, initial: initial || latin });
  }
  return (name) => (/[\u0400-\u04ff]/u.test(name) ? romanize(name, table) : undefined);
}

/** Letter by letter, keeping the case of each ("Ріг" → "Rih"), "зг" → "zgh" (not "zh"); other characters as they are. */
function romanize(name: string, table: ReadonlyMap<string, Letter>): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    const lower = c.toLowerCase();
    const letter = table.get(lower);
    if (!letter) {
      // (apostrophes mark a hard sign: "Пов'язка" → "Poviazka")
      if (!/['’ʼ]/u.test(c)) out += c;
      continue;
    }
    // (after an apostrophe a letter is inside its word: "Мар'їнка" → "Marinka")
    const initial = i === 0 || !/[\p{L}'’ʼ]/u.test(name[i - 1]!);
    let latin = initial ? letter.initial : letter.inside;
    // "Згурівка" → "Zghurivka": "зг" is "zgh", not the "zh" of "ж"
    if (lower === 'г' && name[i - 1]?.toLowerCase() === 'з') latin = 'gh';
    out += c !== lower && latin ? latin[0]!.toUpperCase() + latin.slice(1) : latin;
  }
  return out;
}
