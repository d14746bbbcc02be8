import type { Response } from 'ask-sdk-model';
import {
  partner,
  partnerForVoice,
  type Household,
  type Partner,
  type PartnerId,
} from '../../domain/household';
import { localDate, previousWeekStart } from '../../domain/week/calendar';
import { lastWeekOf, noteWeeksOf, thisWeek, type WeekView } from '../../domain/week/plan';
import { notePartsOf, notesForSummary, summaryNoteSchema, type SummaryNote } from '../../domain/week/summary';
import { packChunks } from '../../speech/chunks';
import { speech, type Ssml } from '../../speech/ssml';
import type { Turn } from '../../turn';
import { defineHandler } from '../define';
import { askSetupFirst, isIntent, requireSpeaker } from '../flow';
import { andAnythingElse, weekNow } from './common';
import { weekDialogSchema, type WeekDialog } from './dialogs';

/**
 * "Get us ready for our session": the week in under a minute per chunk; "tell me more" goes on.
 * The session keeps only positions (week, next chunk, whether to include the speaker's own
 * private notes), never the text: each chunk is rebuilt from the household item (one GetItem)
 * and this week's notes (one query, the only read beyond the household).
 */
interface SummaryState {
  kind: 'week.summary';
  week: string;
  speaker: PartnerId;
  includePrivate: boolean;
  next: number;
}

/** On the therapy day itself the week that just ended is the one to bring. */
async function summaryWeek(turn: Turn, household: Household): Promise<{ week: string; view: WeekView }> {
  const { timeZone, week } = await weekNow(turn);
  const today = localDate(turn.now, timeZone).date;
  if (household.settings.therapyDay !== undefined && today === week) {
    return { week: previousWeekStart(week), view: lastWeekOf(household, week) };
  }
  return { week, view: thisWeek(household, week) };
}

async function buildChunks(
  turn: Turn,
  household: Household,
  state: Pick<SummaryState, 'week' | 'speaker' | 'includePrivate'>,
  view: WeekView,
): Promise<Ssml[][]> {
  const w = turn.t.week;
  const { plan, activity } = view;
  const items: Ssml[] = [w.summaryIntro(household.settings.therapyDay), w.summaryFocus(plan.focus)];
  if (plan.steps.length) items.push(w.summarySteps(plan.steps.map((s) => s.text)));
  if (activity.checkinsCompleted)
    items.push(w.summaryCheckins(activity.checkinsCompleted, activity.checkinMinutes));
  if (activity.timeouts) items.push(w.summaryTimeouts(activity.timeouts, activity.timeoutsCameBack));
  if (plan.appreciations.length) items.push(w.summaryAppreciations(plan.appreciations.length));
  if (plan.goodThings.length) items.push(w.summaryGoodThings(plan.goodThings));
  // The one query beyond the household item: this week's notes. In the week the therapy day
  // changed, some of them are still filed under the week's old start; that week only, one more
  // query reads those (noteWeeksOf finds them from the week's activity refs).
  const pages = await Promise.all(
    noteWeeksOf(state.week, activity).map((week) =>
      turn.store.queryRecords<SummaryNote>(turn.householdId, 'NOTE', [week], summaryNoteSchema, turn.now),
    ),
  );
  const records = pages.flat();
  const { shared, own } = notesForSummary(records, state.speaker, state.includePrivate);
  for (const note of shared) {
    const authorName = partner(household, note.data.author).name;
    items.push(w.summarySharedHeader(authorName, note.data.kind));
    // Read by Alexa: "What Alex felt" to the other partner, "What you felt" to the author.
    const author = note.data.author === state.speaker ? undefined : authorName;
    for (const part of notePartsOf(note.data.parts)) items.push(w.summaryPart(part.part, part.text, author));
  }
  if (own.length) {
    items.push(w.summaryOwnHeader(partner(household, state.speaker).name));
    for (const note of own) {
      items.push(w.summaryOwnNote(note.data.kind));
      for (const part of notePartsOf(note.data.parts)) items.push(w.summaryPart(part.part, part.text));
    }
  }
  const little =
    !activity.checkinsCompleted &&
    !activity.timeouts &&
    !plan.appreciations.length &&
    !plan.goodThings.length &&
    !shared.length &&
    !own.length;
  if (little) items.push(w.summaryLittleWritten);
  return packChunks(items);
}

async function speakChunk(turn: Turn, state: Omit<SummaryState, 'kind'>): Promise<Response> {
  const household = await turn.setUpHousehold();
  if (!household) return askSetupFirst(turn);
  const { view } = await summaryWeek(turn, household);
  const chunks = await buildChunks(turn, household, state, view);
  const chunk = chunks[state.next];
  if (!chunk) return andAnythingElse(turn, turn.t.week.summaryDone);
  turn.logger.info('therapy summary chunk', { chunk: state.next, chunks: chunks.length });
  if (state.next + 1 < chunks.length) {
    turn.setDialog({ kind: 'week.summary', ...state, next: state.next + 1 });
    return turn.ask(speech(...chunk, turn.t.week.summaryMore), turn.t.week.summaryMoreReprompt);
  }
  return andAnythingElse(turn, speech(...chunk, turn.t.week.summaryEnd));
}

export async function startSummary(turn: Turn, speaker: Partner): Promise<Response> {
  const household = await turn.setUpHousehold();
  if (!household) return askSetupFirst(turn);
  const { week } = await summaryWeek(turn, household);
  const byVoice = partnerForVoice(household, turn.voiceId)?.id === speaker.id;
  if (byVoice) return speakChunk(turn, { week, speaker: speaker.id, includePrivate: true, next: 0 });
  // Voices not recognized: say who may hear before anything personal, and ask.
  turn.setDialog({ kind: 'week.summaryGate', week, speaker: speaker.id });
  return turn.ask(turn.t.week.privacyGate(speaker.name), turn.t.week.privacyGateReprompt);
}

export const readyForTherapyHandler = defineHandler({
  name: 'week.readyForTherapy',
  intents: ['ReadyForTherapyIntent'],
  needs: 'household',
  handle: async ({ turn }) => {
    const speaker = await requireSpeaker(turn, { name: 'week.summary' });
    if (!('id' in speaker)) return speaker;
    return startSummary(turn, speaker);
  },
});

/** Where the summary stands, from its dialog (the gate before it, or a chunk's "tell me more"). */
function stateOf(d: WeekDialog | undefined): Omit<SummaryState, 'kind'> | undefined {
  if (d?.kind !== 'week.summary' && d?.kind !== 'week.summaryGate') return undefined;
  if (d.week === undefined || d.speaker === undefined) return undefined;
  return {
    week: d.week,
    speaker: d.speaker,
    includePrivate: d.kind === 'week.summary' && d.includePrivate === true,
    next: d.kind === 'week.summary' ? (d.next ?? 0) : 0,
  };
}

export const summaryGateHandler = defineHandler({
  name: 'week.summaryGate',
  intents: ['AMAZON.YesIntent', 'AMAZON.NoIntent'],
  dialog: { schema: weekDialogSchema, kinds: ['week.summaryGate'] },
  // The household is read (and its absence answered) where each chunk is spoken.
  needs: 'nothing',
  handle: async ({ turn, input, dialog }) => {
    const state = stateOf(dialog);
    if (!state) return andAnythingElse(turn, turn.t.week.summaryDone);
    return speakChunk(turn, { ...state, includePrivate: isIntent(input, 'AMAZON.YesIntent'), next: 0 });
  },
});

export const tellMeMoreHandler = defineHandler({
  name: 'week.tellMeMore',
  intents: ['TellMeMoreIntent', 'AMAZON.YesIntent'],
  // "Tell me more" or "yes" after a chunk; "tell me more" with nothing open says it is done.
  when: (turn, input) =>
    turn.dialogIs('week.summary') || (isIntent(input, 'TellMeMoreIntent') && !turn.session.dialog),
  needs: 'nothing',
  handle: async ({ turn }) => {
    const dialog = turn.dialogOf(weekDialogSchema);
    const state = dialog?.kind === 'week.summary' ? stateOf(dialog) : undefined;
    if (!state) return andAnythingElse(turn, turn.t.week.summaryDone);
    return speakChunk(turn, state);
  },
});

export const summaryNoHandler = defineHandler({
  name: 'week.summaryNo',
  intents: ['AMAZON.NoIntent'],
  dialog: { schema: weekDialogSchema, kinds: ['week.summary'] },
  needs: 'nothing',
  handle: ({ turn }) => andAnythingElse(turn, turn.t.week.okay),
});
