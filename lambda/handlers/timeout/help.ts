import { breakRemainingMs, isStale } from '../../domain/timeout/machine';
import type { HelpHook } from '../../turn';
import { timeoutDialog } from './dialogs';

/**
 * "Help" during a time-out: what can be said in this moment. During the break (nothing asked,
 * or "come back now?" at launch) that is the breathing guide and "we're back"; at the proposal,
 * the restart and the note offer, the answers each question takes.
 */
export const timeoutHelp: HelpHook = async (turn) => {
  const { help } = turn.t;
  const dialog = timeoutDialog(turn);
  switch (dialog?.kind) {
    case 'timeout.propose':
    case 'timeout.offerStart':
      return { say: help.timeoutProposed };
    case 'timeout.restart':
    case 'timeout.restartSecond':
    case 'timeout.offerRestart':
      return { say: help.timeoutRestart };
    case 'timeout.offerNote':
      return { say: help.timeoutOfferNote };
    case 'timeout.offerComeBack':
    case undefined:
      break;
  }
  // Another feature's question waits: its moment, not the time-out's.
  if (!dialog && turn.session.dialog) return undefined;
  const active = (await turn.household())?.timeout.active;
  if (!active || active.state !== 'running' || isStale(active, turn.now)) return undefined;
  const left = breakRemainingMs(active, turn.now);
  return { say: help.timeoutBreak(left > 0 ? turn.t.checkin.timeLeftPhrase(left) : undefined) };
};
