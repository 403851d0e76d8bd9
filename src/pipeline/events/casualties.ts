import type { Count, Span } from '../../model/extraction.js';
import type { CountToken } from './counts.js';
import type { Cue } from './cues.js';
import { keyCode, keyLabel, ofCategory } from './cues.js';

export type CasualtyKind = 'killed' | 'injured';

/** A casualty count found in a sentence. `total` marks a toll ("il numero delle vittime è salito a 4"). */
export interface Casualty extends Span {
  readonly kind: CasualtyKind;
  readonly count: Count;
  readonly total: boolean;
  readonly rule: string;
  /** Hit, fate not told ("was shot"): counted as injured unless the event tells of deaths. */
  readonly hit?: boolean;
  /** The person noun of a count of one ("woman" of "The woman was shot"), to tell two victims from one told twice. */
  readonly who?: string;
  /** A victim told before: a pronoun ("he died") or a name written earlier in the text (victims.ts). */
  readonly retold?: true;
  /** The same count told again in the sentence (not added up): see `markRepeats`. */
  readonly repeat?: boolean;
  /** A count of every dead, the gunman included: "four people dead, including a gunman" (lexicon key `dead`, a toll). */
  readonly everyDead?: true;
  /** The attacker's own death: "The gunman then took his own life" (lexicon category `suicide`). */
  readonly perpetrator?: true;
}

/**
 * The kind of a casualty cue key: 'shot' ("was shot") and 'shoots' ("he shot a woman") are an
 * injury that may turn out a death; 'kills' ("killing five"), 'dead' ("five dead") and 'destroys' ("destroyed 40 invaders",
 * a military claim, which counts people only when it names them: `militaryCount`) are deaths; 'hurt' ("in serious condition", "a gunshot wound") tells the
 * state of one injured person, never paired with a count ("six gunshot wounds" is one man).
 */
export function casualtyKind(key: string): { kind: CasualtyKind; hit?: true } {
  if (key === 'shot' || key === 'shoots') return { kind: 'injured', hit: true };
  if (key === 'kills' || key === 'dead' || key === 'destroys') return { kind: 'killed' };
  return key === 'hurt' ? { kind: 'injured' } : { kind: key as CasualtyKind };
}

/**
 * `casualtyKind(key)` followed by `fields`, the same keys in the same order as
 * `{ ...casualtyKind(key), ...fields }`. Speed: in Node 20 a literal that starts with a spread
 * and goes on with more properties costs about a microsecond per object (V8 leaves the clone's
 * map off its fast path); copying into the fresh object costs a twentieth of that.
 */
export function ofKind<T extends object>(key: string, fields: T): { kind: CasualtyKind; hit?: true } & T {
  return Object.assign(casualtyKind(key), fields);
}

/** Clause marks, and quotation marks: "a white man and says “DEATH" is no count of the dead. */
const CLAUSE_BREAK = /[.;:!?()\n“”«»]/u;
const MAX_BEFORE_CHARS = 48;
const MAX_AFTER_CHARS = 28;
const MAX_GAP_WORDS = 6;

/**
 * Casualty counts of one sentence: first tolls (a "rise" phrase followed by a count, with a toll
 * noun in the sentence: "è salito a quattro il numero delle vittime", "death toll rose to 28"),
 * then each casualty cue paired with the nearest free count before or after it in the same
 * clause ("una persona è stata uccisa e altre due ferite", "killing five people"), cheapest first.
 * A cue right after an "among" phrase is a part of a count, not a count ("tra i feriti c'è anche
 * un bambino").
 */
export function findCasualties(norm: string, cues: readonly Cue[], counts: readonly CountToken[]): Casualty[] {
  // most sentences tell no casualty at all
  if (!ofCategory(cues, 'casualty').length && !ofCategory(cues, 'toll').length) return [];
  const used = new Set<CountToken>();
  const out: Casualty[] = [...tolls(norm, cues, counts, used)];
  const tollNouns = ofCategory(cues, 'toll');
  const casualtyCues = ofCategory(cues, 'casualty').filter(
    (c) => c.key !== 'hurt' && !tollNouns.some((t) => t.start < c.end && c.start < t.end) && !afterAmong(norm, c, cues),
  );
  const pairs: { cue: Cue; token: CountToken; cost: number }[] = [];
  const people = cues.filter((c) => c.category === 'person' || c.category === 'child');
  const of = (category: string): readonly Cue[] => ofCategory(cues, category);
  const roles: PairRoles = { people, casualtyCues, prepositions: of('preposition'), auxiliaries: of('subject_gap'), articles: of('definite'), transitive: new Set() };
  for (const cue of casualtyCues) if (counts.some((t) => objectOf(norm, cue, t, roles))) roles.transitive.add(cue);
  // "Five civilians including two children die": the count after "including" is a part of the count before it
  const parts = new Set(counts.filter((t, i) => i > 0 && afterAmongCue(norm, t, cues) && before(counts[i - 1]!, t, norm)));
  for (const cue of casualtyCues) {
    for (const token of counts) {
      if (parts.has(token)) continue;
      const cost = pairCost(norm, cue, token, roles);
      if (cost !== undefined) pairs.push({ cue, token, cost });
    }
  }
  pairs.sort((a, b) => a.cost - b.cost || a.token.start - b.token.start);
  const done = new Set<Cue>();
  for (const { cue, token } of pairs) {
    if (done.has(cue) || used.has(token)) continue;
    done.add(cue);
    const others = casualtyCues.filter((c) => c !== cue);
    const all = listed(norm, counts, people, others, token, token.end <= cue.start ? -1 : 1).filter((t) => !used.has(t));
    // "destroyed 40 invaders, four tanks": the list of a military verb goes on while it counts people
    const group = cue.key === 'destroys' ? untilNoPeople(norm, all, roles) : all;
    for (const t of group) used.add(t);
    const start = Math.min(cue.start, ...group.map((t) => t.start));
    const end = Math.max(cue.end, ...group.map((t) => t.end));
    const who = group.length === 1 && token.count.value === 1 ? /[\p{L}'-]+$/u.exec(norm.slice(token.start, token.end))?.[0]?.toLowerCase() : undefined;
    // "Police pronounced the victim deceased", "the bodies of the three girls": definite victims are victims told before
    const retold = group.length === 1 && definite(norm, token, roles.articles);
    const everyDead = cue.key === 'dead';
    out.push(ofKind(cue.key, {
      count: sumCounts(group.map((t) => t.count)), total: false, rule: cue.rule, start, end,
      ...(who ? { who } : {}), ...(retold ? { retold } : {}), ...(everyDead ? { everyDead } : {}),
    }));
    // "killing three people in Odesa and two in Kharkiv": a count of the same verb said again for another place
    if (token.start >= cue.end) {
      for (const t of elliptical(norm, counts, end, casualtyCues).filter((x) => !used.has(x))) {
        used.add(t);
        out.push(ofKind(cue.key, { count: t.count, total: false, rule: `${cue.rule}-and`, start: t.start, end: t.end }));
      }
    }
  }
  out.push(...diedAfterHit(norm, casualtyCues.filter((c) => !done.has(c)), out));
  return out;
}

/** From a counted casualty to the next count: its place, then a conjunction ("three people in Odesa and "). */
const ELLIPSIS_GAP = /^\s+(?:[\p{L}'’-]+\s+){0,2}(?:in|at|near|a|ad|у|в|на|під|под)\s+[^.;:!?,]{1,40}?\s(?:and|e|ed|і|й|та|и)\s+$/u;
/** The count said again is told at a place of its own: "two in Kharkiv", "due a Kharkiv", "двоє у Харкові". */
const PLACE_NEXT = /^\s+(?:[\p{L}'’-]+\s+)?(?:in|at|near|a|ad|у|в|на|під|под)\s/u;

/**
 * The counts that repeat a casualty verb for other places, after its own count and place: "killing
 * three people in Odesa and two in Kharkiv" (two), "uccidendo tre persone a Odessa e due a Kharkiv";
 * each right after the one before, with no casualty word between.
 */
function elliptical(norm: string, counts: readonly CountToken[], from: number, casualtyCues: readonly Cue[]): CountToken[] {
  const out: CountToken[] = [];
  let end = from;
  for (const t of counts) {
    if (t.start < end) continue;
    const gap = norm.slice(end, t.start);
    if (!ELLIPSIS_GAP.test(gap) || !PLACE_NEXT.test(norm.slice(t.end, t.end + 30))) break;
    if (casualtyCues.some((c) => c.start >= end && c.start < t.end + 20 && c.end > t.end)) break;
    out.push(t);
    end = t.end + (PLACE_NEXT.exec(norm.slice(t.end, t.end + 30))?.[0].length ?? 0);
  }
  return out;
}

/** "3 rebels, 2 civilians killed", "killing 3 soldiers and 2 civilians", "his five children as well as his wife": the counts of a list. */
const LIST_GAP = /^(?<words>(?:\s+[\p{L}'-]+){0,2})\s*(?:,|\s(?:and|as well as|e|ed|nonché|і|й|та|и))\s*$/u;

/** Up to three words with no conjunction: "15 получили ранения", "undici sono rimaste ferite", not "three people and injuring". */
const OWN_CUE_GAP = /^(?:\s+(?!(?:and|or|e|ed|o|і|й|та|чи|и|или)\s)[\p{L}'-]+){0,3}\s+$/u;

/**
 * The counts listed with `token`. Words after a listed count must name people ("3 rebels,"),
 * so "shelled 25 times over 24 hours, five persons killed" is five, not 29; a count followed by
 * its own casualty cue starts a clause of its own ("погибли два человека, не менее 15 получили
 * ранения" is 2 killed, not 17).
 */
function listed(norm: string, counts: readonly CountToken[], people: readonly Cue[], others: readonly Cue[], token: CountToken, step: -1 | 1): CountToken[] {
  const group = [token];
  let i = counts.indexOf(token);
  for (;;) {
    const next = counts[i + step];
    if (!next) break;
    const [a, b] = step < 0 ? [next, group[group.length - 1]!] : [group[group.length - 1]!, next];
    const gap = LIST_GAP.exec(norm.slice(a.end, b.start));
    if (!gap) break;
    const words = gap.groups!['words']!;
    if (words.trim() && !people.some((p) => p.start >= a.end && p.start < a.end + words.length)) break;
    // "троє людей загинули, дев'ятеро травмовані": another casualty cue between the counts
    if (others.some((c) => c.start >= a.end && c.end <= b.start)) break;
    if (step > 0 && others.some((c) => c.start >= next.end && OWN_CUE_GAP.test(norm.slice(next.end, c.start)))) break;
    group.push(next);
    i += step;
  }
  return group;
}

/** The sum of counts: exact only when every part is. */
export function sumCounts(counts: readonly Count[]): Count {
  if (counts.length === 1) return counts[0]!;
  const value = counts.reduce((a, c) => a + c.value, 0);
  return { value, qualifier: counts.every((c) => c.qualifier === 'exact') ? 'exact' : 'at_least' };
}

/** "officers who shot", "gunmen that killed" (not "people who were killed"): a relative clause with an active verb. */
const ACTIVE_RELATIVE = /\s(?:who|that|which|che|які|который|которые)\s+(?!(?:was|were|had|has|have|is|are|sono|è|були|був|была|были|был)\s)\S*\s*$/u;

/**
 * Characters between count and cue, or undefined when they cannot belong together. A count
 * before the cue is at most two words away unless people are named in between ("two civilians
 * were killed", not "Channel 7 shortly before killing"); a count after the cue names people or
 * ends the clause ("killing five people", "поранено 3", not "fatally shot in four minutes").
 */
function pairCost(norm: string, cue: Cue, token: CountToken, roles: PairRoles): number | undefined {
  const before = token.end <= cue.start;
  if (!before && token.start < cue.end) return undefined;
  const [from, to] = before ? [token.end, cue.start] : [cue.end, token.start];
  // "Seven people, including three children, died": the parenthetical is not a clause break
  const gap = norm.slice(from, to).replace(INCLUDING, ' ');
  if (gap.length > (before ? MAX_BEFORE_CHARS : MAX_AFTER_CHARS) || CLAUSE_BREAK.test(gap)) return undefined;
  const words = gap.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words > MAX_GAP_WORDS) return undefined;
  const named = (a: number, b: number): boolean => roles.people.some((p) => p.start >= a && p.end <= b);
  if (cue.key === 'destroys' && !militaryCount(norm, token, before ? to : undefined, roles)) return undefined;
  if (before) {
    // "A man shot a woman", "Channel 7 shortly before killing himself": before the active verb stands who shot, not who was shot;
    // "a man killed two neighbours": so does the subject right before a verb with people as its object
    if (cue.key === 'shoots' || cue.key === 'kills' || (roles.transitive.has(cue) && /^\s+$/u.test(gap))) return undefined;
    // "Smith, 29, is accused of killing": an age between commas; "a man who was later found dead": only auxiliaries between
    if ((gap.includes(',') && !peopleList(norm, from, to, roles.people)) || (words > 2 && !named(from, to) && !wordsCovered(norm, from, to, roles.auxiliaries))) return undefined;
    // "two officers who fatally shot a man": the count is who shot, not who was shot
    if (ACTIVE_RELATIVE.test(gap)) return undefined;
  } else if (cue.key === 'shoots' ? !/^\s+$/u.test(gap) : !countAfter(norm, cue, token, gap, roles, named)) {
    // "shot her in the head at Eight Mile": the active verb's victim is its object, right after it
    return undefined;
  }
  return gap.length + (before ? 0 : 2);
}

/** At most three words, none a conjunction, between a count and its people noun: "40 Ukrainian soldiers", not "12 tanks and 40 invaders". */
const PEOPLE_GAP = /^(?:\s+(?!(?:and|or|e|ed|o|і|й|та|чи|и|или)\s)[\p{L}'’-]+){0,3}\s+$/u;

/**
 * A military verb ("destroyed", "eliminated", "liquidated") counts people only when the count
 * names them right after it: "destroyed up to 70 Ukrainian soldiers", "40 invaders were
 * eliminated", not "destroyed 12 howitzers" nor "300 houses destroyed". `until` is where the
 * verb starts when the count comes before it (the people noun must stand in between).
 */
function militaryCount(norm: string, token: CountToken, until: number | undefined, roles: PairRoles): boolean {
  return roles.people.some(
    (p) => p.start >= token.end && (until === undefined || p.end <= until) && PEOPLE_GAP.test(norm.slice(token.end, p.start)),
  ) || (roles.people.some((p) => p.start <= token.start && p.end >= token.end));
}

function untilNoPeople(norm: string, group: readonly CountToken[], roles: PairRoles): CountToken[] {
  const stop = group.findIndex((t, i) => i > 0 && !militaryCount(norm, t, undefined, roles));
  return stop < 0 ? [...group] : group.slice(0, stop);
}

/**
 * Commas that only join people nouns: "At least 34 Ukraine soldiers, civilians killed", "19
 * civilians, killed", "Five troops, civilian reported killed"; not "Smith, 29, is accused of killing".
 */
function peopleList(norm: string, from: number, to: number, people: readonly Cue[]): boolean {
  for (const m of norm.slice(from, to).matchAll(/,\s*/gu)) {
    const at = from + m.index;
    const next = at + m[0].length;
    const before = people.some((p) => p.end <= at && /^\s*$/u.test(norm.slice(p.end, at)));
    const after = next === to || people.some((p) => p.start === next);
    if (!before || !after) return false;
  }
  return true;
}

/** The cues a count is paired with besides its own: people, other casualty words, prepositions. */
interface PairRoles {
  readonly people: readonly Cue[];
  readonly casualtyCues: readonly Cue[];
  readonly prepositions: readonly Cue[];
  /** Words that may stand between a subject and its casualty verb: "who was later found" (lexicon `subject_gap`). */
  readonly auxiliaries: readonly Cue[];
  /** Definite articles (lexicon `definite`): "the three girls". */
  readonly articles: readonly Cue[];
  /** The casualty cues with people counted right after them as their object (`objectOf`): "killed two neighbours". */
  readonly transitive: Set<Cue>;
}

/**
 * `token` counts the people a killing verb acts on, right after it: "a man killed two neighbours",
 * "мужчина убил двух соседей"; not "Two killed, three civilians wounded" (a comma) nor "two
 * killed 3 people injured" (the people have a casualty word of their own).
 */
function objectOf(norm: string, cue: Cue, token: CountToken, roles: PairRoles): boolean {
  if (cue.key !== 'killed' || token.start < cue.end || !/^\s+$/u.test(norm.slice(cue.end, token.start))) return false;
  const noun = roles.people.find((p) => p.start >= token.end && PEOPLE_GAP.test(norm.slice(token.end, p.start)));
  return noun !== undefined && !roles.casualtyCues.some((c) => c.start >= noun.end && OWN_CUE_GAP.test(norm.slice(noun.end, c.start)));
}

/** A count that starts with, or comes right after, a definite article: "the victim", "the three girls". */
function definite(norm: string, token: CountToken, articles: readonly Cue[]): boolean {
  return articles.some((a) => a.start === token.start || (a.end <= token.start && /^\s+$/u.test(norm.slice(a.end, token.start))));
}

/** Every word of [from, to) lies inside one of the cues. */
export function wordsCovered(norm: string, from: number, to: number, cues: readonly Cue[]): boolean {
  for (const w of norm.slice(from, to).matchAll(/\p{L}+/gu)) {
    const at = from + w.index;
    if (!cues.some((c) => c.start <= at && at < c.end)) return false;
  }
  return true;
}

/** "Seven people, including three children, died", "двоє людей, серед них дитина, загинули". */
const INCLUDING = /,\s*(?:including|among them|tra cui|tra loro|серед них|у тому числі|в том числе|среди них)\s[^,;.]{1,40},/u;

/**
 * A count after the cue names people or ends the clause ("killing five people", "поранено 3",
 * not "fatally shot in four minutes"), or is the object right after the verb, before a
 * preposition ("Fresh fighting kills five in eastern Ukraine").
 */
function countAfter(norm: string, cue: Cue, token: CountToken, gap: string, roles: PairRoles, named: (a: number, b: number) => boolean): boolean {
  // "killed, 5 injured", "were killed in a day, a teenager was among the wounded": a comma ends the cue's clause
  if (gap.includes(',')) return false;
  const tail = norm.slice(token.end, token.end + 30);
  // "officers shot and killed a man who ...", "shelling kills militiaman": a "one" phrase names its person itself
  const onePhrase = token.rule.split('/')[1]!.startsWith('one');
  const object = /^\s*$/u.test(gap) && roles.prepositions.some((p) => p.start >= token.end && /^\s+$/u.test(norm.slice(token.end, p.start)));
  // "shelling of Dokuchayevsk kills two - JCCC": a dash before the source ends the clause too
  if (!onePhrase && !object && !named(token.end, token.end + 30) && !/^\s*(?:[.,;:!?)]|\s[-\u2013\u2014]\s|$)/u.test(tail)) return false;
  // "three people dead and nine others wounded": a count with a casualty cue of its own
  return !roles.casualtyCues.some((c) => c !== cue && c.start >= token.end && OWN_CUE_GAP.test(norm.slice(token.end, c.start)));
}

/** "... and a 29-year-old man was shot": an indefinite article brings in a new person. */
const ANOTHER_ONE = /^(?:an?|another|un[oa]?|un')\s/iu;

/** "The woman was shot in the neck and the man was shot in the back": two victims joined by a conjunction. */
const JOINED = /\s(?:and|while|as|e|mentre|і|та|а|и)\s/u;

/**
 * Marks a count told again in one sentence, which is not added up: a title glued to its lede or
 * headlines joined into one line ("Man dies after being shot | 6abc.comA 23-year-old man has
 * died", "49 troops killed as plane downed (PHOTOS) Forty-nine troops killed"). Single victims
 * of other nouns joined by a conjunction are two ("the woman was shot ... and the man was shot"), and so
 * are two of one noun when the second is brought in by an indefinite article ("One man was shot in
 * the back and a 29-year-old man was shot multiple times").
 */
export function markRepeats(norm: string, found: readonly Casualty[]): Casualty[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const distinct = (c: Casualty, d: Casualty): boolean =>
    c.who !== undefined && d.who !== undefined && (c.who !== d.who || (ANOTHER_ONE.test(norm.slice(c.start, c.end)) && !norm.slice(d.end, c.start).includes('|'))) && JOINED.test(norm.slice(d.end, c.start));
  return sorted.map((c, i) => {
    const told = sorted.slice(0, i).some((d) => !d.total && d.kind === c.kind && d.count.value === c.count.value && !distinct(c, d));
    // ("killing two people in Odesa and two in Kharkiv": a count said again for another place is no repeat)
    return told && !c.total && !c.rule.endsWith('-and') ? Object.assign({}, c, { repeat: true }) : c;
  });
}

/** "was shot ... and died", "was shot and was later pronounced dead": the hit person's verb, no count of its own. */
const AND_THEN = /^[^.;:!?]{0,60}\s(?:and|e|і|та|и)\s+(?:\p{Ll}+\s+){0,3}$/u;

/**
 * "Arnold had been shot multiple times and was pronounced dead": a death told after a victim hit
 * with no count (a name or a pronoun, victims.ts), by a casualty cue left over.
 */
export function diedAfterNamedHit(norm: string, sentence: Span, cues: readonly Cue[], found: readonly Casualty[]): Casualty[] {
  const overlapped = (c: Cue): boolean => found.some((f) => f.start < c.end && c.start < f.end);
  const unpaired = ofCategory(cues, 'casualty').filter((c) => c.start >= sentence.start && c.end <= sentence.end && !overlapped(c));
  const hits = found.filter((f) => f.hit && /\/named$/u.test(f.rule));
  return hits.length ? diedAfterHit(norm, unpaired, hits).map((c) => Object.assign({}, c, retoldOf(hits, c))) : [];
}

function retoldOf(hits: readonly Casualty[], c: Casualty): { retold?: true } {
  return hits.some((h) => h.start === c.start && h.retold) ? { retold: true } : {};
}

/** "A man was shot seven times and died at the scene": the dead are the hit, counted once (to-event.ts). */
function diedAfterHit(norm: string, unpaired: readonly Cue[], found: readonly Casualty[]): Casualty[] {
  const out: Casualty[] = [];
  for (const cue of unpaired) {
    if (casualtyKind(cue.key).kind !== 'killed') continue;
    const hit = found.find((c) => c.hit && c.end <= cue.start && AND_THEN.test(norm.slice(c.end, cue.start)));
    if (hit) out.push({ kind: 'killed', count: hit.count, total: false, rule: `${cue.rule}-after-hit`, start: hit.start, end: cue.end });
  }
  return out;
}

function tolls(norm: string, cues: readonly Cue[], counts: readonly CountToken[], used: Set<CountToken>): Casualty[] {
  const nouns = ofCategory(cues, 'toll');
  if (!nouns.length) return [];
  const out: Casualty[] = [];
  for (const rise of ofCategory(cues, 'rise')) {
    // "è salito a quattro", "rose to 28", "зросла до 5"
    const token = counts.find((t) => tollCount(norm, rise, t));
    if (!token || used.has(token)) continue;
    const noun = nearest(nouns, rise);
    used.add(token);
    // "зросла до трьох": the numbers stage reads "до трьох" as "up to 3", but its "до" belongs to the rise
    const count: Count = token.start < rise.end ? { value: token.count.value, qualifier: 'exact' } : token.count;
    const everyDead = noun.key === 'killed' ? ({ everyDead: true } as const) : {};
    out.push({ kind: noun.key as CasualtyKind, count, total: true, rule: `${rise.rule}-${noun.key}`, start: Math.min(noun.start, rise.start), end: Math.max(noun.end, token.end), ...everyDead });
  }
  return out;
}

/** The count right after a rise phrase, or one that shares its last word ("зросла до" + "до трьох"). */
function tollCount(norm: string, rise: Cue, t: CountToken): boolean {
  if (t.start < rise.end) return t.start > rise.start && t.end > rise.end;
  return /^[\s,]*$/u.test(norm.slice(rise.end, t.start)) && t.start - rise.end <= 6;
}

function nearest(cues: readonly Cue[], to: Span): Cue {
  let best = cues[0]!;
  for (const c of cues) if (distance(c, to) < distance(best, to)) best = c;
  return best;
}

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}

/** A count right after an "among" phrase: "including two children", "tra cui due bambini", "серед них двоє дітей". */
function afterAmongCue(norm: string, t: CountToken, cues: readonly Cue[]): boolean {
  return ofCategory(cues, 'among').some((c) => c.end <= t.start && /^\s+$/u.test(norm.slice(c.end, t.start)));
}

/** The earlier count is close before, in the same clause: "Five civilians including two". */
function before(earlier: CountToken, t: CountToken, norm: string): boolean {
  const gap = norm.slice(earlier.end, t.start);
  return gap.length <= 40 && !CLAUSE_BREAK.test(gap) && !gap.includes(',');
}

function afterAmong(norm: string, cue: Cue, cues: readonly Cue[]): boolean {
  return ofCategory(cues, 'among').some((c) => c.end <= cue.start && /^\s*$/u.test(norm.slice(c.end, cue.start)));
}

/** "The gunman then took his own life", "killing himself": the attacker's own death, one each (lexicon category `suicide`). */
export function suicides(cues: readonly Cue[]): Casualty[] {
  return ofCategory(cues, 'suicide')
    .map((c) => ({ kind: 'killed', count: { value: 1, qualifier: 'exact' }, total: false, rule: c.rule, start: c.start, end: c.end, perpetrator: true }));
}

/**
 * "a double shooting", "a triple homicide", "duplice omicidio": the victims a crime's name counts
 * (lexicon category `victims_of`, keys "<count>:<casualty key>": "2:shot", "3:killed"), a toll that
 * the victims told one by one do not add to ("double shooting | One man was shot ... and a 29-year-old
 * man was shot": 2).
 */
export function namedCrimes(cues: readonly Cue[]): Casualty[] {
  return ofCategory(cues, 'victims_of')
    .map((c) => ofKind(keyLabel(c.key), { count: { value: Number(keyCode(c.key)), qualifier: 'exact' }, total: true, rule: c.rule, start: c.start, end: c.end }));
}
