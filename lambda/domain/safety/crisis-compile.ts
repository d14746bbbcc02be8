import type { CrisisRule } from './crisis-kinds';
import { closing, KeyIndex, keysOfSource } from './crisis-keys';
import { lexicon } from './crisis-lexicon';
import { alt, expand } from './crisis-words';

/**
 * Turns the grammar's shapes into regular expressions: each {placeholder} becomes its word
 * class from crisis-lexicon.ts. A rule's expressions are compiled on the first text that holds
 * one of their keys (crisis-keys.ts), and kept for the life of the container.
 */

/** Ends a word: no letter or apostrophe follows (so "baby" is not "baby's"). */
const W = "(?![a-z'])";
const word = (words: readonly string[]) => `${alt(words)}${W}`;

/**
 * The word classes and the sets checked in code, built from the lexicon on first use (the first
 * scan of a text that holds a key: see crisis.ts).
 */
let built: { notNames: Set<string>; notInGap: Set<string>; slots: Record<string, string> } | undefined;
function vocabulary() {
  if (built) return built;
  const L = lexicon();
  /**
   * Words that cannot be a first name before a verb of harm. A name is captured by the one
   * capturing group a shape has, and checked here rather than in the expression: a lookahead
   * over hundreds of words at every position made the grammar slow to compile.
   */
  const notNames = new Set<string>([
    ...L.NOT_AGENTS,
    ...L.AUX,
    ...L.NEGATIONS,
    ...L.BODY,
    ...L.PILLS,
    ...L.WEAPONS,
  ]);

  const PERSON_NP = `(?:${word(L.DETERMINERS)} (?:[a-z]+ )?)?${word(L.PEOPLE)}`;
  /**
   * Words that may not sit between the doer and the act: a denial ("he has never hit me"), or
   * another subject ("he said the news hit me"). Checked in code, like names.
   */
  const notInGap = new Set([
    ...L.NEGATIONS,
    'it',
    'that',
    'this',
    'which',
    'what',
    'nobody',
    ...L.NOT_AGENTS.slice(L.NOT_AGENTS.indexOf('news')),
  ]);
  /** A word that may describe a body part or a child: "my left arm", "our little one", "my 5 year old". */
  const ADJ = `(?:${word(L.ADJECTIVES)} |[a-z0-9]+ year old )?`;
  const PARTNER_NP = `(?:my|the|our|her|his) ${word(L.PARTNERS)}`;

  /** The word classes a shape may name. */
  const slots: Record<string, string> = {
    /**
     * The doer: a pronoun or a person, with up to four words between ("he came home drunk and
     * hit me"), or a first name. Its two groups (the words between, the name) are checked in
     * code: see `acceptable`.
     */
    who: `(?:(?:${word(L.PRONOUNS)}|${PERSON_NP}) ((?:[a-z']+ ){0,4}?)|([a-z]+) )(?:${word(L.AUX)} ){0,3}`,
    /** A third person as the doer, without a gap: "he", "my husband". */
    he: `(?:${word(L.PRONOUNS)}|${PERSON_NP})`,
    aux: `(?:${word(L.AUX)} ){0,3}`,
    me: `(?:me|us)${W}`,
    body: `(?:my|our) ${ADJ}${word(L.BODY)}`,
    kids: `(?:my|our|the|his|her|their) ${ADJ}${word(L.CHILDREN)}`,
    family: `(?:me|us|${word(['myself'])}|(?:my|our|the) ${ADJ}${word(L.FAMILY)})${W}`,
    victim: `(?:me|us|(?:my|our) ${ADJ}${word(L.BODY)}|(?:my|our|the|his|her|their) ${ADJ}${word(L.CHILDREN)})${W}`,
    other: `(?:him|her|them|someone|somebody|(?:my|our|the) ${ADJ}(?:${alt(L.PEOPLE)}|${alt(L.CHILDREN)}))${W}`,
    partner: `(?:him|her|them|${PARTNER_NP})${W}`,
    partnerNp: `${PARTNER_NP}${W}`,
    strike: word(L.STRIKE),
    push: word(L.PUSH),
    grab: word(L.GRAB),
    cut: word(L.CUT),
    kill: word(L.KILL),
    harm: word(L.HARM_INF),
    weapon: `(?:a|an|the|his|her|their|my|this|that|some|another) (?:[a-z]+ ){0,2}?${word(L.WEAPONS)}`,
    pills: `(?:(?:my|his|her|the|of|of my|of the) )?(?:[a-z]+ )?${word(L.PILLS)}`,
    poison: word(L.POISONS),
    toomuch: word(L.TOO_MUCH),
    height: `(?:a|the|our|my|this|that) (?:[a-z]+ )?${word(L.HEIGHTS)}`,
    vehicle: `(?:a|the|an|some) (?:[a-z]+ )?${word(L.VEHICLES)}`,
    fear: word(['scared', 'afraid', 'frightened', 'terrified', 'petrified', 'fearful', 'worried']),
    neg: word(L.NEGATIONS),
    /** Said about the future: "he will", "he is going to", "he wants to". */
    future: word(L.FUTURE),
    /** The speaker's own intent or fear of it. */
    intent: word(L.INTENT),
    /** Where a clause ends: nothing after, or a joining word. */
    end: `(?=$| (?:and|but|because|cause|when|whenever|sometimes|now|right now|lately|at times|so|anymore|any more|again|too|all the time|every day|at home|here|tonight|today|though|honestly|really|i|he|she|they|please)${W})`,
    /** Times and intensifiers a disclosure may end with. */
    soon: `(?:tonight|today|now|right now|this time|soon|one day|next time|again|forever|for good)`,
    i: `(?:i|we)${W}`,
  };
  return (built = { notNames, notInGap, slots });
}

export function couldBeName(word: string): boolean {
  return !vocabulary().notNames.has(word) && !/(?:ed|ing|ly)$/.test(word);
}

/**
 * Each {who} of a shape captures two groups: the words between the doer and the act, and a
 * word read as a first name. A match holds when every gap is free of denials and other
 * subjects and every name could be one; otherwise the scan moves on a position.
 */
function acceptable(m: RegExpExecArray): boolean {
  const { notInGap } = vocabulary();
  for (let i = 1; i < m.length; i += 2) {
    const gap = m[i];
    const name = m[i + 1];
    if (gap && gap.split(' ').some((w) => notInGap.has(w))) return false;
    if (name !== undefined && !couldBeName(name)) return false;
  }
  return true;
}
/** Splits an expression at its top-level `|`, looking inside one group that wraps it all. */
export function alternatives(source: string): string[] {
  const wrapped = source.startsWith('(?:') && closing(source, 0) === source.length - 1;
  const src = wrapped ? source.slice(3, -1) : source;
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(src.slice(from, i));
      from = i + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/**
 * A rule as regular expressions, one per top-level alternative of its shape: V8 optimizes a
 * regular expression's bytecode in time that grows faster than its size, so several small
 * ones compile in a fraction of the time one large one takes. Sources keep their word classes
 * as markers (crisis-words.ts) until compiled.
 */
function ruleSources(rule: CrisisRule): { body: string; wrap: (alternative: string) => string } {
  const body = rule.shape.replace(/\{(\w+)\}/g, (_, name: string) => {
    const slot = vocabulary().slots[name];
    if (slot === undefined) throw new Error(`crisis grammar: unknown word class {${name}} in ${rule.id}`);
    return slot;
  });
  const before = rule.notAfter ? `(?<!(?:${rule.notAfter}) )` : '';
  const after = rule.except ? `(?! (?:${rule.except})${W})` : '';
  // Starts at a word: the text's start or after a space (a lookbehind here doubled the compile).
  return { body, wrap: (alternative) => `(?:^| )${before}(?:${alternative})${after}` };
}

export interface CompiledRule {
  rule: CrisisRule;
  /** The whole rule as one expression (for reading; the scan runs its parts). */
  readonly pattern: RegExp;
  /** True when the (normalized) text has the rule's shape. */
  test(normalized: string): boolean;
  /** Its expressions, how many are compiled so far, and the time that took (ms). */
  readonly stats: { parts: number; compiled: number; compileMs: number };
}

/** One alternative of a rule: its keys, and its expression once a text has needed it. */
interface Part {
  source: string;
  /** Index of its key set in the grammar's KeyIndex; -1 when it has no keys (always run). */
  keys: number;
  scan?: RegExp;
}

/**
 * Prepares the grammar: every alternative's keys (cheap: read from the shapes, word classes as
 * lists), none of its expressions. An alternative compiles the first time a text holds one of
 * its keys; a text that holds none cannot match it, so it is skipped.
 */
export function compileGrammar(rules: readonly CrisisRule[]): CompiledRule[] {
  const keySets: (readonly string[])[] = [];
  const prepared = rules.map((rule) => {
    const { body, wrap } = ruleSources(rule);
    const parts = alternatives(body).map((alternative): Part => {
      // The wrapper adds no keys of its own, so the alternative's keys are the whole part's.
      const keys = keysOfSource(alternative);
      if (keys) keySets.push(keys);
      return { source: wrap(alternative), keys: keys ? keySets.length - 1 : -1 };
    });
    return { rule, body, wrap, parts };
  });
  const index = new KeyIndex(keySets);
  return prepared.map(({ rule, body, wrap, parts }) => {
    let whole: RegExp | undefined;
    const stats = { parts: parts.length, compiled: 0, compileMs: 0 };
    const test = (normalized: string): boolean => {
      const found = index.found(normalized);
      for (const part of parts) {
        if (part.keys >= 0 && !found.has(part.keys)) continue;
        const scan = part.scan ?? compile(part);
        scan.lastIndex = 0;
        for (let m = scan.exec(normalized); m; m = scan.exec(normalized)) {
          if (acceptable(m)) return true;
          scan.lastIndex = m.index + 1;
        }
      }
      return false;
    };
    /** Compiles a part, and runs it once: the engine's own first-use work is part of the compile. */
    const compile = (part: Part): RegExp => {
      const started = performance.now();
      part.scan = new RegExp(expand(part.source), 'g');
      part.scan.test('warm up the scanner');
      stats.compiled++;
      stats.compileMs += performance.now() - started;
      return part.scan;
    };
    return {
      rule,
      stats,
      get pattern() {
        return (whole ??= new RegExp(expand(wrap(body))));
      },
      test,
    };
  });
}
