import type { HandlerInput } from 'ask-sdk-core';
import { getIntentName } from '../../alexa/sdk';
import type { Response } from 'ask-sdk-model';
import type { Household, Partner, PartnerId } from '../../domain/household';
import { firstMissing, mergeDrafts, type Draft } from '../../domain/notes/slice';
import { capAnswer } from '../../domain/notes/templates';
import type { Turn } from '../../turn';
import { requireSpeaker, slot } from '../flow';
import { commandIn, onAnswer } from './engine';
import { DICTATE, heldOf, isStorageFault, whatNext, type Dictation } from './session';

/**
 * Dictated words that arrive where the dictation did not expect them. Nothing a partner says
 * for their note is dropped or sent somewhere else: "what's our focus" said mid-note ends the
 * dictation, and the next "I felt unheard" still belongs in the note; an answer Alexa hears as
 * another feature's free text ("I appreciate…", "let's focus on…") is the note's, not a shared
 * appreciation or the week's focus.
 */

/** Intents that carry free text of their own, by their text slots: mid-note, Alexa may hear an answer as one. */
export const TEXT_CARRIERS: Record<string, readonly string[]> = {
  AppreciationIntent: ['appreciation'],
  SetFocusIntent: ['focusText', 'theme'],
  SmallStepIntent: ['step'],
  SetRepairPhraseIntent: ['phrase'],
  GoodThingDoneIntent: ['goodThing'],
  TimeOutNeedIntent: ['need'],
};

/** The words a carrier intent holds (its first filled text slot), when it is one. */
export function carriedText(input: HandlerInput): string | undefined {
  const slots = TEXT_CARRIERS[getIntentName(input.requestEnvelope)] ?? [];
  return slots.map((name) => slot(input, name)).find((text) => text !== undefined && text.trim() !== '');
}

export const PART_OUTSIDE = 'notes.partOutside';

/** The open note a partner is dictating (a part held in the session merged in), if any. */
function openNote(turn: Turn, household: Household, id: PartnerId): Draft | undefined {
  const held = heldOf(turn);
  const stored = household.notes.drafts[id];
  return held?.partner === id && !held.draft.finishedAt ? mergeDrafts(stored, held.draft) : stored;
}

/**
 * Dictated words outside a dictation (NotePartIntent heard with no part being asked): they go
 * into the speaker's open note, at its first part still missing. Unknown speaker with a note
 * open in the household: "Is this Alex or Sam?" first, the words kept in the question's
 * continuation. Undefined when there is no open note to put them in (nothing is stored then).
 */
export async function answerOutside(turn: Turn, raw: string | undefined): Promise<Response | undefined> {
  if (!raw || commandIn(raw)) return undefined;
  try {
    const household = await turn.setUpHousehold();
    if (!household) return undefined;
    const known = await turn.speaker();
    if (known) return await addToOpenNote(turn, known, raw);
    if (!household.partners.some((p) => openNote(turn, household, p.id))) return undefined;
    const asked = await requireSpeaker(turn, { name: PART_OUTSIDE, args: { text: capAnswer(raw).text } });
    return 'id' in asked ? await addToOpenNote(turn, asked, raw) : asked;
  } catch (error) {
    if (isStorageFault(error)) return undefined;
    throw error;
  }
}

/** Puts the words into the partner's open note, or undefined when they have none. */
export async function addToOpenNote(
  turn: Turn,
  speaker: Partner,
  raw: string,
): Promise<Response | undefined> {
  const household = await turn.setUpHousehold();
  const open = household ? openNote(turn, household, speaker.id) : undefined;
  const current = open ? firstMissing(open) : undefined;
  if (!open || current === undefined) return undefined;
  const d: Dictation = {
    kind: DICTATE,
    partner: speaker.id,
    noteId: open.noteId,
    noteKind: open.kind,
    startedAt: open.startedAt,
    current,
  };
  return onAnswer(turn, d, raw, [turn.t.notes.addedTo(open.kind)]);
}

/** "Is this Alex or Sam?" answered: the words go into that partner's open note. */
export async function partOutsideContinued(
  turn: Turn,
  speaker: Partner,
  args: Record<string, unknown>,
): Promise<Response> {
  const text = typeof args.text === 'string' ? args.text : undefined;
  const added = text ? await addToOpenNote(turn, speaker, text) : undefined;
  return added ?? whatNext(turn, turn.t.notes.notDictating);
}
