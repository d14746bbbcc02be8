import type { Response } from 'ask-sdk-model';
import {
  otherPartner,
  partner as partnerById,
  partnerForVoice,
  type PartnerId,
} from '../../domain/household';
import {
  answer,
  answeredCount,
  currentPart,
  goTo,
  entriesOf,
  isFinished,
  mergeDrafts,
  newDraft,
  revealReady,
  skip,
  withDraft,
  type Draft,
} from '../../domain/notes/slice';
import { parkedOf } from '../../domain/notes/parked';
import { saveNote } from '../../domain/notes/save';
import { commandIn, type Command } from './commands';
import { capAnswer, partsOf, type PartId } from '../../domain/notes/templates';
import type { NoteKind } from '../../domain/week/activity';
import { speech, type Ssml } from '../../speech/ssml';
import type { Turn } from '../../turn';
import { askSetupFirst, goodbye, isRequestType, type Continuation } from '../flow';
import { currentWeekStart } from '../week-of';
import {
  DICTATE,
  dictationOf,
  dictationSchema,
  HANDED_OFF,
  handedOffSchema,
  heldOf,
  hold,
  markHandedOff,
  persistDraft,
  isStorageFault,
  releaseHeld,
  setDictation,
  type Dictation,
  whatNext,
} from './session';

/**
 * The dictation engine, generic over templates: one part per turn, each answer written before
 * the next prompt, held in the session when the database cannot take it, saved as a record at
 * the end. Every dictated text has passed the safety gate (handlers/safety/gate.ts) first.
 */

export { commandIn, markHandedOff, mergeDrafts, persistDraft };

export const NOTE_PART_INTENT = 'NotePartIntent';
export const TEXT_SLOT = 'text';

export type Prefix = (Ssml | false | undefined)[];

/** Tries to save a draft held from an earlier turn. True when something held was saved now. */
export async function flushHeld(turn: Turn): Promise<boolean> {
  const held = heldOf(turn);
  if (!held) return false;
  if (held.draft.finishedAt) {
    const saved = await trySave(turn, held.partner, held.draft);
    return saved !== undefined;
  }
  const result = await persistDraft(turn, held.partner, held.draft);
  return result.ok;
}

/** Asks the draft's current part, eliciting the free-text slot so the answer comes back whole. */
export function askPart(turn: Turn, partner: PartnerId, draft: Draft, prefix: Prefix = []) {
  const { notes } = turn.t;
  const part = currentPart(draft) ?? partsOf(draft.kind)[0]!;
  const input = turn.input;
  setDictation(turn, partner, draft);
  // Dialog directives are only valid in answer to an IntentRequest (not a LaunchRequest).
  if (isRequestType(input, 'IntentRequest')) {
    input.responseBuilder.addElicitSlotDirective(TEXT_SLOT, {
      name: NOTE_PART_INTENT,
      confirmationStatus: 'NONE',
      slots: { [TEXT_SLOT]: { name: TEXT_SLOT, confirmationStatus: 'NONE' } },
    });
  }
  return turn.ask(speech(...prefix, notes.question[part]), notes.reprompt[part]);
}

/** The draft the dictation is working on: held, stored, or new from the session's dialog. */
async function baseDraft(turn: Turn, d: Dictation): Promise<Draft> {
  const held = heldOf(turn);
  // Without the stored draft (the database is down), the parts before this one are unknown here:
  // they are marked skipped only in this copy, and the stored answers win when it is merged.
  const fromDialog: Draft = {
    ...newDraft(d.noteKind, d.noteId, new Date(d.startedAt)),
    skipped: partsOf(d.noteKind).slice(0, d.current),
    current: d.current,
  };
  try {
    const household = await turn.household();
    const stored = household?.notes.drafts[d.partner];
    const base =
      held && held.partner === d.partner && held.draft.noteId === d.noteId ? held.draft : undefined;
    // The dialog says which part is being asked: a held draft's own position may be stale
    // (after "go back", the held copy still points at the part it was saved from).
    if (base) return { ...mergeDrafts(stored, base), current: d.current };
    if (stored && stored.noteId === d.noteId) return { ...stored, current: d.current };
    return fromDialog;
  } catch (error) {
    if (!isStorageFault(error)) throw error;
    if (held && held.partner === d.partner && held.draft.noteId === d.noteId)
      return { ...held.draft, current: d.current };
    return fromDialog;
  }
}

export async function onAnswer(
  turn: Turn,
  d: Dictation,
  raw: string | undefined,
  lead: Prefix = [],
): Promise<Response> {
  const { notes } = turn.t;
  if (!raw) {
    const draft = await baseDraft(turn, d);
    return askPart(turn, d.partner, draft, [notes.didNotCatch]);
  }
  const command = commandIn(raw);
  if (command) return onCommand(turn, d, command.command, command.part);
  const wrongVoice = await otherVoice(turn, d.partner);
  if (wrongVoice) return wrongVoice(await baseDraft(turn, d));

  const { text, shortened } = capAnswer(raw);
  const base = await baseDraft(turn, d);
  const answered = answer(base, text);
  // The last part goes straight into the note's own transaction: still one write this turn.
  if (isFinished(answered))
    return finishNote(turn, d.partner, answered, [...lead, shortened && notes.shortened]);
  const result = await persistDraft(turn, d.partner, answered);
  const prefix: Prefix = [
    ...lead,
    shortened && notes.shortened,
    result.flushed && notes.heldSaved,
    !result.ok && notes.held,
  ];
  if (isFinished(result.draft)) return finishNote(turn, d.partner, result.draft, prefix);
  const ack = notes.acknowledgements[result.draft.current % notes.acknowledgements.length];
  return askPart(turn, d.partner, result.draft, [result.ok && !shortened && !lead.length && ack, ...prefix]);
}

/** With recognized voices, the other partner's words never go into this partner's note. */
async function otherVoice(turn: Turn, owner: PartnerId): Promise<((draft: Draft) => Response) | undefined> {
  if (!turn.voiceId) return undefined;
  try {
    const household = await turn.setUpHousehold();
    const speaking = household ? partnerForVoice(household, turn.voiceId) : undefined;
    if (!household || !speaking || speaking.id === owner) return undefined;
    const ownerName = partnerById(household, owner).name;
    return (draft) => askPart(turn, owner, draft, [turn.t.notes.notYourNote(ownerName, speaking.name)]);
  } catch (error) {
    if (isStorageFault(error)) return undefined;
    throw error;
  }
}

/**
 * When the safety gate stops a note for what was just dictated, the words are not stored: not
 * in the draft, not in the log. They stay in the session only, inside the safety answer's
 * offer, and are saved only if the person says "keep my note" (the continuation below).
 * Capped like a stored answer, so a very long dictation cannot push the response over 24 KB.
 */
export function keepAfterCrisisOffer(turn: Turn, text: string | undefined): Continuation | undefined {
  const d = dictationOf(turn);
  if (!d || !text) return undefined;
  turn.deps.metrics.count('CrisisInNote');
  return { name: KEEP_AFTER_CRISIS, args: { ...d, kind: undefined, text: capAnswer(text).text } };
}

export const KEEP_AFTER_CRISIS = 'notes.keepAfterCrisis';

/** "Keep my note" after the crisis answer: the held words go into the draft, which stays for later. */
export async function keepAfterCrisis(turn: Turn, args: Record<string, unknown>): Promise<Response> {
  const { notes } = turn.t;
  const parsed = dictationSchema.safeParse({ ...args, kind: DICTATE });
  const text = typeof args.text === 'string' ? args.text : undefined;
  if (!parsed.success || !text) {
    return whatNext(turn, notes.noteGone);
  }
  const d: Dictation = parsed.data;
  const base = await baseDraft(turn, d);
  const result = await persistDraft(turn, d.partner, answer(base, capAnswer(text).text));
  return whatNext(turn, result.ok ? notes.keptAfterCrisis : notes.held);
}

export async function onCommand(
  turn: Turn,
  d: Dictation,
  command: Command,
  part?: PartId,
): Promise<Response> {
  const { notes } = turn.t;
  if (command === 'stop') return stopDictation(turn, d);
  const base = await baseDraft(turn, d);
  switch (command) {
    case 'skip': {
      const skipped = skip(base);
      if (isFinished(skipped)) return finishNote(turn, d.partner, skipped, [notes.skipped]);
      const result = await persistDraft(turn, d.partner, skipped);
      const prefix: Prefix = [notes.skipped, result.flushed && notes.heldSaved, !result.ok && notes.held];
      if (isFinished(result.draft)) return finishNote(turn, d.partner, result.draft, prefix);
      return askPart(turn, d.partner, result.draft, prefix);
    }
    case 'back': {
      if (part !== undefined) {
        const index = partsOf(base.kind).indexOf(part);
        if (index === -1) return askPart(turn, d.partner, base, [notes.notInThisNote(base.kind)]);
        return askPart(turn, d.partner, goTo(base, index), [notes.goingBack(base.answers[part])]);
      }
      if (base.current === 0) return askPart(turn, d.partner, base, [notes.atFirstPart]);
      const back = goTo(base, base.current - 1);
      return askPart(turn, d.partner, back, [notes.goingBack(base.answers[currentPart(back)!])]);
    }
    case 'readBack':
      return askPart(turn, d.partner, base, [notes.soFar(entriesOf(base))]);
    case 'finish':
      return finishNote(turn, d.partner, { ...base, current: partsOf(base.kind).length }, []);
  }
}

/**
 * Saves the note record with the household change in one transaction. Undefined on a storage
 * fault, with the note held in the session.
 */
export async function trySave(
  turn: Turn,
  partner: PartnerId,
  draft: Draft,
): Promise<{ weekStart: string; complete: boolean } | undefined> {
  const finishing: Draft = draft.finishedAt ? draft : { ...draft, finishedAt: turn.now.toISOString() };
  try {
    const weekStart = await currentWeekStart(turn);
    let complete = false;
    await turn.update((h) => {
      const saved = saveNote(h, partner, mergeDrafts(h.notes.drafts[partner], finishing), weekStart);
      complete = saved.record.complete;
      return { household: saved.household, records: saved.records };
    });
    releaseHeld(turn);
    turn.logger.info('note saved', { noteKind: draft.kind, complete });
    turn.deps.metrics.count('NoteSaved');
    return { weekStart, complete };
  } catch (error) {
    if (!isStorageFault(error)) throw error;
    hold(turn, partner, finishing);
    turn.logger.warn('note held in the session', { errorName: (error as Error).name });
    turn.deps.metrics.count('NoteHeld');
    return undefined;
  }
}

/** The end of a note: save it, read it back once briefly, then offer what comes next. */
export async function finishNote(
  turn: Turn,
  partner: PartnerId,
  draft: Draft,
  prefix: Prefix,
): Promise<Response> {
  const { notes } = turn.t;
  const entries = entriesOf(draft);
  if (entries.length === 0) {
    const cleared = await clearDraft(turn, partner);
    return whatNext(turn, ...prefix, cleared ? notes.nothingToSave : notes.held);
  }
  const saved = await trySave(turn, partner, draft);
  if (!saved) {
    setDictation(turn, partner, { ...draft, current: partsOf(draft.kind).length });
    return turn.ask(speech(...prefix, notes.saveFailed), notes.saveFailedReprompt);
  }
  const body = speech(
    ...prefix.filter((p) => p !== notes.held),
    notes.readBack(entries),
    saved.complete ? notes.saved : notes.savedIncomplete,
  );
  return nextAfterSave(turn, partner, draft.kind, saved.weekStart, body);
}

async function clearDraft(turn: Turn, partner: PartnerId): Promise<boolean> {
  try {
    await turn.update((h) => ({ ...h, notes: withDraft(h.notes, partner, undefined) }));
    releaseHeld(turn);
    return true;
  } catch (error) {
    if (!isStorageFault(error)) throw error;
    return false;
  }
}

/** After a saved note: the mutual reveal, the other partner's turn, or what else to do. */
async function nextAfterSave(
  turn: Turn,
  author: PartnerId,
  kind: NoteKind,
  weekStart: string,
  body: Ssml,
): Promise<Response> {
  const { notes } = turn.t;
  const household = await turn.setUpHousehold();
  if (!household) return askSetupFirst(turn);
  // A note put aside for this one is named, so it is not forgotten.
  const waiting = parkedOf(household.notes, author)[0];
  if (waiting) body = speech(body, notes.stillWaiting(waiting.kind));
  if (kind === 'pattern' && revealReady(household.notes, weekStart)) {
    turn.setDialog({ kind: 'notes.reveal.offer' });
    return turn.ask(speech(body, notes.offerReveal), notes.offerRevealReprompt);
  }
  if (kind === 'badweek' || kind === 'pretherapy') {
    // Offered whatever the other partner has written this week: leaving it out would tell
    // whoever is listening that they have (or are in the middle of) such a note. Only the
    // hand-off this session already made is not offered back.
    const handedOff = handedOffSchema.safeParse(turn.session[HANDED_OFF]);
    const answeringHandOff =
      handedOff.success && handedOff.data.to === author && handedOff.data.noteKind === kind;
    delete turn.session[HANDED_OFF];
    if (!answeringHandOff) {
      const other = otherPartner(household, author);
      turn.setDialog({ kind: 'notes.handoff', to: other.id, noteKind: kind, from: author });
      return turn.ask(
        speech(body, notes.offerHandOff(other.name, kind)),
        notes.offerHandOffReprompt(other.name),
      );
    }
  }
  return whatNext(turn, body);
}

/** "Stop" in the middle of a note: the draft is kept; a held part gets one more try. */
export async function stopDictation(turn: Turn, d: Dictation | undefined): Promise<Response> {
  const { notes } = turn.t;
  const held = heldOf(turn);
  if (held) {
    const saved = await flushHeld(turn);
    if (!saved) {
      turn.setDialog({ kind: 'notes.heldStop' });
      return turn.ask(notes.stillHolding, notes.stillHoldingReprompt);
    }
    return turn.tell(speech(notes.heldSaved, notes.keptForLater));
  }
  let answered = 0;
  if (d) {
    try {
      const household = await turn.household();
      const stored = household?.notes.drafts[d.partner];
      answered = stored && stored.noteId === d.noteId ? answeredCount(stored) : 0;
    } catch (error) {
      if (!isStorageFault(error)) throw error;
      answered = 1; // We cannot look; say what is true of what was saved before.
    }
  }
  return turn.tell(answered > 0 ? notes.keptForLater : goodbye(turn));
}

export { dictationOf };
