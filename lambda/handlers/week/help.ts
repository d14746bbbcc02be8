import type { Strings } from '../../speech';
import type { HelpHook } from '../../turn';
import { weekDialogSchema, type WeekDialogKind } from './dialogs';

/** "Help" while one of the week's questions waits: what that question takes. */
const BY_KIND: Partial<Record<WeekDialogKind, keyof Strings['help']['week']>> = {
  'week.focus': 'focus',
  'week.steps': 'steps',
  'week.repair': 'repair',
  'week.appreciation': 'appreciation',
  'week.therapyDay': 'therapyDay',
  'week.summary': 'summary',
  'week.summaryGate': 'yesNo',
  'week.keepFocus': 'yesNo',
  'week.recapOffer': 'yesNo',
  'week.pendingMine': 'yesNo',
  'week.ritual': 'yesNo',
};

export const weekHelp: HelpHook = (turn) => {
  const kind = turn.dialogOf(weekDialogSchema)?.kind;
  const key = kind ? BY_KIND[kind] : undefined;
  return key ? { say: turn.t.help.week[key] } : undefined;
};
