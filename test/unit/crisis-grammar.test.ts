import { alternatives, compileGrammar } from '../../lambda/domain/safety/crisis-compile';
import { CRISIS_GRAMMAR } from '../../lambda/domain/safety/crisis-grammar';
import { CRISIS_CATEGORIES } from '../../lambda/domain/safety/crisis-kinds';
import { verbForms } from '../../lambda/domain/safety/crisis-lexicon';
import {
  detectCrisis,
  detectCrisisIn,
  grammarCompileMs,
  normalizeForScan,
} from '../../lambda/domain/safety/crisis';
import { GRAMMAR_EXAMPLES } from '../safety/grammar-examples';

/**
 * The grammar's own examples and near-misses, rule by rule (test/safety/grammar-examples.ts).
 * The held-out sets, written apart from these, are in test/safety/held-out/.
 */
describe('the crisis grammar', () => {
  const compiled = compileGrammar(CRISIS_GRAMMAR);

  it('has unique rule ids, and every rule has examples', () => {
    const ids = CRISIS_GRAMMAR.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(GRAMMAR_EXAMPLES[id]?.examples.length ?? 0).toBeGreaterThan(0);
    // And no examples are left for a rule that was renamed or removed.
    expect(Object.keys(GRAMMAR_EXAMPLES).sort()).toEqual([...ids].sort());
  });

  describe.each(compiled.map((c) => [c.rule.id, c] as const))('rule %s', (id, { test }) => {
    const { examples = [], nearMisses = [] } = GRAMMAR_EXAMPLES[id] ?? {};
    it.each(examples)('catches "%s" with this rule', (example) => {
      expect(test(normalizeForScan(example))).toBe(true);
      expect(detectCrisis(example)).toBeDefined();
    });
    if (nearMisses.length) {
      it.each(nearMisses)('lets "%s" through the whole grammar', (sentence) => {
        expect(detectCrisis(sentence)).toBeUndefined();
      });
    }
  });

  it.each([
    "I'm dying to see it",
    'I could strangle the printer',
    'it hit me that we stopped talking',
    'she knocked it out of the park',
    'we cut corners on the kitchen',
    'I took my vitamins',
  ])('lets the figurative or everyday "%s" through', (sentence) => {
    expect(detectCrisis(sentence)).toBeUndefined();
  });

  it.each([
    ['he hit me', 'he would never hit me'],
    ['he has hit me', 'he has never hit me'],
    ["I'm scared of him", "I'm not scared of him, I'm scared of losing him"],
    ['I want to hurt him', "I don't want to hurt him"],
    ['I feel unsafe', "I don't feel unsafe, just unheard"],
  ])('reads "%s" as danger and its denial "%s" as none', (said, denied) => {
    expect(detectCrisis(said)).toBeDefined();
    expect(detectCrisis(denied)).toBeUndefined();
  });

  it.each([
    ['hits', 'he hits me'],
    ['hit', 'he hit me'],
    ['hitting', "he's hitting me"],
    ['will hit', 'he will hit me'],
    ['has been hitting', 'he has been hitting me'],
    ['used to hit', 'he used to hit me'],
    ['strangled', 'she strangled me'],
    ['strangling', 'she keeps strangling me'],
    ['dragged', 'he dragged me down the hall'],
  ])('reads the verb in every tense and form (%s)', (_form, sentence) => {
    expect(detectCrisis(sentence)?.kind).toBe('violence');
  });

  it('splits a shape at its top-level alternatives only', () => {
    expect(alternatives('(?:a|b(?:c|d)|[|])')).toEqual(['a', 'b(?:c|d)', '[|]']);
    expect(alternatives('(?:a)|(?:b)')).toEqual(['(?:a)', '(?:b)']);
    expect(alternatives('x')).toEqual(['x']);
  });

  it('generates every form of a verb from its base', () => {
    expect(verbForms('strangle')).toEqual(['strangle', 'strangles', 'strangled', 'strangling']);
    expect(verbForms('drag')).toEqual(['drag', 'drags', 'dragged', 'dragging']);
    expect(verbForms({ base: 'beat', past: 'beat', pp: ['beaten', 'beat'] })).toEqual([
      'beat',
      'beats',
      'beaten',
      'beating',
    ]);
    expect(verbForms('stamp on')).toEqual(['stamp on', 'stamps on', 'stamped on', 'stamping on']);
  });

  it('maps each category to the resources it needs', () => {
    expect(detectCrisis('I want to kill myself')).toMatchObject({ kind: 'self-harm', category: 'suicide' });
    expect(detectCrisis('I took a whole bottle of pills')).toMatchObject({
      kind: 'self-harm',
      category: 'overdose',
    });
    expect(detectCrisis('he choked me')).toMatchObject({ kind: 'violence' });
    expect(detectCrisis('he pulled a knife on me')).toMatchObject({ kind: 'violence', category: 'weapon' });
    expect(detectCrisis('she locked me in the bedroom')).toMatchObject({
      kind: 'violence',
      category: 'confinement',
    });
    expect(detectCrisis('I want to kill him')).toMatchObject({ kind: 'danger', category: 'harm-to-others' });
    expect(detectCrisis("I'm not safe")).toMatchObject({ kind: 'danger', category: 'immediate-danger' });
    for (const rule of CRISIS_GRAMMAR) expect(CRISIS_CATEGORIES[rule.category]).toBeDefined();
  });

  it('gives the rule, never the text', () => {
    const match = detectCrisis('scared, he hit me when I asked about money');
    expect(match).toEqual({ kind: 'violence', category: 'violence', rule: 'strike' });
  });

  it('returns nothing for no text', () => {
    expect(detectCrisis(undefined)).toBeUndefined();
    expect(detectCrisis('')).toBeUndefined();
    expect(detectCrisis('   ...  ')).toBeUndefined();
  });

  it('finds the first match among several texts', () => {
    expect(detectCrisisIn([undefined, 'we had pasta', 'I feel unsafe'])?.kind).toBe('danger');
    expect(detectCrisisIn(['we had pasta', undefined])).toBeUndefined();
  });

  it('compiles once per container, on first use', () => {
    detectCrisis('we had pasta');
    const first = grammarCompileMs();
    detectCrisis('he hit me');
    expect(first).toBeGreaterThan(0);
    expect(grammarCompileMs()).toBe(first);
  });
});

describe('normalizeForScan', () => {
  it('lower-cases, straightens apostrophes, expands contractions and drops punctuation', () => {
    expect(normalizeForScan("I’m   NOT safe—he's  been hitting me.")).toBe(
      'i am not safe he is been hitting me',
    );
    expect(normalizeForScan("we're fine, they'll see")).toBe('we are fine they will see');
    expect(normalizeForScan("he won't, she wouldn't")).toBe('he will not she would not');
  });

  it('drops accents and hyphens, as in "my fiancé" and "my ex-husband"', () => {
    expect(normalizeForScan('My fiancé, my ex-husband, my in-laws')).toBe(
      'my fiance my ex husband my in laws',
    );
  });
});

/**
 * The phrase list this grammar replaced had examples and near-misses of its own; they stay
 * here so the grammar never does worse than the list did.
 */
describe('what the old phrase list caught and let through', () => {
  it.each([
    'I want to kill myself',
    "I've thought about killing myself",
    'I want to harm myself',
    'self harm',
    'I feel like hurting myself',
    "I'm scared I will hurt myself tonight",
    'I keep wanting to cut myself',
    "I'm thinking about suicide",
    'suicidal thoughts',
    'I just wanna die',
    'sometimes I wish I was dead',
    "I don't want to wake up tomorrow",
    'I might take my own life',
    "life isn't worth living",
    'I thought about jumping off the bridge',
    "I don't want to be here anymore",
    'I do not want to be here',
    "some days I don't want to be around anymore",
    "I wish I wasn't here",
    'I wish I could disappear forever',
    'everyone would be better off if I was gone',
    'I almost took too many pills',
    'I took all my tablets at once',
    'I hurt myself again last night',
    'Sam stopped me from hurting myself last night',
    'I burned myself on purpose with a lighter',
    'I keep thinking about hurting myself',
    'she hit me',
    'he strangled me',
    'she keeps shoving me',
    'he physically hurt me',
    'I was hit by my partner',
    'he pinned me against the wall',
    'he tried to strangle me',
    'he said he would kill me',
    'he forced me to have sex',
    'she makes me have sex when I say no',
    'I might hurt him',
    'I want to hurt them',
    'he put his hands around my neck',
    'Sam squeezed my arm so hard it left marks',
    'Sam pushed me and I fell',
    'he pushed me hard against the counter',
    'he keeps a gun in the bedroom',
    'Sam came at me with a knife',
    'he grabbed a knife and said he would use it',
    "she won't let me leave",
    'he held a gun to me',
    "we're not safe",
    'it is not safe at home',
    'I fear for my life',
    "I'm scared for my safety",
    'I am terrified of my husband',
    "I'm scared of her when she drinks",
    "honestly I'm frightened of him sometimes",
    "I'm afraid my partner might hit me",
    "I've been stalked",
    'we had to call the police',
  ])('catches "%s"', (sentence) => {
    expect(detectCrisis(sentence)).toBeDefined();
  });

  it.each([
    'the fight killed the mood',
    'I could kill for a coffee',
    'he hit the nail on the head',
    "it hurts my feelings when you don't text back",
    'my back is killing me',
    'this traffic is killing me',
    'that joke killed me',
    'you absolutely killed it at dinner',
    'I nearly died when I saw the bill',
    'I was dying of laughter',
    'he grabbed me a coffee on the way',
    "I'm scared of spiders",
    'I feel safe when we hold hands',
    'we beat the traffic',
    'the deadline is going to kill me',
    'I could murder a pizza',
    'what hurts me most is the silence',
    'we fought about money and I shut down',
    'I felt hurt and I withdrew',
    'he tried to kiss me and I pulled away',
    'I was scared to bring it up',
    'I am afraid of conflict',
    'she hits the gym every morning',
    'he punched the clock at six',
    "I don't want to be here for the in-laws' visit",
    "I don't want to be around when they argue about money",
    "I didn't take too many pills, I checked",
    'I was worried I might hurt his feelings',
    'he grabbed my arm to stop me falling',
    'we have a gun safe at the cabin',
  ])('lets "%s" through', (sentence) => {
    expect(detectCrisis(sentence)).toBeUndefined();
  });
});
