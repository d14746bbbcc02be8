import { isStale } from '../../domain/checkin/machine';
import type { LaunchOffer } from '../../turn';
import { DIALOG } from './dialogs';
import { speakerOfTurn } from './shared';
import { closeStaleCheckin } from './stale';

/** On an ordinary launch: a check-in in progress is offered; a stale one is closed kindly. */
export const continueOffer: LaunchOffer = {
  priority: 10,
  async offer(turn, household) {
    const active = household.checkin.active;
    if (!active) return undefined;
    const { checkin: say } = turn.t;
    if (isStale(active, turn.now)) {
      await closeStaleCheckin(turn, active);
      return { speech: say.staleClosed, reprompt: say.noActiveReprompt, dialog: { kind: DIALOG.offerStart } };
    }
    if (active.state === 'awaiting-permission') {
      return {
        speech: say.waitingForPermission,
        reprompt: say.offerContinueReprompt,
        dialog: { kind: DIALOG.offerContinue },
      };
    }
    return {
      speech: say.offerContinue(speakerOfTurn(household, active).name),
      reprompt: say.offerContinueReprompt,
      dialog: { kind: DIALOG.offerContinue },
    };
  },
};
