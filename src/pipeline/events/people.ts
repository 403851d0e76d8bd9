import type { Span } from '../../model/extraction.js';
import type { Cue } from './cues.js';
import { keyCode, keyLabel, ofCategory } from './cues.js';
import { agedLastNames } from './aged-names.js';

/** A person or office named in the text: "il sindaco Igor Terekhov", "Kharkiv Mayor Ihor Terekhov". */
export interface Person extends Span {
  readonly name?: string;
  /** The role key of the lexicon (mayor, governor, president, ...). */
  readonly role?: string;
  /** The role as written ("il presidente ucraino"). */
  readonly roleText?: string;
  readonly rule: string;
}

/** Up to four lower-case words (and commas) between a role and a name: "presidente ucraino, ". */
const BRIDGE = /^(?:[\s,]+(?:\p{Ll}[\p{Ll}'-]*|d'|dell'))*?[\s,]+(?=\p{Lu})/u;
/** Two or three capitalized words: "Volodymyr Zelensky", "Ігор Терехов". */
const NAME = /^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,2}/u;
/** A name written right before a role: "Vyacheslav Gladkov, the governor" (English style). */
const NAME_BEFORE = /(?<name>\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,2}),?\s+(?:the\s+|il\s+|la\s+)?$/u;

/**
 * The people of a span: each role cue with the name written after (or before) it. A name that is
 * a place of `places` names the office's seat, not a person ("Los Angeles County coroner's records",
 * "the governor of Kursk Oblast").
 */
export function findPeople(text: string, norm: string, span: Span, cues: readonly Cue[], places: readonly Span[] = []): Person[] {
  const out: Person[] = [];
  // the places stage takes the word after a title for a name ("Президент України"): the lexicon's seats (`seat`) stand in
  const seats = ofCategory(cues, 'seat');
  const person = (n: ReturnType<typeof nameAfter>): typeof n => (n && !places.some((p) => p.start <= n.start && n.end <= p.end) ? n : undefined);
  for (const role of ofCategory(cues, 'role')) {
    if (role.start < span.start || role.end > span.end) continue;
    const after = person(nameAfter(text, norm, seatEnd(norm, role.end, places, seats), span.end));
    const before = after ? undefined : person(nameBefore(text, norm, span.start, role.start));
    const found = after ?? before;
    out.push({
      start: found ? Math.min(found.start, role.start) : role.start,
      end: found ? Math.max(found.end, role.end) : role.end,
      role: keyCode(role.key),
      roleText: text.slice(role.start, found && found.start > role.start ? roleTextEnd(norm, role.end, found.start) : role.end),
      ...(found ? { name: found.name } : {}),
      rule: role.rule,
    });
  }
  return out;
}

/**
 * Past the office's seat written between a role and the name: "Президент України Володимир
 * Зеленський", "мэра Донецка Алексея Кулемзина" (a place, else a seat, right after the role and
 * a space, then a space and a capital).
 */
function seatEnd(norm: string, roleEnd: number, places: readonly Span[], seats: readonly Span[]): number {
  // the seat starts inside the run of white space after the role, or right at its end
  let space = roleEnd;
  while (space < norm.length && WHITE.test(norm[space]!)) space++;
  if (space === roleEnd) return roleEnd;
  const right = (p: Span): boolean => p.start > roleEnd && p.start <= space;
  const seat = places.find(right) ?? seats.find(right);
  return seat && /^\s+\p{Lu}/u.test(norm.slice(seat.end, seat.end + 3)) ? seat.end : roleEnd;
}

const WHITE = /\s/u;

function nameAfter(text: string, norm: string, from: number, limit: number): { name: string; start: number; end: number } | undefined {
  const rest = norm.slice(from, Math.min(limit, from + 60));
  const bridge = BRIDGE.exec(rest);
  if (!bridge || bridge[0].split(/\s+/u).filter(Boolean).length > 4) return undefined;
  let start = from + bridge[0].length;
  const m = NAME.exec(norm.slice(start, limit));
  if (!m) return undefined;
  const end = start + m[0].length;
  // "il portavoce del Cremlino Dmitry Peskov", "the spokesman of the Kremlin Dmitry Peskov": after "of", the first of three capitalized words is the office's
  const second = /\s+(?=\p{Lu})/u.exec(m[0])!;
  if (m[0].split(/\s+/u).length === 3 && OF_BEFORE.test(bridge[0])) start += second.index + second[0].length;
  return { name: text.slice(start, end), start, end };
}

/** A bridge that ends with "of" or its kind: "del", "della", "dell'", "of the". */
const OF_BEFORE = /(?:^|[\s,])(?:of(?:\s+the)?|del|della|dello|dei|degli|delle|dell'|di)[\s,]*$/u;

function nameBefore(text: string, norm: string, from: number, to: number): { name: string; start: number; end: number } | undefined {
  const m = NAME_BEFORE.exec(norm.slice(Math.max(from, to - 50), to));
  if (!m?.groups) return undefined;
  const start = Math.max(from, to - 50) + m.index;
  return { name: text.slice(start, start + m.groups['name']!.length), start, end: start + m.groups['name']!.length };
}

/** The role as written ends before the comma or space that precedes the name. */
function roleTextEnd(norm: string, roleEnd: number, nameStart: number): number {
  let end = nameStart;
  while (end > roleEnd && /[\s,]/u.test(norm[end - 1]!)) end--;
  return end;
}

/** The label of an actor key ("RU:Military Forces of Russia" → name, country). */
export function actorOf(key: string): { name: string; country?: string } {
  const code = keyCode(key);
  return /^[A-Z]{2}$/u.test(code) ? { name: keyLabel(key), country: code } : { name: keyLabel(key) };
}


/**
 * The last names of the people of a text: named with a role ("Deputy Chief Kenneth Garner",
 * "officer Sean Bolton") or with an age ("Larry Henderson, 30,"). A one-word place that is one of
 * them names that person ("Garner said the bodies ...", "Bolton approached the car"), not a site.
 */
export function surnames(text: string, norm: string, cues: readonly Cue[], places: readonly Span[]): Set<string> {
  const out = new Set<string>();
  for (const p of findPeople(text, norm, { start: 0, end: text.length }, cues, places)) {
    const last = p.name?.split(/\s+/u).pop();
    if (last) out.add(last);
  }
  for (const last of agedLastNames(text)) out.add(last);
  return out;
}
