import { CRISIS_NEAR_MISSES, CRISIS_PHRASES } from '../../lambda/domain/safety/crisis-phrases';
import { detectCrisis, detectCrisisIn, normalizeForScan } from '../../lambda/domain/safety/crisis';

describe('the crisis phrase list', () => {
  it('has unique ids and at least one example per entry', () => {
    const ids = CRISIS_PHRASES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const phrase of CRISIS_PHRASES) expect(phrase.examples.length).toBeGreaterThan(0);
  });

  describe.each(CRISIS_PHRASES.map((p) => [p.id, p] as const))('entry %s', (_id, phrase) => {
    it.each(phrase.examples)('catches "%s" with its own pattern and kind', (example) => {
      // Act
      const match = detectCrisis(example);

      // Assess: this entry's own pattern matches, and whatever matches first is a crisis.
      expect(phrase.pattern.test(normalizeForScan(example))).toBe(true);
      expect(match).toBeDefined();
    });
  });

  it.each(CRISIS_NEAR_MISSES)('lets the everyday phrase "%s" through', (sentence) => {
    expect(detectCrisis(sentence)).toBeUndefined();
  });
});

describe('detectCrisis', () => {
  it.each([
    // The JAMA 2016 study's phrase, which no assistant recognized.
    ['I am being abused', 'violence'],
    ['I’m being abused', 'violence'],
    ['I want to hurt myself', 'self-harm'],
    ['i want to die', 'self-harm'],
    ["I'm thinking about suicide", 'self-harm'],
    ['he hit me', 'violence'],
    ['she hit me', 'violence'],
    ['He HIT me!!', 'violence'],
    ['my partner hurts me', 'violence'],
    ["I'm scared of my partner", 'danger'],
    ["I'm not safe", 'danger'],
    ['im not safe', 'danger'],
    ['i dont feel safe at home', 'danger'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(detectCrisis(text)?.kind).toBe(kind);
  });

  it.each([
    // The second review's sentences, as dictated: every one must stop the exercise.
    ["I don't want to be here anymore", 'self-harm'],
    ["I don't want to be alive", 'self-harm'],
    ['they would all be better off without me', 'self-harm'],
    ['I took too many pills last night', 'self-harm'],
    ['I cut myself again', 'self-harm'],
    ['Sam stopped me from hurting myself last night', 'self-harm'],
    ['I told him I want to hurt him', 'danger'],
    ['I want to hurt her', 'danger'],
    ['I want to hurt them', 'danger'],
    ['I might hurt him', 'danger'],
    ['he grabbed my arm so hard it bruised', 'violence'],
    ['he pushed me', 'violence'],
    ['he strangled me', 'violence'],
    ['she choked me', 'violence'],
    ['he has a gun', 'violence'],
    ['she has a knife', 'violence'],
  ])('catches the reviewed sentence "%s" as %s', (text, kind) => {
    expect(detectCrisis(text)?.kind).toBe(kind);
  });

  it('finds a phrase inside a longer dictated answer', () => {
    const answer =
      'We argued about the dishes again and when I walked away he came after me and he hit me, so I left.';

    expect(detectCrisis(answer)).toEqual({ kind: 'violence', phraseId: 'someone-hit-me' });
  });

  it('answers nothing for empty or missing text', () => {
    expect(detectCrisis(undefined)).toBeUndefined();
    expect(detectCrisis('')).toBeUndefined();
    expect(detectCrisis('   ...  ')).toBeUndefined();
  });

  it('finds the first match among several texts', () => {
    expect(detectCrisisIn([undefined, 'we had pasta', 'I feel unsafe'])?.kind).toBe('danger');
    expect(detectCrisisIn(['we had pasta', undefined])).toBeUndefined();
  });

  it('normalizes contractions, apostrophes and punctuation', () => {
    expect(normalizeForScan("I’m   NOT safe—he's  been hitting me.")).toBe(
      'i am not safe he is been hitting me',
    );
    expect(normalizeForScan("we're fine, they'll see")).toBe('we are fine they will see');
  });
});
