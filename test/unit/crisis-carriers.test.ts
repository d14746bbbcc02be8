import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectCrisis, detectCrisisIn, normalizeForScan } from '../../lambda/domain/safety/crisis';
import { CARRIERS, withCarriers } from '../../lambda/handlers/safety/carriers';
import { MODELS_DIR } from '../../tools/model/build-model';

/**
 * Alexa strips a sample's carrier words: "i needed {need}" hands the skill "to not be alive".
 * The gate scans each free-text value as heard and with its slot's carrier put back
 * (handlers/safety/carriers.ts); these are the stripped forms, scanned the gate's way.
 * Held out: none of these sentences is a grammar example (test/safety/grammar-examples*.ts).
 */
const scan = (intent: string, slot: string, value: string) =>
  detectCrisisIn(withCarriers(intent, slot, value));

const DANGER: [intent: string, slot: string, value: string][] = [
  // "I needed ..." during a time-out's restart.
  ['TimeOutNeedIntent', 'need', 'to hurt myself'],
  ['TimeOutNeedIntent', 'need', 'to get away from him before he hits me again'],
  ['TimeOutNeedIntent', 'need', 'to not be alive'],
  ['TimeOutNeedIntent', 'need', 'not to be alive anymore'],
  ['TimeOutNeedIntent', 'need', 'to die'],
  ['TimeOutNeedIntent', 'need', 'to never wake up'],
  ['TimeOutNeedIntent', 'need', 'to not be here anymore'],
  ['TimeOutNeedIntent', 'need', 'to stop existing'],
  ['TimeOutNeedIntent', 'need', 'to be dead'],
  ['TimeOutNeedIntent', 'need', 'to hurt him'],
  ['TimeOutNeedIntent', 'need', 'to kill her'],
  ['TimeOutNeedIntent', 'need', 'to leave before he kills me'],
  // "i needed to {need}" strips the "to" as well.
  ['TimeOutNeedIntent', 'need', 'not be alive'],
  ['TimeOutNeedIntent', 'need', 'die'],
  ['TimeOutNeedIntent', 'need', 'hurt him'],
  ['TimeOutNeedIntent', 'need', 'to be safe from him'],
  // A pattern note's part arrives whole: its samples strip no words (tools/model/dictation.ts).
  ['NotePartIntent', 'text', 'i feel unsafe'],
  ['NotePartIntent', 'text', 'i felt in danger'],
  ['NotePartIntent', 'text', 'i felt like hurting him'],
  ['NotePartIntent', 'text', 'i tried to hurt her'],
  // "This week I'm going to ..." as a small step.
  ['SmallStepIntent', 'step', 'end it'],
  ['SmallStepIntent', 'step', 'hurt him'],
];

const NEAR_MISSES: [intent: string, slot: string, value: string][] = [
  ['TimeOutNeedIntent', 'need', 'to get some air'],
  ['TimeOutNeedIntent', 'need', 'to cool off before I said something unkind'],
  ['TimeOutNeedIntent', 'need', 'to not be in the same room for a bit'],
  ['TimeOutNeedIntent', 'need', 'to not be here while we were shouting'],
  ['TimeOutNeedIntent', 'need', 'to let it die down'],
  ['TimeOutNeedIntent', 'need', 'to not wake the kids'],
  ['TimeOutNeedIntent', 'need', 'to not exist in his eyes for a minute'],
  ['TimeOutNeedIntent', 'need', 'to stop living in the past'],
  ['TimeOutNeedIntent', 'need', 'you to stop interrupting me'],
  ['TimeOutNeedIntent', 'need', 'to walk away before I said something I would regret'],
  ['TimeOutNeedIntent', 'need', 'to be heard'],
  ['TimeOutNeedIntent', 'need', 'a hug'],
  ['TimeOutNeedIntent', 'need', 'to stop being so defensive'],
  ['NotePartIntent', 'text', 'i felt unheard'],
  ['NotePartIntent', 'text', 'i felt hurt by what he said'],
  ['NotePartIntent', 'text', 'i tried to hold my tongue'],
  ['NotePartIntent', 'text', 'i felt like giving up on the conversation'],
  ['SmallStepIntent', 'step', 'end the argument sooner'],
  ['SmallStepIntent', 'step', 'end it on a kind word'],
  ['SmallStepIntent', 'step', 'stop and breathe'],
];

interface ModelIntent {
  name: string;
  samples?: string[];
}

function samplesOf(intent: string): string[] {
  const model = JSON.parse(readFileSync(join(MODELS_DIR, 'en-US.json'), 'utf8')) as {
    interactionModel: { languageModel: { intents: ModelIntent[] } };
  };
  return model.interactionModel.languageModel.intents.find((i) => i.name === intent)?.samples ?? [];
}

describe('danger said after a carrier Alexa strips', () => {
  it.each(DANGER)('%s {%s}: "%s" is heard as danger', (intent, slot, value) => {
    expect(scan(intent, slot, value)).toBeDefined();
  });

  it.each(NEAR_MISSES)('%s {%s}: "%s" is not', (intent, slot, value) => {
    expect(scan(intent, slot, value)).toBeUndefined();
  });

  it('needs the carrier: the stripped words alone are nobody’s wish', () => {
    // Why the gate puts the carrier back: without it these were let through.
    expect(detectCrisis('to not be alive')).toBeUndefined();
    expect(detectCrisis('unsafe')).toBeUndefined();
    expect(detectCrisis('to hurt him')).toBeUndefined();
    expect(scan('TimeOutNeedIntent', 'need', 'to not be alive')?.category).toBe('suicide');
    expect(scan('NotePartIntent', 'text', 'i feel unsafe')?.category).toBe('immediate-danger');
    expect(withCarriers('NotePartIntent', 'text', 'unsafe')).toEqual(['unsafe']);
    expect(scan('TimeOutNeedIntent', 'need', 'to hurt him')?.category).toBe('harm-to-others');
  });

  it('puts back only carriers the interaction model really has before that slot', () => {
    for (const [intent, slots] of Object.entries(CARRIERS)) {
      for (const [slot, carriers] of Object.entries(slots)) {
        const said = samplesOf(intent).map((s) => normalizeForScan(s.replace(`{${slot}}`, 'slotvalue')));
        for (const carrier of carriers) {
          expect([intent, slot, carrier, said.some((s) => s.endsWith(`${carrier} slotvalue`))]).toEqual([
            intent,
            slot,
            carrier,
            true,
          ]);
        }
      }
    }
  });

  it('scans the value as heard first, and slots without carriers once', () => {
    expect(withCarriers('TimeOutNeedIntent', 'need', 'a hug')).toEqual([
      'a hug',
      'i needed a hug',
      'i needed to a hug',
    ]);
    expect(withCarriers('SetRepairPhraseIntent', 'phrase', 'can we start over')).toEqual([
      'can we start over',
    ]);
  });
});
