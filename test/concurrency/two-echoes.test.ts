import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Household } from '../../lambda/domain/household';
import { householdIdFor } from '../../lambda/domain/ids';
import { noteRecordSchema } from '../../lambda/domain/notes/record';
import { stringsFor } from '../../lambda/speech';
import { toPlainText } from '../../lambda/speech/ssml';
import type { Device, TurnResult } from '../../tools/device';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';

/**
 * Two Echo devices in one household at the same moment, in many households at once, against the
 * real DynamoDB Local. Each step sends both partners' requests together, so their reads and
 * conditional writes interleave on the shared household item; afterwards the table must hold
 * every write: no lost update.
 */
const HOUSEHOLDS = Number(process.env.CONCURRENT_HOUSEHOLDS ?? 20);

interface Couple {
  userId: string;
  alex: Device;
  sam: Device;
}

async function couple(harness: Harness, n: number): Promise<Couple> {
  const userId = `amzn1.ask.account.${randomUUID()}`;
  await setUpHousehold(harness, ['Alex', 'Sam'], harness.device({ userId }));
  return {
    userId,
    alex: harness.device({ userId, personId: `amzn1.ask.person.ALEX${n}`, deviceId: `kitchen-${n}` }),
    sam: harness.device({ userId, personId: `amzn1.ask.person.SAM${n}`, deviceId: `bedroom-${n}` }),
  };
}

/** Both requests sent at the same moment. */
function together(a: () => Promise<TurnResult>, b: () => Promise<TurnResult>) {
  return Promise.all([a(), b()]);
}

const ALEX_NOTE = ['in the car', 'unheard', 'I waited', 'when I raised my voice', 'slowing down'];
const SAM_NOTE = ['at bedtime', 'pushed', 'I left the room', 'coming back', 'asking for a break'];

/**
 * The scenarios, each one step of a household's evening. Adding one for a new feature is one entry:
 * `run` acts with both devices at once, `check` reads the table afterwards.
 */
const SCENARIOS: {
  name: string;
  run: (c: Couple) => Promise<TurnResult[]>;
  check: (c: Couple, household: Household, harness: Harness) => Promise<void> | void;
}[] = [
  {
    name: 'both partners link their voices at the same moment',
    run: async ({ alex, sam }) => [
      ...(await together(
        () => alex.launch(),
        () => sam.launch(),
      )),
      ...(await together(
        () => alex.intent('IdentifySpeakerIntent', { name: 'Alex' }),
        () => sam.intent('IdentifySpeakerIntent', { name: 'Sam' }),
      )),
    ],
    check: (_c, household) => {
      expect(household.partners.map((p) => p.voices.length)).toEqual([1, 1]);
    },
  },
  {
    name: 'both partners dictate a pattern note at the same moment',
    run: async ({ alex, sam }) => {
      alex.close();
      sam.close();
      const turns = await together(
        () => alex.intent('StartPatternNoteIntent'),
        () => sam.intent('StartPatternNoteIntent'),
      );
      for (let i = 0; i < ALEX_NOTE.length; i++) {
        turns.push(
          ...(await together(
            () => alex.intent('NotePartIntent', { text: ALEX_NOTE[i] }),
            () => sam.intent('NotePartIntent', { text: SAM_NOTE[i] }),
          )),
        );
      }
      return turns;
    },
    check: async ({ userId }, _household, harness) => {
      const notes = await harness.store.queryRecords(
        householdIdFor(userId),
        'NOTE',
        [],
        noteRecordSchema,
        harness.clock.now(),
      );
      const byAuthor = Object.fromEntries(notes.map((n) => [n.data.author, n.data.parts.map((p) => p.text)]));
      expect(byAuthor).toEqual({ p1: ALEX_NOTE, p2: SAM_NOTE });
    },
  },
  {
    name: 'one ends a check-in turn while the other sets the focus',
    run: async ({ alex, sam }) => {
      alex.close();
      sam.close();
      const turns = [await alex.intent('StartCheckinIntent')];
      // "Are you both here?" yes; "Alex, would you like to go first?" yes.
      for (let i = 0; i < 3 && alex.inSession; i++) turns.push(await alex.intent('AMAZON.YesIntent'));
      turns.push(
        ...(await together(
          () => alex.intent('ReadyToSwitchIntent'),
          () => sam.intent('SetFocusIntent', { focusText: 'putting our phones away at dinner' }),
        )),
      );
      return turns;
    },
    check: (_c, household) => {
      const week = household.week as { focus?: { text?: string } };
      expect(week.focus?.text).toMatch(/putting our phones away at dinner/i);
      const active = household.checkin.active!;
      expect(active.turnIndex).toBe(1);
      expect(active.turns[0]!.endedAt).toBeDefined();
    },
  },
  {
    name: 'two appreciations in the same second',
    run: async ({ alex, sam }) => {
      alex.close();
      sam.close();
      return together(
        () => alex.intent('AppreciationIntent', { appreciation: 'Sam made coffee this morning' }),
        () => sam.intent('AppreciationIntent', { appreciation: 'Alex fixed the bike last night' }),
      );
    },
    check: (_c, household) => {
      const texts = household.week.appreciations.map((a) => `${a.author}:${a.text}`).sort();
      expect(texts).toEqual(['p1:Sam made coffee this morning', 'p2:Alex fixed the bike last night']);
    },
  },
  {
    name: 'one records the good thing while the other sets the repair phrase',
    run: async ({ alex, sam }) => {
      alex.close();
      sam.close();
      return together(
        () => alex.intent('GoodThingDoneIntent', { goodThing: 'a walk after dinner' }),
        () => sam.intent('SetRepairPhraseIntent', { phrase: 'can we start over' }),
      );
    },
    check: (_c, household) => {
      expect(household.week.goodThings).toHaveLength(1);
      expect(household.week.repairPhrase?.text).toBe('can we start over');
    },
  },
  {
    name: 'both say "we\'re back" from a time-out, and both answer the restart, at the same moment',
    run: async ({ alex, sam }) => {
      alex.close();
      sam.close();
      const turns = [await alex.intent('TimeOutIntent', { minutes: '10' })];
      turns.push(
        ...(await together(
          () => alex.intent('TimeOutBackIntent'),
          () => sam.intent('TimeOutBackIntent'),
        )),
        ...(await together(
          () => alex.intent('TimeOutNeedIntent', { need: 'to be asked first' }),
          () => sam.intent('TimeOutNeedIntent', { need: 'a pause' }),
        )),
      );
      return turns;
    },
    check: async ({ userId }, household, harness) => {
      const records = await harness.store.queryRecords(
        householdIdFor(userId),
        'TIMEOUT',
        [],
        z.looseObject({ cameBack: z.boolean() }),
        harness.clock.now(),
      );
      // One time-out, closed once: one record, counted once, for the household.
      expect(records.map((r) => r.data.cameBack)).toEqual([true]);
      expect(household.timeout.active).toBeUndefined();
      expect(household.week.activity.reduce((n, w) => n + w.timeouts, 0)).toBe(1);
    },
  },
];

describe(`two Echoes in one household at the same moment, ${HOUSEHOLDS} households at once`, () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await createHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('keeps every write: no lost update, and nobody is told "we lost our place"', async () => {
    // Prepare
    const couples = await Promise.all(Array.from({ length: HOUSEHOLDS }, (_, n) => couple(harness, n)));

    // Act: every household runs the scenarios, all households at once.
    const spoken: string[] = [];
    await Promise.all(
      couples.map(async (c) => {
        for (const scenario of SCENARIOS) {
          const turns = await scenario.run(c);
          spoken.push(...turns.map((t) => t.speech));
        }
      }),
    );

    // Assess: the table, read directly, holds every household's writes.
    const id = (c: Couple) => householdIdFor(c.userId);
    for (const c of couples) {
      const household = (await harness.store.loadHousehold(id(c)))!;
      for (const scenario of SCENARIOS) {
        try {
          await scenario.check(c, household, harness);
        } catch (error) {
          throw new Error(`${scenario.name}: ${(error as Error).message}`);
        }
      }
    }
    const concurrentTrouble = toPlainText(
      `<speak>${stringsFor('en-US').common.concurrentTrouble.markup}</speak>`,
    );
    expect(spoken.filter((s) => s === concurrentTrouble)).toEqual([]);
    expect(harness.metrics).not.toContain('ConcurrentUpdateGaveUp');
    expect(harness.metrics).not.toContain('HandlerError');
    // The devices really did collide, and the version check caught it.
    expect(harness.metrics.filter((m) => m === 'ConcurrentUpdateRetry').length).toBeGreaterThan(0);
  }, 180_000);

  it('the version check refuses a stale write instead of overwriting (the mechanism the above relies on)', async () => {
    const c = await couple(harness, 999);
    const id = householdIdFor(c.userId);
    const read = (await harness.store.loadHousehold(id))!;
    await harness.store.saveHousehold({ household: { ...read }, isNew: false });

    const stale = harness.store.saveHousehold({ household: { ...read }, isNew: false });

    await expect(stale).rejects.toMatchObject({ name: 'ConcurrentUpdateError' });
    expect((await harness.store.loadHousehold(id))!.version).toBe(read.version + 1);
    expect(z.number().parse(read.version)).toBeGreaterThanOrEqual(1);
  });
});
