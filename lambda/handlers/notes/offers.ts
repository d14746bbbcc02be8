import { parkedOf } from '../../domain/notes/parked';
import { revealReady } from '../../domain/notes/slice';
import { speech } from '../../speech/ssml';
import type { LaunchOffer } from '../../turn';
import { currentWeekStart } from '../week-of';

/** What the notes feature offers when the skill opens. */

/** "You were in the middle of a note; want to finish it?", only ever to that partner's own voice. */
export const resumeOffer: LaunchOffer = {
  priority: 20,
  offer: async (turn, household, speaker) => {
    const { notes } = turn.t;
    // The open note, else the newest one put aside (what "yes" picks up: resume in handlers-start).
    const inProgress = (id: 'p1' | 'p2') => {
      const d = household.notes.drafts[id];
      return d !== undefined && Object.keys(d.answers).length > 0 ? d : parkedOf(household.notes, id)[0];
    };
    const hasDraft = (id: 'p1' | 'p2') => inProgress(id) !== undefined;
    if (speaker) {
      const draft = inProgress(speaker.id);
      if (!draft) return undefined;
      return {
        speech: notes.offerResume(draft.kind),
        reprompt: notes.offerResumeReprompt,
        dialog: { kind: 'notes.offerResume', partner: speaker.id },
      };
    }
    // Without a recognized voice, anyone may be in the room: say only that a note is in
    // progress, never whose or what kind, and ask who is speaking. Only its author resumes it.
    if (household.partners.some((p) => hasDraft(p.id))) {
      const [a, b] = household.partners;
      return {
        speech: speech(notes.offerResumeWho, turn.t.common.askWhoIsSpeaking(a!.name, b!.name)),
        reprompt: turn.t.common.askWhoIsSpeakingReprompt(a!.name, b!.name),
        dialog: { kind: 'identify', then: 'notes.resume', args: {} },
      };
    }
    return undefined;
  },
};

/** "You've both filled in this week's template — want to hear them together?" */
export const revealOffer: LaunchOffer = {
  priority: 40,
  offer: async (turn, household) => {
    if (!household.notes.reveal) return undefined;
    const weekStart = await currentWeekStart(turn);
    if (!revealReady(household.notes, weekStart)) return undefined;
    return {
      speech: turn.t.notes.offerReveal,
      reprompt: turn.t.notes.offerRevealReprompt,
      dialog: { kind: 'notes.reveal.offer' },
    };
  },
};
