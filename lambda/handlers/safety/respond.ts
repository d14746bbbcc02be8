import type { Response } from 'ask-sdk-model';
import { scopeGrantedInContext } from '../../alexa/permissions';
import { Timers, TIMERS_SCOPE } from '../../alexa/timers';
import type { CrisisKind, CrisisMatch } from '../../domain/safety/crisis';
import type { Turn } from '../../turn';
import type { Continuation } from '../flow';
import { DICTATE as NOTE_DICTATION_DIALOG } from '../notes/dialogs';
import { CRISIS_DIALOG, safetyDialogSchema, type CrisisDialog } from './dialogs';

/**
 * The crisis answer, shared by every feature: when dictated text matches the crisis list (or
 * someone asks for help), the exercise stops and this speaks the locale's resources.
 *
 * - The dialog in progress is replaced, so the next "yes" means "repeat the numbers slowly",
 *   not "save the note". Nothing of the triggering text is written here.
 * - The session stays open (a question with a reprompt) and no card is sent.
 * - `options.keep`: a feature that holds the triggering text may offer to keep it. The text
 *   stays in the session only (inside `keep.args`) and is saved only if the person says
 *   "keep my note"; then the feature's continuation named `keep.name` runs (offered through
 *   `Feature.keepAfterCrisis`, lambda/feature.ts), after asking who is speaking if not known.
 */
export interface CrisisOptions {
  /** Offer "keep my note": what to run, with the held text in its args (session only). */
  keep?: Continuation;
}

/**
 * A running check-in's timer would relaunch the skill into the next question minutes after
 * someone said they are not safe; the exercise stops, so its timers go too. Best effort and
 * database-free: the crisis answer must not wait on, or fail with, anything else.
 */
async function stopExerciseTimers(turn: Turn): Promise<void> {
  const api = turn.alexaApi();
  if (!api || !scopeGrantedInContext(turn.input.requestEnvelope, TIMERS_SCOPE)) return;
  try {
    await new Timers(api).cancelAll();
  } catch (error) {
    turn.logger.warn('could not cancel timers after a crisis answer', { errorName: (error as Error)?.name });
  }
}

export async function respondToCrisis(
  turn: Turn,
  match: CrisisMatch,
  options: CrisisOptions = {},
): Promise<Response> {
  await stopExerciseTimers(turn);
  // Every part said before was written before its next prompt; "keep my note" can say so.
  const noteInProgress = turn.session.dialog?.kind === NOTE_DICTATION_DIALOG;
  const dialog: CrisisDialog = {
    kind: CRISIS_DIALOG,
    crisisKind: match.kind,
    ...(noteInProgress ? { noteInProgress } : {}),
    ...(options.keep ? { keep: { name: options.keep.name, args: options.keep.args ?? {} } } : {}),
  };
  turn.setDialog(dialog);
  turn.session.safeGoodbye = true;
  turn.deps.metrics.count('CrisisResourcesGiven');
  // No kind, no text, no phrase: only that the gate answered.
  turn.logger.info('crisis resources given');
  const { safety } = turn.t;
  return turn.ask(safety.crisis(match.kind, { canKeep: options.keep !== undefined }), safety.crisisReprompt);
}

/**
 * The crisis dialog of this session, when the last thing the skill did was the crisis answer
 * (and it names which kind of danger; one that does not is read as no crisis dialog).
 */
export function crisisDialog(turn: Turn): (CrisisDialog & { crisisKind: CrisisKind }) | undefined {
  const dialog = turn.dialogOf(safetyDialogSchema);
  if (dialog?.kind !== CRISIS_DIALOG || !dialog.crisisKind) return undefined;
  return { ...dialog, crisisKind: dialog.crisisKind };
}

/** Repeats the resources slowly, keeping the crisis dialog (and anything held) as it was. */
export function repeatSlowly(turn: Turn, kind: CrisisKind): Response {
  const { safety } = turn.t;
  return turn.ask(safety.crisisSlowly(kind), safety.crisisSlowlyReprompt);
}
