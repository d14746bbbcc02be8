import { currentSpeaking, isStale } from '../../domain/checkin/machine';
import { partner } from '../../domain/household';
import type { HelpHook } from '../../turn';
import { DIALOG } from './dialogs';
import { questionText } from './shared';

/**
 * "Help" in the middle of a check-in: what can be said in this moment. During a turn (nothing
 * asked, or "carry on?" at launch) that is the turn's commands and its question; while the
 * check-in is being set up or closed, the answers its question takes.
 */
export const checkinHelp: HelpHook = async (turn) => {
  const { help } = turn.t;
  const kind = turn.session.dialog?.kind;
  if (kind === DIALOG.confirmStart || kind === DIALOG.whoFirst) return { say: help.checkinAsking };
  if (kind === DIALOG.offerReminders) return { say: help.checkinOfferReminders };
  if (kind === DIALOG.remindersHow) return { say: help.checkinReminders };
  // Another feature's question waits: its moment, not the check-in's.
  if (kind !== undefined && kind !== DIALOG.offerContinue) return undefined;
  const household = await turn.setUpHousehold();
  const active = household?.checkin.active;
  if (!household || !active || isStale(active, turn.now)) return undefined;
  if (active.state === 'awaiting-permission') return { say: help.checkinWaitingForTimers };
  const cur = currentSpeaking(active);
  const name = partner(household, cur.partner).name;
  if (active.state === 'turn-paused') {
    return { say: help.checkinPaused(name, turn.t.checkin.timeLeftPhrase(cur.pausedRemainingMs ?? 0)) };
  }
  if (active.state === 'turn-running')
    return { say: help.checkinRunning(name, questionText(turn, cur.questionId)) };
  return undefined;
};
