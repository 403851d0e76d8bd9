import { francAll } from 'franc-min';

/** franc's ISO 639-3 codes for the Latin-script languages that have a pack. */
const LATIN: Readonly<Record<string, string>> = { ita: 'it', eng: 'en' };

// Letters only one of the two Cyrillic languages uses: 'і ї є ґ' (uk) against 'ы э ъ ё' (ru).
const UK_ONLY = /[іїєґІЇЄҐ]/gu;
const RU_ONLY = /[ыэъёЫЭЪЁ]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * Identifies the language of `text` among the supported ones, or 'und'.
 * Cyrillic texts are told apart by the letters only Ukrainian or only Russian uses; Latin-script
 * texts by franc restricted to the Latin languages we support (plus a few it must be able to
 * refuse, so that a Spanish article is 'und' rather than "Italian, more or less").
 */
export function identifyLanguage(text: string, supported: readonly string[]): string {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const cyr = count(sample, CYRILLIC);
  const lat = count(sample, LATIN_LETTER);
  if (cyr === 0 && lat === 0) return 'und';
  if (cyr >= lat) {
    const uk = count(sample, UK_ONLY);
    const ru = count(sample, RU_ONLY);
    const lang = uk > ru ? 'uk' : ru > uk ? 'ru' : 'und';
    return supported.includes(lang) ? lang : 'und';
  }
  const ranked = francAll(sample, {
    only: ['ita', 'eng', 'spa', 'fra', 'deu', 'por', 'nld', 'ron', 'pol', 'cat'],
    minLength: 8,
  });
  const best = ranked[0];
  if (!best || best[0] === 'und') return 'und';
  const lang = LATIN[best[0]] ?? 'und';
  return supported.includes(lang) ? lang : 'und';
}
