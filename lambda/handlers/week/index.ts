import type { Feature } from '../../skill';
import type { SkillDeps } from '../../turn';
import { onSessionEnded } from '../core/basics';
import { flushHeld } from './common';
import { appreciationHandler, hearAppreciationsHandler } from './appreciation';
import {
  focusIdeasHandler,
  keepFocusHandler,
  setFocusHandler,
  smallStepHandler,
  stepsDoneHandler,
  whatIsFocusHandler,
} from './focus';
import { goodThingDoneHandler, ritualAnswerHandler, suggestGoodThingHandler } from './goodthing';
import { recapHandler, recapLaunchOffer, recapOfferAnswerHandler } from './recap';
import { changeRepairPhraseHandler, repairPhraseHandler, setRepairPhraseHandler } from './repair';
import { readyForTherapyHandler, summaryGateHandler, summaryNoHandler, tellMeMoreHandler } from './summary';
import { therapyDayHandler } from './therapyday';
import { pendingLaunchOffer, pendingMineHandler, pendingWhoHandler } from './pending';

/**
 * The week feature: one focus (and each partner's small step), last week's recap, the therapy
 * day, the repair phrase, appreciations, one good thing, and the summary for the next session.
 * Yes/No handlers claim only their own dialog kinds (week.*).
 */
export function weekFeature(_deps: SkillDeps): Feature {
  registerFlushOnce();
  return {
    handlers: [
      pendingMineHandler,
      pendingWhoHandler,
      repairPhraseHandler,
      setRepairPhraseHandler,
      changeRepairPhraseHandler,
      setFocusHandler,
      focusIdeasHandler,
      whatIsFocusHandler,
      smallStepHandler,
      stepsDoneHandler,
      keepFocusHandler,
      recapHandler,
      recapOfferAnswerHandler,
      therapyDayHandler,
      appreciationHandler,
      hearAppreciationsHandler,
      suggestGoodThingHandler,
      ritualAnswerHandler,
      goodThingDoneHandler,
      readyForTherapyHandler,
      summaryGateHandler,
      tellMeMoreHandler,
      summaryNoHandler,
    ],
    launchOffers: [pendingLaunchOffer, recapLaunchOffer],
  };
}

let flushRegistered = false;
/** Anything dictated that a failed write left in the session gets one more try when it ends. */
function registerFlushOnce(): void {
  if (flushRegistered) return;
  flushRegistered = true;
  onSessionEnded((turn) => flushHeld(turn));
}
