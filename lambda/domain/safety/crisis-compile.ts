import type { CrisisRule } from './crisis-kinds';
import * as L from './crisis-lexicon';

/**
 * Turns the grammar's shapes into regular expressions: each {placeholder} becomes its word
 * class from crisis-lexicon.ts. Run once per container, on the first scan (crisis.ts).
 */
const alt = (words: readonly string[]): string =>
  `(?:${[...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})`;

/** Ends a word: no letter or apostrophe follows (so "baby" is not "baby's"). */
const W = "(?![a-z'])";
const word = (words: readonly string[]) => `${alt(words)}${W}`;

const NOT_A_NAME = `(?!${word([...L.NOT_AGENTS, ...L.AUX, ...L.NEGATIONS, ...L.BODY, ...L.PILLS, ...L.WEAPONS])})(?![a-z]+(?:ed|ing|ly)${W})`;
const PERSON_NP = `(?:${word(L.DETERMINERS)} (?:[a-z]+ )?)?${word(L.PEOPLE)}`;
/** Words that may sit between the doer and the act ("he came home drunk and hit me"), but no denial. */
const GAP_WORD = `(?!${word([...L.NEGATIONS, 'it', 'that', 'this', 'which', 'what', 'nobody', ...L.NOT_AGENTS.slice(L.NOT_AGENTS.indexOf('news'))])})[a-z']+ `;
/** A word that may describe a body part or a child: "my left arm", "our little one", "my 5 year old". */
const ADJ = `(?:${word(L.ADJECTIVES)} |[a-z0-9]+ year old )?`;
const PARTNER_NP = `(?:my|the|our|her|his) ${word(L.PARTNERS)}`;

/** The word classes a shape may name. */
const SLOTS: Record<string, string> = {
  /** The doer: a pronoun or a person, with what may come between, or a first name. */
  who: `(?:(?:${word(L.PRONOUNS)}|${PERSON_NP}) (?:${GAP_WORD}){0,4}?|${NOT_A_NAME}[a-z]+ )(?:${word(L.AUX)} ){0,3}`,
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

function compile(rule: CrisisRule): RegExp {
  const body = rule.shape.replace(/\{(\w+)\}/g, (_, name: string) => {
    const slot = SLOTS[name];
    if (slot === undefined) throw new Error(`crisis grammar: unknown word class {${name}} in ${rule.id}`);
    return slot;
  });
  const before = rule.notAfter ? `(?<!(?:${rule.notAfter}) )` : '';
  const after = rule.except ? `(?! (?:${rule.except})${W})` : '';
  return new RegExp(`${before}(?<![a-z'])(?:${body})${after}`);
}

export interface CompiledRule {
  rule: CrisisRule;
  pattern: RegExp;
}

/** Turns the grammar into regular expressions; done once per container (see crisis.ts). */
export function compileGrammar(rules: readonly CrisisRule[]): CompiledRule[] {
  return rules.map((rule) => ({ rule, pattern: compile(rule) }));
}
