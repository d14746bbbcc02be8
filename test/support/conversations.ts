import { stringsFor } from '../../lambda/speech';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { householdIdFor } from '../../lambda/domain/ids';
import { noteRecordSchema } from '../../lambda/domain/notes/record';
import { MODELS_DIR } from '../../tools/model/build-model';
import type { Device } from '../../tools/device';
import type { Harness } from './harness';

/** Helpers shared by the conversation tests: what is stored, what the model has, common turns. */

/** The household's notes that are still readable now, parsed as the skill stores them. */
export async function notesOf(harness: Harness, device: Device) {
  return harness.store.queryRecords(
    householdIdFor(device.userId),
    'NOTE',
    [],
    noteRecordSchema,
    harness.clock.now(),
  );
}

/** Every note record stored for the household, unparsed; a clock at the epoch reads expired ones too. */
export async function storedNotesOf(harness: Harness, device: Device) {
  return harness.store.queryRecords(householdIdFor(device.userId), 'NOTE', [], z.unknown(), new Date(0));
}

/** The intent names of the generated en-US interaction model. */
export const modelIntents: ReadonlySet<string> = new Set(
  (
    JSON.parse(readFileSync(join(MODELS_DIR, 'en-US.json'), 'utf8')) as {
      interactionModel: { languageModel: { intents: { name: string }[] } };
    }
  ).interactionModel.languageModel.intents.map((i) => i.name),
);

/** `it` once the model has the quick note intents, `it.skip` before. */
export const withNotes =
  modelIntents.has('QuickNoteIntent') && modelIntents.has('NotePartIntent') ? it : it.skip;

/** One quick note, naming the speaker when the voice is not known, then the session closes. */
export async function quickNote(device: Device, name: string, parts: readonly string[]) {
  await device.intent('QuickNoteIntent');
  if (!device.personId) await device.intent('IdentifySpeakerIntent', { name });
  for (const text of parts) await device.intent('NotePartIntent', { text });
  device.close();
}

/** Teaches the skill this device's voice: a launch, "I'm <name>", and the session closes. */
export async function linkVoice(device: Device, name: string): Promise<void> {
  await device.launch();
  await device.intent('IdentifySpeakerIntent', { name });
  device.close();
}

/** A check-in question's wording, as the skill speaks it (the bank: lambda/speech/en/questions.ts). */
export function questionText(id: string): string {
  return stringsFor('en-US').checkin.question(id);
}
