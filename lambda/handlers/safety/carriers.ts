/**
 * The words Alexa strips before a free-text slot. A sample such as "i needed {need}" hands the
 * skill only what followed the carrier, so "I needed to not be alive" reaches the gate as "to
 * not be alive", which on its own is nobody's wish. For the slots whose samples put the
 * speaker's own want, feeling or plan before the value, the gate scans the value again with each
 * such carrier put back. One carrier stands for a family of samples: every sample of it says the
 * same of the speaker ("what I needed was", "all I wanted was", "I really needed");
 * test/unit/crisis-carriers.test.ts checks each carrier against the interaction model.
 */
export const CARRIERS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  // "i needed {need}", "what i wanted was {need}", "i needed to {need}": a need or a want
  // (the last strips "to" too: "I needed to not be alive" arrives as "not be alive").
  TimeOutNeedIntent: { need: ['i needed', 'i needed to'] },
  // NotePartIntent has none: its samples carry only command filler, so a part arrives whole
  // ("i felt unsafe"), as tools/model/dictation.ts requires of every dictation slot.
  // "this week i'm going to {step}", "i'll try to {step}": a plan.
  SmallStepIntent: { step: ['i am going to'] },
};

/** The value as said: with each of its slot's carriers put back, the value itself first. */
export function withCarriers(intent: string, slot: string, value: string): string[] {
  return [value, ...(CARRIERS[intent]?.[slot] ?? []).map((carrier) => `${carrier} ${value}`)];
}
