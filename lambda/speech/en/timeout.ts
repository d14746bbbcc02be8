import type { Locale } from '../locale';
import { excerpt, pause, speech, ssml, Ssml } from '../ssml';
import { timerConfirmText, timerInstruction } from './timer';

/**
 * Spoken text of the time-out. Said in the hard moment itself, so: short, calm, "we", no blame,
 * never "calm down", and nothing asked that takes more than a word to answer. The break is part
 * of the practice; coming back to it is the point.
 */

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function countOf(n: number, one: string, many: string): string {
  return `${n < NUMBER_WORDS.length ? NUMBER_WORDS[n]! : String(n)} ${n === 1 ? one : many}`;
}

/**
 * The week's time-outs for the recap and the summary, for the household as a whole: a sign
 * the pattern was interrupted, never a tally per partner and never a "not" about coming back.
 */
export function timeoutsSentence(taken: number, cameBack: number, when = ''): Ssml {
  const took = `We took ${countOf(taken, 'time-out', 'time-outs')}${when ? ` ${when}` : ''}`;
  if (cameBack >= taken) {
    return taken === 1
      ? ssml`${took}, and came back to talk after it.`
      : ssml`${took}, and came back to talk after each one.`;
  }
  if (cameBack > 0)
    return ssml`${took}, and came back to talk after ${NUMBER_WORDS[cameBack] ?? cameBack} of them.`;
  return ssml`${took} when things got heated. Stepping away like that is one way to interrupt the pattern.`;
}

/** One paced breath: in for four seconds, out for six (Alexa allows at most ten seconds a break). */
function breath(inWords: string, outWords: string): Ssml {
  return ssml`${inWords} ${pause(4000)} ${outWords} ${pause(6000)}`;
}

/** "Alexa, stop", then yes: how a LAUNCH_TASK timer hands the moment back to the skill. */
const WHEN_IT_RINGS = timerInstruction(ssml`I'll help us start again`);

export function timeoutStrings(_locale: Locale) {
  const guidance = ssml`While it runs, it helps to be in separate rooms, to do something soothing, like a short walk or a warm drink, and to let the argument rest rather than going over it in your head.`;
  return {
    speech,
    guidance,
    propose: ssml`Okay. Let's pause here. Taking a break is part of the practice, not a defeat. I suggest twenty minutes apart, long enough for our bodies to settle. Shall I start it?`,
    proposeReprompt: ssml`Shall I start a twenty minute break? Say yes, or another length, like fifteen minutes.`,
    lengthRaised: (minutes: number) => ssml`The shortest break I hold is ${minutes} minutes.`,
    lengthLowered: (minutes: number) => ssml`The longest break I hold is ${minutes} minutes.`,
    checkinPaused: ssml`I've paused our check-in too; we can pick it up another time by saying: resume our check-in.`,
    declined: ssml`Okay, no break for now. If things get heated, just say: Alexa, tell Between Us we need a time-out.`,
    alreadyOnBreak: (left: string) => ssml`We're already on a break, with ${left} to go. ${WHEN_IT_RINGS}`,
    alreadyOnBreakSelfTimed: ssml`We're already on a break. When you're both ready, say: Alexa, ask Between Us, we're back.`,

    // Starting the break.
    started: (minutes: number) =>
      speech(ssml`The break starts now: I've set a timer for ${minutes} minutes.`, guidance, WHEN_IT_RINGS),
    startedSelfTimed: (minutes: number, note: Ssml | undefined) =>
      speech(
        note,
        ssml`Let's take about ${minutes} minutes.`,
        guidance,
        ssml`When you're ready, say: Alexa, ask Between Us, we're back.`,
      ),
    askTimerPermission: ssml`To hold the break, I'd like to set an Alexa timer and come back when it ends.`,
    permissionDenied: ssml`No problem, we'll do it without a timer.`,
    permissionUnanswered: ssml`No answer about the timer came through, so we'll do it without one.`,
    permissionFailed: ssml`Sorry, I couldn't ask about the timer just now, so we'll keep time together this once.`,
    timerUnavailable: ssml`I couldn't set a timer just now, so we'll keep time ourselves.`,
    timerLabel: 'Between Us: break',
    // Alexa replaces {continueWithSkillName} with "continue with Between Us".
    timerConfirmText: timerConfirmText('The break is over.'),

    // Coming back.
    breakOver: ssml`The break is over. Welcome back.`,
    backEarly: ssml`Welcome back. I've stopped the timer.`,
    backEarlySelfTimed: ssml`Welcome back.`,
    repairPhrase: (text: string) =>
      ssml`Here are the words we chose for moments like this: ${pause(500)}<prosody rate="90%">${excerpt(text, 200)}.</prosody>${pause(500)}`,
    noRepairPhrase: ssml`Some couples keep a repair phrase for moments like this, a few words that mean: let's come back to each other. If you'd like one, we can choose it together another day.`,
    restart: ssml`Let's start again, gently, one sentence each: what did you need in that moment? Whoever is ready can begin. If it's too soon, just say: not yet.`,
    restartReprompt: ssml`In one sentence, what did you need in that moment? Or say: not yet.`,
    restartSecond: ssml`Thank you. And now the other of you: what did you need in that moment?`,
    restartSecondReprompt: ssml`What did you need in that moment? One sentence is enough.`,
    restartUnheard: ssml`Sorry, that got lost on my side. In a sentence: what did you need in that moment?`,
    heardBoth: ssml`Thank you both. Saying it, and hearing it, is how repair begins.`,
    skipTalk: ssml`That's fine. Talking about it can wait.`,
    offerNote: ssml`Would one of you like to make a quick note about this for your therapist? It's three short parts, and it's fine to leave it.`,
    offerNoteReprompt: ssml`Would you like to make a quick note about this? Yes or no?`,
    noteDeclined: ssml`Okay. Thank you for coming back to each other. Take care.`,
    notYet: (minutes: number) =>
      speech(ssml`That's okay. Let's take ${minutes} more minutes. I've set the timer again.`, WHEN_IT_RINGS),
    notYetSelfTimed: (minutes: number, note?: Ssml) =>
      speech(
        note,
        ssml`That's okay. Let's take about ${minutes} more minutes. When you're ready, say: Alexa, ask Between Us, we're back.`,
      ),
    notYetAgain: ssml`That's okay. Take the time you need. When you're both ready, say: Alexa, ask Between Us, we're back.`,

    // Outside a break.
    noBreak: ssml`We're not on a break right now. If things get heated, you can say: Alexa, tell Between Us we need a time-out.`,
    offerComeBack: (left: string) =>
      ssml`We're in the middle of a break, with ${left} to go. Are you ready to come back now?`,
    offerComeBackReprompt: ssml`Are you both ready to come back? Yes or no?`,
    offerRestart: ssml`Welcome back after the break. Would you like to start again, gently?`,
    offerRestartReprompt: ssml`Shall we start again after the break? Yes or no?`,
    offerStartBreak: ssml`We were about to take a break. Shall I start it?`,
    stayOnBreak: ssml`Okay. Take the time you need; the break is still on.`,
    oldTimer: ssml`That timer was for an earlier break, which is over now.`,

    // Paced breathing: about a minute, in for four, out for six, five times.
    breathing: speech(
      ssml`Let's breathe together for a minute. You can let your shoulders drop, and breathe with me.`,
      breath('Breathe in, slowly.', 'And out, a little longer.'),
      breath('In.', 'And out.'),
      breath('In again.', 'And all the way out.'),
      breath('In.', 'And out.'),
      breath('One more breath in.', 'And let it go.'),
    ),
    afterBreathingOnBreak: ssml`Good. The break is still on. Take the rest of it gently.`,
    afterBreathing: ssml`Good. Whenever you'd like to do that again, just ask me.`,
  };
}
