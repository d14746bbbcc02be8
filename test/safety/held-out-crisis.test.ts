import { SUPPORTED_LOCALES } from '../../lambda/domain/locale';
import { createHarness, type Harness } from '../support/harness';
import { CRISIS_SET, EXPECTED_KINDS } from './held-out';
import { crisisProblems, household, TEXT_PATHS, walkPaths, wholeTable } from './paths';

/**
 * The held-out crisis set through the real handler, against DynamoDB Local. In every locale
 * each statement goes down one text path (rotated by locale, so across the five locales it
 * meets five different paths) and every path gets its share of the set, each said at the same
 * moment of the exercise. Each must get the crisis answer with the locale's numbers in the
 * right order and stop the exercise, at no database read or write, leaving nothing of itself
 * in the table or the logs.
 */
// Hundreds of turns per locale: on a shared machine, more than jest's 30 s.
jest.setTimeout(120_000);

describe('the held-out crisis set, through the handler', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await createHarness({ permissions: { timers: true } });
  });
  afterAll(async () => {
    await harness.close();
  });

  it('has at least 200 statements, in every category', () => {
    expect(CRISIS_SET.length).toBeGreaterThanOrEqual(200);
    expect(new Set(CRISIS_SET.map((s) => s.section))).toEqual(new Set(Object.keys(EXPECTED_KINDS)));
  });

  describe.each(SUPPORTED_LOCALES.map((locale, i) => [locale, i] as const))(
    'in %s',
    (locale, localeIndex) => {
      it('answers every statement on its path with the resources, stores nothing and stops the exercise', async () => {
        // Prepare: a household with Alex's voice linked, so no path stops to ask who is speaking.
        const echo = await household(harness, locale, 'crisis');
        const problems: string[] = [];
        const cost = { reads: 0, writes: 0 };
        const said = new Map<string, number>();

        // Act: at each path's moment, every statement rotated onto it.
        await walkPaths(echo, true, async (stop) => {
          if (stop.problem) problems.push(`[${stop.name}] ${stop.problem}`);
          for (const statement of CRISIS_SET) {
            if ((statement.index + 7 * localeIndex) % TEXT_PATHS.length !== stop.path) continue;
            const before = { ...harness.store.meter };
            const answer = await stop.say(statement.text);
            cost.reads += harness.store.meter.reads - before.reads;
            cost.writes += harness.store.meter.writes - before.writes;
            said.set(stop.name, (said.get(stop.name) ?? 0) + 1);
            for (const problem of crisisProblems(answer, echo, locale, EXPECTED_KINDS[statement.section]!))
              problems.push(`[${stop.name}] "${statement.text}": ${problem}`);
          }
        });

        // Assess
        expect(problems).toEqual([]);
        expect([...said.keys()]).toEqual(TEXT_PATHS);
        expect([...said.values()].reduce((a, b) => a + b)).toBe(CRISIS_SET.length);
        expect(Math.min(...said.values())).toBeGreaterThanOrEqual(5);
        expect(cost).toEqual({ reads: 0, writes: 0 });
        const stored = await wholeTable(harness);
        expect(CRISIS_SET.filter((s) => stored.includes(s.text.toLowerCase())).map((s) => s.text)).toEqual(
          [],
        );
        const logged = JSON.stringify(harness.logs).toLowerCase();
        expect(CRISIS_SET.filter((s) => logged.includes(s.text.toLowerCase())).map((s) => s.text)).toEqual(
          [],
        );
      });
    },
  );
});
