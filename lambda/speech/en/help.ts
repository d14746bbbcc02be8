import type { Locale } from '../locale';
import { speech, ssml, type Ssml } from '../ssml';

/**
 * "Is this Alex or Sam?" asked for a reason: what the skill will do once it knows, by the
 * continuation's name (flow.ts `requireSpeaker`). A continuation without one here gets the
 * general reason.
 */
const WHY_WE_ASK: Record<string, Ssml> = {
  'notes.start': ssml`whose note this is`,
  'notes.resume': ssml`whose note to pick up`,
  'notes.keepAfterCrisis': ssml`whose note to keep`,
  'notes.read': ssml`whose note to read`,
  'notes.count': ssml`whose notes to count`,
  'notes.delete': ssml`whose note to delete`,
  'notes.share': ssml`whose note to share`,
  'notes.readShared': ssml`which of you is asking, so the right notes are read`,
  'notes.partOutside': ssml`whose note these words belong to`,
  'week.appreciation': ssml`who this appreciation is from`,
  'week.step': ssml`whose small step this is`,
  'week.pending': ssml`who said it, so it's kept for the right one of you`,
  'week.summary': ssml`who is asking, since the summary can include your own notes`,
  'safety.deleteMine': ssml`whose notes to delete`,
};

function reasonFor(then: string | undefined): Ssml {
  const why = then ? WHY_WE_ASK[then] : undefined;
  return why ? ssml`I need to know ${why}` : ssml`I'd like to know which of you I'm talking to`;
}

/** What can be said right now, for "help" in the middle of something; each moment says its own. */
export function helpStrings(_locale: Locale) {
  return {
    /** The reasons by continuation name (tests check every continuation has one). */
    whyWeAsk: WHY_WE_ASK,
    /** "I need to know whose note this is: is this Alex or Sam?" */
    whoIsSpeakingFor: (then: string | undefined, first: string, second: string) =>
      ssml`${reasonFor(then)}: is this ${first} or ${second}?`,
    /** After a second answer that wasn't a name: a way out, then the question again. */
    whoWayOut: ssml`We can leave this for now: just say stop, or tell me what you'd like to do instead. Otherwise,`,
    whoHelp: (then: string | undefined) =>
      ssml`${reasonFor(then)}, so just say your first name and we'll carry on. Or say stop to leave it for now.`,

    // The check-in.
    checkinRunning: (name: string, question: string) =>
      ssml`We're in ${name}'s turn of our check-in. The question is: ${question} While the turn runs, you can say: how much time is left, pause, another question, switch when ${name} is done, or we're done to finish early.`,
    checkinPaused: (name: string, left: string) =>
      ssml`${name}'s turn is paused, with ${left} left. You can say resume our check-in to carry on, or we're done to finish here.`,
    checkinWaitingForTimers: ssml`We're about to start our check-in; I'm waiting for permission to set a timer. You can say continue our check-in, or we're done.`,
    checkinAsking: ssml`We're setting up our check-in: a few minutes each to answer one question, while the other listens without fixing or answering back.`,
    checkinOfferReminders: ssml`We're closing our check-in. You can say yes to set reminders for the next one, or no.`,
    checkinReminders: ssml`We're choosing reminders for our next check-in. You can say days and a time, like Mondays and Thursdays at 8 pm, or no thanks.`,

    // The time-out.
    timeoutProposed: ssml`We're about to take a break. You can say yes to start it, choose a length, like make it fifteen minutes, or say no.`,
    timeoutBreak: (left: string | undefined) =>
      speech(
        left ? ssml`We're on a break, with ${left} left.` : ssml`We're on a break.`,
        ssml`While it runs, you can say help me calm down for a minute of slow breathing, or we're back when you're both ready to talk again.`,
      ),
    timeoutRestart: ssml`We're coming back after our break. Each of you can say, in a sentence, what you needed in that moment; I don't keep it. Or say not yet for ten more minutes.`,
    timeoutOfferNote: ssml`You can say yes for a quick three-part note about the moment, or no to leave it there.`,

    /** The notes' questions outside dictation, for the notes feature's `help` hook to give. */
    notes: {
      offerResume: ssml`We have a note in progress. You can say yes to pick it up where it was left, or no to leave it for later.`,
      confirmRead: ssml`Before a note is read aloud, I check that it's fine for anyone nearby to hear. You can say yes or no.`,
      handoff: ssml`Each of you can answer these questions in turn. You can say yes for the next turn, or no to leave it there.`,
      reveal: ssml`Hearing our templates together happens only if both of us say yes. You can say yes or no.`,
    },
    /** The week's questions, by what they ask. */
    week: {
      focus: ssml`We're choosing this week's focus. You can say, for example: let's focus on bids for connection. Or ask: what could our focus be?`,
      steps: ssml`We're naming small steps for this week. Each of you can say: my small step is, and then what it is. Or say no.`,
      repair: ssml`We're choosing our repair phrase: something either of us can say to start over after a hard moment. You can say: our repair phrase is, can we start over.`,
      appreciation: ssml`We're saving today's appreciation. Say one specific thing, like: I appreciate that you made dinner tonight.`,
      therapyDay: ssml`We're setting the day of your therapy sessions, so the week's summary is ready for them. You can say: our sessions are on Tuesdays.`,
      summary: ssml`We're going through the summary for your next session. You can say tell me more, or stop.`,
      yesNo: ssml`You can say yes or no.`,
    },
  };
}
