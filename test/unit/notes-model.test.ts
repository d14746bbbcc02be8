import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOTE_PART_INTENT, TEXT_SLOT } from '../../lambda/handlers/notes/engine';
import { PART_IDS, PART_NAMES, type PartId } from '../../lambda/domain/notes/templates';
import { buildModel, FRAGMENTS_DIR } from '../../tools/model/build-model';

/**
 * The rules Alexa's model build applies to phrase slots and dialog models, checked on the
 * generated model, so a model that would fail the build fails here first:
 *  - a sample with an AMAZON.SearchQuery slot needs a carrier phrase ("Sample intent utterances
 *    with phrase types cannot consist of only slots"); slot elicitation samples are the exception
 *    and may be just "{text}";
 *  - a sample with an AMAZON.SearchQuery slot holds no other slot;
 *  - an intent in the dialog model has no intent sample that is only slots;
 *  - every slot the skill elicits with Dialog.ElicitSlot is in the dialog model, with an elicitation
 *    prompt that exists and elicitation samples in the language model;
 *  - the dialog is the skill's own (SKILL_RESPONSE): Alexa never auto-delegates it.
 */

interface Slot {
  name: string;
  type: string;
  samples?: string[];
}
interface Intent {
  name: string;
  slots?: Slot[];
  samples?: string[];
}
interface DialogSlot {
  name: string;
  type: string;
  elicitationRequired?: boolean;
  confirmationRequired?: boolean;
  prompts?: { elicitation?: string; confirmation?: string };
}
interface DialogIntent {
  name: string;
  delegationStrategy?: string;
  confirmationRequired?: boolean;
  slots?: DialogSlot[];
}
interface Model {
  interactionModel: {
    languageModel: {
      intents: Intent[];
      types?: { name: string; values: { id?: string; name: { value: string; synonyms?: string[] } }[] }[];
    };
    dialog?: { delegationStrategy?: string; intents: DialogIntent[] };
    prompts?: { id: string; variations: { type: string; value: string }[] }[];
  };
}

const model = buildModel() as unknown as Model;
const { languageModel, dialog, prompts = [] } = model.interactionModel;
const slotsIn = (sample: string) => [...sample.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
const carrier = (sample: string) => sample.replace(/\{\w+\}/g, '').trim();

describe('the interaction model follows Alexa’s rules for phrase slots and dialogs', () => {
  it('gives every intent sample with a phrase slot a carrier phrase, and no other slot beside it', () => {
    const problems: string[] = [];
    for (const intent of languageModel.intents) {
      const phrase = new Set(
        (intent.slots ?? []).filter((s) => s.type === 'AMAZON.SearchQuery').map((s) => s.name),
      );
      if (phrase.size === 0) continue;
      for (const sample of intent.samples ?? []) {
        const used = slotsIn(sample);
        if (!used.some((s) => phrase.has(s))) continue;
        if (carrier(sample) === '') problems.push(`${intent.name}: "${sample}" has no carrier phrase`);
        if (used.length > 1)
          problems.push(`${intent.name}: "${sample}" mixes a phrase slot with other slots`);
      }
      for (const slot of intent.slots ?? []) {
        for (const sample of slot.samples ?? []) {
          const used = slotsIn(sample);
          if (phrase.has(slot.name) && used.some((s) => s !== slot.name))
            problems.push(`${intent.name}.${slot.name}: elicitation sample "${sample}" names another slot`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no intent sample that is only slots in an intent that has a dialog model', () => {
    const inDialog = new Set((dialog?.intents ?? []).map((i) => i.name));
    const bare = languageModel.intents
      .filter((i) => inDialog.has(i.name))
      .flatMap((i) => (i.samples ?? []).filter((s) => carrier(s) === '').map((s) => `${i.name}: "${s}"`));
    expect(bare).toEqual([]);
  });

  it('models the slot the notes engine elicits: in the dialog model, with a prompt and elicitation samples', () => {
    const intent = languageModel.intents.find((i) => i.name === NOTE_PART_INTENT);
    const slot = intent?.slots?.find((s) => s.name === TEXT_SLOT);
    expect(slot?.type).toBe('AMAZON.SearchQuery');
    // Bare "{text}" is allowed here, and is what lets a whole answer come back as the slot.
    expect(slot?.samples).toContain(`{${TEXT_SLOT}}`);
    const dialogIntent = dialog?.intents.find((i) => i.name === NOTE_PART_INTENT);
    const dialogSlot = dialogIntent?.slots?.find((s) => s.name === TEXT_SLOT);
    expect(dialogSlot).toMatchObject({ type: 'AMAZON.SearchQuery', elicitationRequired: true });
    expect(prompts.map((p) => p.id)).toContain(dialogSlot!.prompts!.elicitation);
    // The skill drives this dialog itself with Dialog.ElicitSlot.
    expect(dialogIntent?.delegationStrategy ?? dialog?.delegationStrategy).toBe('SKILL_RESPONSE');
  });

  it('keeps the dialog model consistent with the language model', () => {
    const problems: string[] = [];
    const promptIds = prompts.map((p) => p.id);
    if (new Set(promptIds).size !== promptIds.length) problems.push('duplicate prompt ids');
    for (const p of prompts) {
      if (p.variations.length === 0) problems.push(`prompt ${p.id} has no variations`);
      for (const v of p.variations)
        if (!['PlainText', 'SSML'].includes(v.type) || v.value.trim() === '')
          problems.push(`prompt ${p.id} has an empty or mistyped variation`);
    }
    for (const di of dialog?.intents ?? []) {
      const intent = languageModel.intents.find((i) => i.name === di.name);
      if (!intent) {
        problems.push(`dialog intent ${di.name} is not in the language model`);
        continue;
      }
      for (const ds of di.slots ?? []) {
        const slot = intent.slots?.find((s) => s.name === ds.name);
        if (!slot || slot.type !== ds.type)
          problems.push(`${di.name}.${ds.name} differs from the language model`);
        if (ds.elicitationRequired) {
          if (!ds.prompts?.elicitation || !promptIds.includes(ds.prompts.elicitation))
            problems.push(`${di.name}.${ds.name} needs an elicitation prompt`);
          if (!slot?.samples?.length) problems.push(`${di.name}.${ds.name} needs elicitation samples`);
        }
        if (ds.confirmationRequired && !promptIds.includes(ds.prompts?.confirmation ?? ''))
          problems.push(`${di.name}.${ds.name} needs a confirmation prompt`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes the notes samples only with characters Alexa accepts', () => {
    const fragment = JSON.parse(readFileSync(join(FRAGMENTS_DIR, 'notes.json'), 'utf8')) as {
      intents: Intent[];
    };
    // The fragment's samples are templates; what Alexa gets is their expansion in the model.
    const notesIntents = new Set(fragment.intents.map((i) => i.name));
    const bad = languageModel.intents
      .filter((i) => notesIntents.has(i.name))
      .flatMap((i) => [...(i.samples ?? []), ...(i.slots ?? []).flatMap((s) => s.samples ?? [])])
      .filter((s) => !/^[A-Za-z0-9 '.{}-]+$/.test(s) || /\{\w+\}'/.test(s));
    expect(bad).toEqual([]);
  });

  it('names every note part in the part type exactly once, as the engine knows them, with no synonym used twice', () => {
    const type = languageModel.types?.find((t) => t.name === 'NOTE_PART');
    const ids = (type?.values ?? []).map((v) => v.id);
    expect([...ids].sort()).toEqual([...PART_IDS].sort());
    for (const v of type?.values ?? [])
      expect([v.name.value, ...(v.name.synonyms ?? [])]).toEqual(PART_NAMES[v.id as PartId]);
    const words = (type?.values ?? []).flatMap((v) =>
      [v.name.value, ...(v.name.synonyms ?? [])].map((w) => w.toLowerCase()),
    );
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });
});
