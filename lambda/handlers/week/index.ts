import type { Feature } from '../../feature';
import { dictatedContinuation, flushHeld } from './common';
import { appreciationHandler, hearAppreciationsHandler, saveAppreciation } from './appreciation';
import {
  focusIdeasHandler,
  keepFocusHandler,
  saveStep,
  setFocusHandler,
  smallStepHandler,
  stepsDoneHandler,
  whatIsFocusHandler,
} from './focus';
import { goodThingDoneHandler, ritualAnswerHandler, suggestGoodThingHandler } from './goodthing';
import { recapHandler, recapLaunchOffer, recapOfferAnswerHandler } from './recap';
import { changeRepairPhraseHandler, repairPhraseHandler, setRepairPhraseHandler } from './repair';
import {
  readyForTherapyHandler,
  startSummary,
  summaryGateHandler,
  summaryNoHandler,
  tellMeMoreHandler,
} from './summary';
import { therapyDayHandler } from './therapyday';
import { weekHelp } from './help';
import { filePending, pendingLaunchOffer, pendingMineHandler, pendingWhoHandler } from './pending';

/**
 * The week feature: one focus (and each partner's small step), last week's recap, the therapy
 * day, the repair phrase, appreciations, one good thing, and the summary for the next session.
 * Yes/No handlers claim only their own dialog kinds (week.*).
 */
export function weekFeature(): Feature {
  return {
    name: 'week',
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
    continuations: {
      'week.appreciation': dictatedContinuation(saveAppreciation),
      'week.step': dictatedContinuation(saveStep),
      'week.pending': (turn, speaker) => filePending(turn, speaker),
      'week.summary': (turn, speaker) => startSummary(turn, speaker),
    },
    // Anything dictated that a failed write left in the session gets one more try when it ends.
    onSessionEnd: [(turn) => flushHeld(turn)],
    help: weekHelp,
  };
}
