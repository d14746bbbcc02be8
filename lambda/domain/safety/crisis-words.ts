/**
 * The grammar's word classes. A shape names a class by a marker, and the class becomes a
 * regular expression only when a rule that uses it is compiled: the key reader
 * (crisis-keys.ts) reads a marker as the class's words, without a trie of hundreds of words
 * to read letter by letter, and a container that never compiles a rule never builds its tries.
 */
interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function trieSource(node: Trie): string {
  const branches = [...node.next].map(([c, child]) => escape(c) + trieSource(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

/**
 * A word list as one alternation, factored as a trie ("hit|hits|hitting" reads "hit(?:s|ting)?"):
 * the regex engine then tries one branch per letter instead of every word in turn, which keeps
 * both the compile and the scan fast with lists of hundreds of words.
 */
function trie(words: readonly string[]): string {
  const root: Trie = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const c of w) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return `(?:${trieSource(root)})`;
}

/** Opens and closes a marker: private-use characters, never in a shape or a normalized text. */
export const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = /\uE000(\d+)\uE001/g;

const classes: { words: readonly string[]; source?: string }[] = [];

/** A word list as a marker that stands for one group matching exactly these words. */
export function alt(words: readonly string[]): string {
  classes.push({ words: [...new Set(words)] });
  return `${OPEN}${classes.length - 1}${CLOSE}`;
}

/** The marker at `at` (which holds OPEN): its words and where it ends. */
export function markerAt(source: string, at: number): { words: readonly string[]; end: number } {
  const end = source.indexOf(CLOSE, at);
  return { words: classes[Number(source.slice(at + 1, end))]!.words, end: end + 1 };
}

/** A source with markers as a regular expression's source: each class's trie, built once. */
export function expand(source: string): string {
  return source.replace(MARKER, (_, n: string) => {
    const cls = classes[Number(n)]!;
    return (cls.source ??= trie(cls.words));
  });
}
