import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUPPORTED_LOCALES } from '../../lambda/domain/locale';
import { buildModel, dictationSlots, MODELS_DIR, readFragments } from '../../tools/model/build-model';
import { carrierProblems, contentLead } from '../../tools/model/dictation';

/**
 * A partner's dictated words are kept as said: no sample of a dictation slot may open with words
 * the person means ("I tried {text}" would store "to explain" for "I tried to explain").
 */
interface Intent {
  name: string;
  slots?: { name: string; type: string; samples?: string[] }[];
  samples?: string[];
}
interface Model {
  interactionModel: {
    languageModel: { intents: Intent[] };
    dialog?: {
      intents: { name: string; slots?: { name: string; type: string; elicitationRequired?: boolean }[] }[];
    };
  };
}

const readModel = (locale: string) =>
  JSON.parse(readFileSync(join(MODELS_DIR, `${locale}.json`), 'utf8')) as Model;

function withSample(model: Model, intent: string, sample: string, slot?: string): Model {
  const copy = structuredClone(model);
  const target = copy.interactionModel.languageModel.intents.find((i) => i.name === intent)!;
  if (slot) target.slots!.find((s) => s.name === slot)!.samples!.push(sample);
  else target.samples!.push(sample);
  return copy;
}

const problemsOf = (model: Model) =>
  carrierProblems(
    model.interactionModel.languageModel.intents,
    model.interactionModel.dialog?.intents ?? [],
    dictationSlots(),
  );

describe('dictation slots keep the whole answer', () => {
  it('tells words a person means from command filler', () => {
    for (const carrier of [
      'I tried {text}',
      'I felt {text}',
      "I'd say {text}",
      'we {text}',
      'my partner {text}',
    ])
      expect(contentLead(carrier)).toBeDefined();
    expect(contentLead('I noticed that {text}')).toBe('i');
    expect(contentLead('what I tried was {text}')).toBe('what i');
    for (const filler of ['{text}', 'my answer is {text}', 'write down that {text}', 'note that {text}'])
      expect(contentLead(filler)).toBeUndefined();
  });

  it.each(SUPPORTED_LOCALES)(
    '%s: no dictation or elicited free-text slot has a content-bearing carrier',
    (locale) => {
      const model = readModel(locale);
      expect(problemsOf(model)).toEqual([]);
      // The note part is the slot kept as said; its answers are whole ("{text}" when asked).
      expect(dictationSlots()).toContain('NotePartIntent.text');
      const part = model.interactionModel.languageModel.intents.find((i) => i.name === 'NotePartIntent')!;
      expect(part.slots!.find((s) => s.name === 'text')!.samples).toContain('{text}');
      expect(part.samples!.length).toBeGreaterThanOrEqual(10);
    },
  );

  it('fails on a carrier that would cut the leading words, in a slot or intent sample', () => {
    const model = readModel('en-US');

    const asSlot = problemsOf(withSample(model, 'NotePartIntent', 'I tried {text}', 'text'));
    const asIntent = problemsOf(withSample(model, 'NotePartIntent', 'we noticed {text}'));
    const elicited = problemsOf(withSample(model, 'TimeOutNeedIntent', 'I needed {need}', 'need'));
    const filler = problemsOf(withSample(model, 'NotePartIntent', 'please note that {text}'));

    expect(asSlot).toEqual([expect.stringContaining('"I tried {text}" opens with "i"')]);
    expect(asIntent).toEqual([expect.stringContaining('"we noticed {text}" opens with "we"')]);
    expect(elicited).toEqual([expect.stringContaining('TimeOutNeedIntent.need (elicitation)')]);
    expect(filler).toEqual([]);
  });

  it('the model build itself refuses such a carrier in a fragment', () => {
    // Prepare: the real fragments, with "I tried {text}" put back into the note part's samples.
    const fragments = readFragments().map((f) => structuredClone(f.fragment));
    const notes = fragments.find((f) => f.dictation?.includes('NotePartIntent.text'))!;
    const part = notes.intents!.find((i) => i.name === 'NotePartIntent')!;

    // Act / Assess
    expect(() => buildModel(fragments)).not.toThrow();
    part.samples = [...part.samples!, '(i tried|i felt) {text}'];
    expect(() => buildModel(fragments)).toThrow(/NotePartIntent\.text \(intent sample\): "i tried \{text\}"/);
  });
});
