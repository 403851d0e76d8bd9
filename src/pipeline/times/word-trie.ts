/**
 * Speed: a word list as a regex whose shared prefixes are factored out, 'gen(?:naio|\.?)' rather
 * than 'gennaio|gen\.?'. V8 tries the alternatives of a flat list one by one at every position
 * and compiles each copy of a long list (number words, holidays) again in every rule that uses
 * it; the factored form is several times smaller and fails fast on the first letters.
 *
 * It matches what the flat list matches, in the same order of preference: the flat list is
 * sorted longest word first, and here a node tries its branches by the longest word below them
 * (ties: the earlier word of the flat list), its own word last, so at any position of the text
 * the candidate words are still tried longest first.
 */

/** One unit of a word's regex: a character, a run of white space, or an optional final dot. */
type Piece = string;

interface Node {
  readonly next: Map<Piece, Node>;
  /** Position in the flat list of the word that ends here, if one does. */
  end?: number;
  /** Rank of the branch: the flat position of the first (longest) word below it. */
  rank: number;
}

const SPECIAL = /[.*+?^${}()|[\]\\]/;

/** The pieces of a word: ' ' matches any run of white space, a final '.' is optional. */
function pieces(word: string): Piece[] {
  const dot = word.endsWith('.');
  const chars = [...(dot ? word.slice(0, -1) : word)];
  const out = chars.map((ch) => (ch === ' ' ? '\\s+' : SPECIAL.test(ch) ? `\\${ch}` : ch));
  if (dot) out.push('\\.?');
  return out;
}

function insert(root: Node, word: string, position: number): void {
  let node = root;
  for (const piece of pieces(word)) {
    let child = node.next.get(piece);
    if (!child) node.next.set(piece, (child = { next: new Map(), rank: position }));
    node = child;
  }
  node.end ??= position;
}

function emit(node: Node): string {
  const branches = [...node.next].sort((a, b) => a[1].rank - b[1].rank).map(([piece, child]) => piece + emit(child));
  if (!branches.length) return '';
  // a word that ends here is tried after the longer words that continue it: 'sett(?:embre)?'
  if (node.end !== undefined) return `(?:${branches.join('|')})?`;
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/**
 * The factored regex source of `words`, given in the order of preference (longest first); an
 * empty list gives a source that never matches.
 */
export function trieSource(words: readonly string[]): string {
  if (!words.length) return '(?!)';
  const root: Node = { next: new Map(), rank: 0 };
  words.forEach((word, i) => {
    if (word) insert(root, word, i);
  });
  return emit(root);
}
