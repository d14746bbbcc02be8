import type { Ssml } from '../../speech/ssml';
import type { Turn } from '../../turn';

/**
 * When Alexa could not match what was said (AMAZON.FallbackIntent) while the skill is waiting
 * on something, the answer says what can be said right now: a hint with an example or two,
 * then the question again. The hint follows the kind of question the dialog is on.
 */
type HintKey = keyof ReturnType<Turn['t']['common']['fallbackHints']>;

const BY_KIND: Record<string, HintKey | 'asked'> = {
  // These questions already carry their examples ("Just say your name: Alex or Sam?").
  'setup.names': 'asked',
  identify: 'asked',
  'week.pendingWho': 'asked',
  'setup.second': 'partnerName',
  'checkin.remindersHow': 'reminderDays',
  'week.focus': 'focus',
  'week.steps': 'step',
  'week.repair': 'repair',
  'week.appreciation': 'appreciation',
  'week.therapyDay': 'therapyDay',
};

/** Questions answered with yes or no. */
const YES_NO = new Set([
  'checkin.confirmStart',
  'checkin.whoFirst',
  'checkin.soloOffer',
  'checkin.offerContinue',
  'checkin.offerStart',
  'checkin.offerReminders',
  'notes.handoff',
  'notes.reveal.offer',
  'notes.reveal.ask',
  'notes.offerResume',
  'notes.confirmRead',
  'notes.confirmDelete',
  'notes.heldStop',
  'notes.keepAfterCrisis',
  'safety.deleteMine',
  'safety.deleteAll',
  'safety.crisis',
  'core.retry',
  'week.recapOffer',
  'week.keepFocus',
  'week.summary',
  'week.ritual',
]);

/** The hint for the question the dialog is on; a general one for a question of another kind. */
export function fallbackHint(turn: Turn): Ssml | undefined {
  const kind = turn.session.dialog?.kind;
  if (!kind) return undefined;
  const hints = turn.t.common.fallbackHints();
  if (YES_NO.has(kind)) return hints.yesNo;
  const key = BY_KIND[kind];
  if (key === 'asked') return undefined;
  return key ? hints[key] : hints.answer;
}

/** Inside a running check-in, with nothing asked: what can be said during a turn. */
export async function checkinHint(turn: Turn): Promise<Ssml | undefined> {
  const household = await turn.setUpHousehold();
  return household?.checkin.active ? turn.t.common.fallbackHints().inCheckin : undefined;
}
