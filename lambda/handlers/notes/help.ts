import type { HelpHook } from '../../turn';
import { notesDialogSchema } from './dialogs';

/**
 * "Help" at one of the notes' yes-or-no questions: what the question is for and its answers.
 * While a part is being dictated, the dictation's own help (the part, "skip", "that's all")
 * answers first (handlers-dictation.ts).
 */
export const notesHelp: HelpHook = (turn) => {
  const { notes } = turn.t.help;
  switch (turn.dialogOf(notesDialogSchema)?.kind) {
    case 'notes.offerResume':
      return { say: notes.offerResume };
    case 'notes.confirmRead':
      return { say: notes.confirmRead };
    case 'notes.handoff':
      return { say: notes.handoff };
    case 'notes.reveal.ask':
    case 'notes.reveal.offer':
      return { say: notes.reveal };
    default:
      return undefined;
  }
};
