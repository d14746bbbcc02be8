import type { Response } from 'ask-sdk-model';
import { closeStale } from '../../domain/checkin/changes';
import type { ActiveCheckin } from '../../domain/checkin/slice';
import type { Ssml } from '../../speech/ssml';
import type { Turn } from '../../turn';
import { DIALOG } from './dialogs';
import { weekStartAt } from './shared';

/** A check-in left untouched too long, and the answer when there is none to act on. */

/** Closes a check-in left open too long as unfinished (one write); the couple hears about it now. */
export async function closeStaleCheckin(turn: Turn, active: ActiveCheckin): Promise<void> {
  const week = await weekStartAt(turn, new Date(active.touchedAt));
  await turn.update((h) => closeStale(h, active.id, turn.now, week, true));
  turn.deps.metrics.count('CheckinUnfinished');
  turn.logger.info('stale check-in closed as unfinished');
}

export async function staleAnswer(turn: Turn, active: ActiveCheckin): Promise<Response> {
  await closeStaleCheckin(turn, active);
  turn.setDialog({ kind: DIALOG.offerStart });
  return turn.ask(turn.t.checkin.staleClosed, turn.t.checkin.noActiveReprompt);
}

export function noActiveAnswer(turn: Turn, prefix?: Ssml): Response {
  turn.setDialog({ kind: DIALOG.offerStart });
  return turn.ask(turn.t.checkin.speech(prefix, turn.t.checkin.noActive), turn.t.checkin.noActiveReprompt);
}
