/**
 * Key words of a regular expression: strings of which every match contains at least one. The
 * scan (crisis-compile.ts) compiles and runs an expression only for a text that holds one of its
 * keys, so a typical turn compiles little of the grammar and runs less of it.
 *
 * Sound by construction, not by test: each construct below says what its matches must contain,
 * and whatever is not understood (a character class, a repeat, a lookaround) counts as
 * "anything", which only ever makes a key set weaker, never wrong. `null` means "no keys": the
 * expression may match any text and is always run.
 */

import { markerAt, OPEN } from './crisis-words';

type Strings = readonly string[];

/** What a piece of an expression can match. */
interface Info {
  /** Every string it can match, when that is a short list (e.g. a word class). */
  exact?: Strings;
  /** Strings of which every match contains one; `null` when none is known. */
  keys: Strings | null;
}

/** Beyond this many strings, `exact` is dropped (the keys stay): joining lists multiplies them. */
const MAX_EXACT = 64;
const ANYTHING: Info = { keys: null };
/** A zero-width assertion (lookaround, anchor, \b): adds nothing to what is matched. */
const EMPTY: Info = { exact: [''], keys: null };

/** Keys taken from a list of exact strings; none if one of them is empty. */
function keysOf(exact: Strings): Strings | null {
  return exact.includes('') ? null : exact;
}

/** How selective a key set is: its shortest key's letters, to 4 (longer keys are all rare). */
function score(keys: Strings): number {
  let s = 4;
  for (const key of keys) {
    let n = 0;
    for (let c = 0; c < key.length && n < s; c++) if (key[c] !== ' ' && key[c] !== "'") n++;
    s = n;
  }
  return s;
}

/**
 * At most MAX_KEYS keys, by cutting them to their first letters ("hitting" → "hit"): a part of
 * a key is found wherever the key is, so this only makes the set less selective.
 */
const MAX_KEYS = 64;
function shrink(keys: Strings): Strings {
  let out = keys;
  for (let length = 6; out.length > MAX_KEYS && length > 0; length--) {
    out = [...new Set(out.map((key) => key.slice(0, length)))];
  }
  return out;
}

/** A word class's keys, once per class (the same lists recur in most rules). */
const classKeys = new Map<Strings, Info>();
function wordClass(words: Strings): Info {
  let info = classKeys.get(words);
  if (!info) {
    info = words.length <= MAX_EXACT ? { exact: words, keys: null } : { keys: shrink(words) };
    classKeys.set(words, info);
  }
  return info;
}

/** Which of two key sets rejects more texts: the more selective, then the fewer keys. */
function better(a: Strings | null, b: Strings | null): Strings | null {
  if (!a || !b) return a ?? b;
  const [sa, sb] = [score(a), score(b)];
  if (sa !== sb) return sa > sb ? a : b;
  return a.length <= b.length ? a : b;
}

function bestKeys(info: Info): Strings | null {
  return info.exact ? better(info.keys, keysOf(info.exact)) : info.keys;
}

function cross(a: Strings, b: Strings): Strings | undefined {
  if (a.length * b.length > MAX_EXACT) return undefined;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return out;
}

/** The strings of several lists, each once. */
function union(lists: Strings[]): Strings {
  const all = new Set<string>();
  for (const list of lists) for (const s of list) all.add(s);
  return [...all];
}

/**
 * A sequence: a match holds the keys of each of its parts, and a run of exact parts side by
 * side ("my " then a body part) matches one of their joined strings; the best of these count.
 */
function sequence(items: Info[]): Info {
  if (items.length === 1) return items[0]!;
  let keys: Strings | null = null;
  let run: Strings | undefined;
  let whole: Strings | undefined = [''];
  for (const item of items) {
    keys = better(keys, bestKeys(item));
    whole = whole && item.exact && cross(whole, item.exact);
    run = whole ?? (item.exact && ((run && cross(run, item.exact)) ?? item.exact));
    if (run) keys = better(keys, keysOf(run));
  }
  return { exact: whole, keys };
}

/** Alternatives: a match matches one of them, so it holds one of the union of their keys. */
function choice(options: Info[]): Info {
  const each = options.map(bestKeys);
  const keys = each.every((k) => k !== null) ? shrink(union(each as Strings[])) : null;
  const exact = options.every((o) => o.exact) ? union(options.map((o) => o.exact!)) : undefined;
  return { exact: exact && exact.length <= MAX_EXACT ? exact : undefined, keys };
}

/** Where the group opened at `open` closes, skipping escapes and character classes. */
export function closing(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

const GROUP_HEAD = /\((\?(?:<?[=!]|:|<\w+>))?/y;
const REPEAT = /\{(\d+)(?:,\d*)?\}/y;
/** A character that stands for itself: not a construct, not a word-class marker. */
const PLAIN_RUN = /[^\\()[\]|?*+{.^$\uE000]+/y;

/** Reads a source written as the grammar writes it (word classes as markers) into its keys. */
export function keysOfSource(source: string): Strings | null {
  let i = 0;
  let unread = false;

  function alternation(): Info {
    const options = [concatenation()];
    while (source[i] === '|') {
      i++;
      options.push(concatenation());
    }
    return options.length === 1 ? options[0]! : choice(options);
  }

  function concatenation(): Info {
    const items: Info[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')') items.push(quantified(atom()));
    return sequence(items);
  }

  function quantified(item: Info): Info {
    const c = source[i];
    REPEAT.lastIndex = i;
    const repeat = c === '{' ? REPEAT.exec(source) : null;
    if (c !== '?' && c !== '*' && c !== '+' && !repeat) return item;
    const min = repeat ? Number(repeat[1]) : c === '+' ? 1 : 0;
    i = repeat ? REPEAT.lastIndex : i + 1;
    if (source[i] === '?') i++; // lazy
    if (min === 0) return c === '?' && item.exact ? { exact: [...item.exact, ''], keys: null } : ANYTHING;
    // Matched at least once: its keys hold; what else it matches is not known.
    return { keys: bestKeys(item) };
  }

  function atom(): Info {
    const c = source[i]!;
    if (c === '(') return group();
    if (c === OPEN) {
      const { words, end } = markerAt(source, i);
      i = end;
      return wordClass(words);
    }
    if (c === '[') {
      for (i++; source[i] !== ']'; i++) if (source[i] === '\\') i++;
      i++;
      return ANYTHING;
    }
    if (c === '\\') {
      const e = source[i + 1]!;
      i += 2;
      if (e === 'b' || e === 'B') return EMPTY;
      if ('wWsSdD'.includes(e)) return ANYTHING;
      // Any other escape of a letter or digit (\x41, \u0041, \1, ...) is not read: no keys at all.
      if (/[a-zA-Z0-9]/.test(e)) unread = true;
      return { exact: [e], keys: null };
    }
    if (c === '^' || c === '$') return (i++, EMPTY);
    if (c === '.') return (i++, ANYTHING);
    // A run of plain characters as one string, but for a last one that a repeat applies to.
    PLAIN_RUN.lastIndex = i;
    let end = PLAIN_RUN.test(source) ? PLAIN_RUN.lastIndex : i + 1;
    if (end - i > 1 && /[?*+{]/.test(source[end] ?? '')) end--;
    const text = source.slice(i, end);
    i = end;
    return { exact: [text], keys: null };
  }

  function group(): Info {
    GROUP_HEAD.lastIndex = i;
    const head = GROUP_HEAD.exec(source)!;
    // A lookaround matches nothing itself (and a negative one promises nothing).
    if (head[1] !== undefined && /[=!]/.test(head[1])) {
      i = closing(source, i) + 1;
      return EMPTY;
    }
    const from = i;
    i += head[0].length;
    const inner = alternation();
    if (source[i] !== ')') throw new Error(`crisis keys: unbalanced group at ${from}`);
    i++;
    return inner;
  }

  const info = alternation();
  if (i !== source.length) throw new Error(`crisis keys: cannot read the expression at ${i}`);
  return unread ? null : bestKeys(info);
}

interface KeyNode {
  next: Map<string, KeyNode>;
  /** The key sets a key ending here belongs to. */
  sets: number[];
}

/**
 * Which key sets a text holds a key of, in one pass: every key in one trie, walked from each
 * position of the text (a few steps each, as keys part ways within a letter or two).
 */
export class KeyIndex {
  private readonly root: KeyNode = { next: new Map(), sets: [] };
  private last: { text: string; found: Set<number> } | undefined;

  constructor(keySets: readonly Strings[]) {
    keySets.forEach((keys, set) => {
      for (const key of keys) {
        let node = this.root;
        for (const c of key) {
          let child = node.next.get(c);
          if (!child) node.next.set(c, (child = { next: new Map(), sets: [] }));
          node = child;
        }
        if (node.sets[node.sets.length - 1] !== set) node.sets.push(set);
      }
    });
  }

  /** The key sets with a key in `text` (the last text's answer is kept: each rule asks it). */
  found(text: string): ReadonlySet<number> {
    if (this.last?.text === text) return this.last.found;
    const found = new Set<number>();
    for (let start = 0; start < text.length; start++) {
      let node: KeyNode | undefined = this.root;
      for (let at = start; node && at <= text.length; at++) {
        for (const set of node.sets) found.add(set);
        node = node.next.get(text[at]!);
      }
    }
    this.last = { text, found };
    return found;
  }
}
