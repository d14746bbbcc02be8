import { compileGrammar } from '../../lambda/domain/safety/crisis-compile';
import { CRISIS_GRAMMAR } from '../../lambda/domain/safety/crisis-grammar';
import { KeyIndex, keysOfSource } from '../../lambda/domain/safety/crisis-keys';
import { alt } from '../../lambda/domain/safety/crisis-words';
import { normalizeForScan } from '../../lambda/domain/safety/crisis';

/** The keys that let the scan skip, and not compile, the rules a text cannot match. */
describe('crisis keys', () => {
  it('reads what every match must contain', () => {
    expect(keysOfSource('(?:hits|hit) (?:me|us)')).toEqual(['hits me', 'hits us', 'hit me', 'hit us']);
    // A word class by its words; a lookaround and an optional part add nothing.
    expect(keysOfSource(`(?:very )?${alt(['shove', 'shoved'])}(?![a-z']) me`)).toEqual(['shove', 'shoved']);
    // A part repeated at least once still counts; none that may be absent does.
    expect(keysOfSource('(?:[a-z]+ ){1,3}?knife')).toEqual(['knife']);
  });

  it('gives no keys when a match may hold any text', () => {
    expect(keysOfSource('[a-z]+')).toBeNull();
    expect(keysOfSource('(?:kill)?(?:[a-z]+ )*')).toBeNull();
    expect(keysOfSource('kill|[a-z]+')).toBeNull();
    // An escape it does not read (a code point, a back-reference) leaves the expression keyless.
    expect(keysOfSource('\\x6bill me')).toBeNull();
  });

  it('finds the key sets a text holds a key of, anywhere in it', () => {
    // Prepare
    const index = new KeyIndex([['hit me'], ['knife', 'gun'], ['rope']]);

    // Act
    const found = index.found('then he hit me with a gun');

    // Assess
    expect([...found].sort()).toEqual([0, 1]);
    expect([...index.found('a ropey start')]).toEqual([2]);
    expect([...index.found('we had pasta')]).toEqual([]);
  });
});

describe('the grammar, compiled as texts need it', () => {
  it('compiles nothing before a text, and little for an everyday one', () => {
    // Prepare
    const grammar = compileGrammar(CRISIS_GRAMMAR);
    const compiled = () => grammar.reduce((n, r) => n + r.stats.compiled, 0);
    const parts = grammar.reduce((n, r) => n + r.stats.parts, 0);
    expect(compiled()).toBe(0);

    // Act
    const text = normalizeForScan('we walked the dog together on Sunday and nobody checked their phone');
    const matched = grammar.filter((r) => r.test(text));

    // Assess
    expect(matched).toEqual([]);
    expect(compiled()).toBeLessThan(parts / 10);
  });

  it('compiles the rule a disclosure needs, once, and still catches it', () => {
    // Prepare
    const grammar = compileGrammar(CRISIS_GRAMMAR);
    const strike = grammar.find((r) => r.rule.id === 'strike')!;

    // Act
    const first = strike.test(normalizeForScan('he hit me'));
    const after = strike.stats.compiled;
    const second = strike.test(normalizeForScan('she hit me again'));

    // Assess
    expect([first, second]).toEqual([true, true]);
    expect(after).toBeGreaterThan(0);
    expect(strike.stats.compiled).toBe(after);
    expect(strike.pattern.test(' he hit me')).toBe(true);
  });
});
