import { SUPPORTED_LOCALES } from '../../lambda/domain/locale';
import type { Device, Slots, TurnResult } from '../../tools/device';
import { modelIntents } from '../support/conversations';
import { createHarness, type Harness } from '../support/harness';

/**
 * No leaks: whole conversations, as a couple would have them, with the captured logger.
 * No dictated word, no partner name and no raw Alexa ID may appear in any log line, metric
 * name or card.
 *
 * The conversation is a list of scenes; a scene runs only when the model has its intents,
 * so this test grows with the skill. To cover a new feature, add a scene whose dictated
 * text uses words from WORDS (distinctive, so a hit is a real leak).
 */

const NAMES: [string, string] = ['Rowena', 'Thaddeus'];

/** Distinctive words used only in dictated text. */
const WORDS = [
  'marmalade',
  'trombone',
  'lighthouse',
  'porcupine',
  'cinnamon',
  'saxophone',
  'quiche',
  'glacier',
  'tangerine',
  'accordion',
  'pelican',
  'velveteen',
  'zeppelin',
  'artichoke',
];

interface Step {
  intent: string;
  slots?: Slots;
}
interface Scene {
  name: string;
  steps: Step[];
}

const say = (intent: string, slots?: Slots): Step => ({ intent, slots });

const SCENES: Scene[] = [
  {
    name: 'help, fallback, stop',
    steps: [say('AMAZON.HelpIntent'), say('AMAZON.FallbackIntent'), say('AMAZON.StopIntent')],
  },
  { name: 'cancel', steps: [say('AMAZON.CancelIntent')] },
  {
    name: 'a quick note',
    steps: [
      say('QuickNoteIntent'),
      say('IdentifySpeakerIntent', { name: NAMES[0] }),
      say('NotePartIntent', { text: 'the marmalade argument at breakfast' }),
      say('NotePartIntent', { text: 'trombone loud in my chest' }),
      say('NotePartIntent', { text: 'I walked to the lighthouse and back' }),
    ],
  },
  {
    name: 'a pattern note cut off',
    steps: [
      say('StartPatternNoteIntent'),
      say('IdentifySpeakerIntent', { name: NAMES[1] }),
      say('NotePartIntent', { text: 'porcupine mood after the phone call' }),
    ],
  },
  {
    name: 'read, count, share',
    steps: [say('ReadLastNoteIntent'), say('CountNotesIntent'), say('ShareLastNoteIntent')],
  },
  {
    name: 'the week',
    steps: [
      say('SetFocusIntent', { focusText: 'cinnamon mornings without phones' }),
      say('SmallStepIntent', { step: 'make the saxophone coffee first' }),
      say('SetRepairPhraseIntent', { phrase: 'quiche and a pause' }),
      say('RepairPhraseIntent'),
      say('AppreciationIntent', { appreciation: `${NAMES[1]} fixed the glacier blue bicycle` }),
      say('HearAppreciationsIntent'),
      say('GoodThingDoneIntent', { goodThing: 'a tangerine picnic' }),
      say('WhatIsFocusIntent'),
      say('ReadyForTherapyIntent'),
      say('RecapLastWeekIntent'),
    ],
  },
  { name: 'a check-in', steps: [say('StartCheckinIntent'), say('EndCheckinIntent')] },
  {
    name: 'a time-out',
    steps: [
      say('TimeOutIntent'),
      say('TimeOutLengthIntent', { minutes: '15' }),
      say('BreathingIntent'),
      say('TimeOutBackIntent'),
      say('TimeOutNeedIntent', { need: 'to hear pelican words from you' }),
      say('TimeOutNeedIntent', { need: 'velveteen quiet for a minute' }),
      say('AMAZON.YesIntent'),
      say('IdentifySpeakerIntent', { name: NAMES[1] }),
      say('NotePartIntent', { text: 'the zeppelin bill again' }),
    ],
  },
  {
    name: 'the crisis gate',
    steps: [say('NotePartIntent', { text: 'accordion night when he hit me' }), say('AMAZON.NoIntent')],
  },
  {
    name: 'crisis outright',
    steps: [say('CrisisIntent'), say('AMAZON.YesIntent'), say('AMAZON.StopIntent')],
  },
  {
    name: 'privacy and retention',
    steps: [
      say('PrivacyInfoIntent'),
      say('SetRetentionIntent', { duration: 'P6M' }),
      say('RetentionQueryIntent'),
    ],
  },
  {
    name: 'delete my notes',
    steps: [
      say('DeleteMyNotesIntent'),
      say('IdentifySpeakerIntent', { name: NAMES[0] }),
      say('AMAZON.YesIntent'),
    ],
  },
];

function runnable(scene: Scene): boolean {
  return scene.steps.every((s) => modelIntents.has(s.intent));
}

async function play(device: Device, scene: Scene): Promise<void> {
  device.close();
  await device.launch();
  for (const step of scene.steps) await device.intent(step.intent, step.slots ?? {});
  // Walk away mid-conversation, with an error message that quotes what was said.
  await device.endSession('ERROR', {
    type: 'INVALID_RESPONSE',
    message: `heard ${WORDS[13]} from ${NAMES[0]}`,
  });
}

function secretsOf(devices: Device[]): string[] {
  return [
    ...WORDS,
    ...NAMES,
    ...devices.flatMap((d) => [d.userId, d.deviceId, ...(d.personId ? [d.personId] : [])]),
  ];
}

function leaksIn(text: string, secrets: string[]): string[] {
  const lower = text.toLowerCase();
  return secrets.filter((s) => lower.includes(s.toLowerCase()));
}

describe('no leaks: no dictated words, names or raw IDs in logs, metrics or cards', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  it('has enough of the skill to mean something (setup, crisis and data rights at least)', () => {
    const scenes = SCENES.filter(runnable).map((s) => s.name);
    expect(scenes).toEqual(
      expect.arrayContaining(['help, fallback, stop', 'crisis outright', 'privacy and retention']),
    );
  });

  it.each(SUPPORTED_LOCALES)(
    'keeps everything out of the logs and cards over whole conversations in %s',
    async (locale) => {
      // Prepare: the first run, by voice on one Echo and without on another.
      const kitchen = harness.device({ locale });
      const byVoice = harness.device({ locale, personId: 'amzn1.ask.person.ROWENAVOICE' });
      await kitchen.launch();
      await kitchen.intent('SetupNamesIntent', { firstName: NAMES[0], secondName: NAMES[1] });
      await byVoice.launch();
      await byVoice.intent('IdentifySpeakerIntent', { name: NAMES[0] });

      // Act
      const played: string[] = [];
      for (const scene of SCENES.filter(runnable)) {
        for (const device of [kitchen, byVoice]) await play(device, scene);
        played.push(scene.name);
      }
      const deleteAll = modelIntents.has('DeleteEverythingIntent');
      if (deleteAll) {
        kitchen.close();
        await kitchen.intent('DeleteEverythingIntent');
        await kitchen.intent('AMAZON.YesIntent');
      }

      // Assess
      const devices = [kitchen, byVoice];
      const secrets = secretsOf(devices);
      const replies: TurnResult[] = devices.flatMap((d) => d.history);
      expect(played.length).toBeGreaterThanOrEqual(3);
      expect(harness.logs.length).toBeGreaterThan(0);
      expect(leaksIn(JSON.stringify(harness.logs), secrets)).toEqual([]);
      expect(leaksIn(JSON.stringify(harness.metrics), secrets)).toEqual([]);
      const cards = replies.filter((r) => r.card !== undefined).map((r) => JSON.stringify(r.card));
      expect(leaksIn(cards.join('\n'), secrets)).toEqual([]);
      // Stop and Cancel say goodbye without a card, and without a name.
      const goodbyes = replies.filter((r) =>
        ['AMAZON.StopIntent', 'AMAZON.CancelIntent'].includes(
          (r.envelope.request as { intent?: { name?: string } }).intent?.name ?? '',
        ),
      );
      expect(goodbyes.length).toBeGreaterThan(0);
      for (const bye of goodbyes) {
        expect(bye.card).toBeUndefined();
        expect(leaksIn(bye.speech, NAMES)).toEqual([]);
      }
      // The crisis answers never carry a card.
      const crisis = replies.filter((r) => /can't call anyone/.test(r.speech));
      expect(crisis.length).toBeGreaterThan(0);
      for (const r of crisis) expect(r.card).toBeUndefined();
    },
  );
});
