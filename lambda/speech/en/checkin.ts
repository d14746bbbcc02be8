import { QUESTION_TEXT } from './questions';
import type { Locale } from '../locale';
import { pause, speech, ssml, type Ssml } from '../ssml';
import { timerConfirmText, timerInstruction } from './timer';

/** Spoken text of the check-in: warm, brief, "we" language, no blame. */

const DAY_NAMES: Record<string, string> = {
  SU: 'Sundays',
  MO: 'Mondays',
  TU: 'Tuesdays',
  WE: 'Wednesdays',
  TH: 'Thursdays',
  FR: 'Fridays',
  SA: 'Saturdays',
};

/** A turn's length: "5 minutes", "2 and a half minutes", "a minute and a half", "1 minute". */
export function lengthPhrase(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return `${seconds} seconds`;
  if (seconds >= 20 && seconds <= 40) {
    return minutes === 1 ? 'a minute and a half' : `${minutes} and a half minutes`;
  }
  const whole = seconds > 40 ? minutes + 1 : minutes;
  return whole === 1 ? '1 minute' : `${whole} minutes`;
}

/** Time left, rounded for speaking: "less than a minute", "about 3 minutes". */
export function timeLeftPhrase(ms: number): string {
  if (ms < 60_000) return 'less than a minute';
  const minutes = Math.round(ms / 60_000);
  return minutes === 1 ? 'about a minute' : `about ${minutes} minutes`;
}

/** "a 10 minute check-in", but "an 8 minute" and "an 11 minute" (said "eight", "eleven"). */
function withArticle(minutes: number): string {
  const spokenWithVowel =
    minutes === 8 || minutes === 11 || minutes === 18 || (minutes >= 80 && minutes < 90);
  return `${spokenWithVowel ? 'an' : 'a'} ${minutes}`;
}

function clock(time: string, locale: Locale): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  if (locale === 'en-GB' || locale === 'en-IN' || locale === 'en-AU') {
    if (h === 0 && m === 0) return 'midnight';
  }
  const suffix = h < 12 ? 'AM' : 'PM';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${h12} ${suffix}` : `${h12}:${String(m).padStart(2, '0')} ${suffix}`;
}

function dayList(days: string[]): string {
  const names = days.map((d) => DAY_NAMES[d] ?? d);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function checkinStrings(locale: Locale) {
  return {
    /** A check-in question's wording, by id (the bank: questions.ts); an unknown id reads as gn-1. */
    question: (id: string): string => (QUESTION_TEXT as Record<string, string>)[id] ?? QUESTION_TEXT['gn-1'],
    lengthPhrase,
    timeLeftPhrase,
    // Starting.
    confirmStart: (minutes: number, each: string) =>
      ssml`Let's do ${withArticle(minutes)} minute check-in: ${each} each, with one question each. Are you both here?`,
    confirmStartReprompt: ssml`Are you both here for the check-in? Yes or no?`,
    lengthRaised: (minutes: number) => ssml`The shortest check-in I keep is ${minutes} minutes.`,
    lengthLowered: (minutes: number) => ssml`The longest check-in I keep is ${minutes} minutes.`,
    lengthRemembered: (minutes: number) => ssml`I'll remember ${minutes} minutes for next time.`,
    askGoFirst: (name: string) => ssml`${name}, would you like to go first?`,
    askGoFirstReprompt: (name: string) => ssml`${name}, do you want to go first? Yes or no?`,
    unfinishedBefore: ssml`Last time's check-in was left open for a while, so I closed it as unfinished. That happens, and it's fine. Let's start fresh.`,
    alreadyRunning: ssml`We're already partway through a check-in.`,

    // One partner only.
    soloOffer: ssml`That's okay. The check-in is made for the two of you, so let's keep it for when you're both in. Would you like a short reflection on your own instead? It's one question, with no timer.`,
    soloOfferReprompt: ssml`Would you like one question to reflect on by yourself? Yes or no?`,
    soloQuestion: (question: string) =>
      ssml`Here's something to sit with for a few minutes: ${question} ${pause(600)} There's no need to answer me. When you're both in, just say: start our check-in.`,
    soloDeclined: ssml`No problem. When you're both in, say: start our check-in.`,

    // Timers.
    askTimerPermission: ssml`To keep time, I'd like to set an Alexa timer for each turn, and come back when it ends.`,
    stillOnBreak: (left: string) =>
      ssml`We're still on a break, with ${left} to go. When you're both ready, say: Alexa, ask Between Us, we're back. Then we can start the check-in.`,
    stillOnBreakSelfTimed: ssml`We're still on a break. When you're both ready, say: Alexa, ask Between Us, we're back. Then we can start the check-in.`,
    timerPermissionThanks: ssml`Thanks.`,
    timerPermissionDenied: ssml`No problem, we'll do it without my timer.`,
    timerPermissionUnanswered: ssml`I didn't hear an answer about the timer, so we'll do this one without it.`,
    timerPermissionFailed: ssml`Sorry, I couldn't ask about the timer just now, so we'll keep time together this once.`,
    timerUnavailable: ssml`I couldn't set a timer just now, so we'll keep time together.`,
    timersOffReminder: ssml`If you'd like me to keep time next time, you can allow timers for Between Us in the Alexa app.`,
    timerLabelFirst: 'Check-in: first turn',
    timerLabelSecond: 'Check-in: second turn',
    timerConfirmText: timerConfirmText("That's time for this check-in turn."),

    // Turns.
    firstTurn: (first: string, second: string, question: string) =>
      ssml`${first} goes first. ${first}, here's your question: ${pause(300)} ${question} ${pause(300)} ${second}, your part is to listen, without fixing or answering back.`,
    secondTurn: (first: string, second: string, question: string) =>
      ssml`Thank you, ${first}. Now it's ${second}'s turn. ${second}, here's your question: ${pause(300)} ${question} ${pause(300)} ${first}, now it's your turn to listen.`,
    timeUpFirst: (first: string) => ssml`That's time for ${first}'s turn.`,
    timerSetFirst: (length: string, second: string) =>
      ssml`I've set a timer for ${length}. ${timerInstruction(ssml`I'll come back for ${second}'s turn`)}`,
    timerSetSecond: (length: string) =>
      ssml`I've set a timer for ${length}. ${timerInstruction(ssml`I'll come back to close`)}`,
    selfTimedFirst: (length: string) =>
      ssml`Please keep an eye on a clock: ${length} for this turn. When you're ready to switch, say: Alexa, tell Between Us we're ready to switch.`,
    selfTimedSecond: (length: string) =>
      ssml`Take about ${length}. When you're ready to finish, say: Alexa, tell Between Us we're ready to switch, and I'll help you close.`,
    turnStillGoing: (name: string, left: string, question: string) =>
      ssml`It's still ${name}'s turn, with ${left} left. The question is: ${question}`,
    turnStillGoingSelfTimed: (name: string, question: string) =>
      ssml`It's ${name}'s turn. The question is: ${question} When you're ready, say: tell Between Us we're ready to switch.`,
    repeatQuestion: (name: string, question: string) => ssml`${name}, your question is: ${question}`,
    anotherQuestion: (name: string, question: string) =>
      ssml`Sure. Here's another one for ${name}: ${pause(300)} ${question}`,
    anotherAlreadyUsed: (question: string) =>
      ssml`We've already swapped the question once this turn, so let's stay with this one: ${question}`,
    timeLeft: (name: string, left: string) => ssml`${name}'s turn has ${left} left.`,
    // Without a timer the estimate is counted from the turn's start, the same one pause gives.
    timeLeftSelfTimed: (name: string, left: string) =>
      ssml`By my count, ${name}'s turn has ${left} left. You're keeping time yourselves, so when you're ready, say: tell Between Us we're ready to switch.`,
    timeUpSelfTimed: (name: string) =>
      ssml`By my count, ${name}'s turn is about up. When you're ready, say: tell Between Us we're ready to switch.`,
    paused: (name: string, left: string) =>
      ssml`Paused, with ${left} left in ${name}'s turn. When you're ready, say: Alexa, tell Between Us to resume our check-in.`,
    pausedAlready: (name: string, left: string) =>
      ssml`${name}'s turn is paused, with ${left} left. Say resume our check-in when you're ready.`,
    resumed: (name: string, left: string, question: string) =>
      ssml`Picking up ${name}'s turn, with ${left} left. ${name}, your question is: ${question}`,
    notPaused: ssml`The check-in isn't paused, so it's still going.`,
    timerRestarted: ssml`I've set the timer again for the time that's left. ${timerInstruction(ssml`I'll come back`)}`,
    waitingForPermission: ssml`We were just about to start a check-in.`,

    // Closing.
    // The ritual comes last, after any question, so the microphone is closed while they speak.
    closing: (first: string, second: string) =>
      ssml`That's time for both of you. Thank you both for making this time for each other; I've saved your check-in. To close, ${first}, then ${second}: name one thing you heard from the other, in a sentence or two.`,
    closedSaved: ssml`That's time for both of you. Thank you both for making this time for each other; I've saved your check-in.`,
    ritual: (first: string, second: string) =>
      ssml`Now, to close, ${first}, then ${second}: name one thing you heard from the other, in a sentence or two. Take care of each other.`,
    endedEarly: ssml`Okay, we'll stop here. I've saved this check-in; a short one still counts.`,
    endedBeforeStart: ssml`Okay, we'll leave the check-in for another time.`,
    offerReminders: ssml`Before your closing words, one quick question: would you like a reminder for your next check-in? Many couples find twice a week works well.`,
    offerRemindersReprompt: ssml`Shall I set check-in reminders? Yes or no?`,
    remindersNotNow: ssml`Okay, I won't ask about that for a while.`,
    remindersSkipped: ssml`Okay, no reminders for now.`,
    // The ritual when the names can't be read (the household is out of reach for a moment).
    ritualUnnamed: ssml`Now, to close, each of you in turn: name one thing you heard from the other, in a sentence or two. Take care of each other.`,
    goodbye: ssml`Take care of each other.`,

    // Launch offers and continuing.
    offerContinue: (name: string) =>
      ssml`We're partway through a check-in; it's ${name}'s turn. Would you like to carry on?`,
    offerContinueReprompt: ssml`Would you like to carry on with the check-in?`,
    offerContinueDeclined: ssml`Okay, it'll keep for a couple of hours. Say continue our check-in when you're ready, or end our check-in to close it.`,
    noActive: ssml`There isn't a check-in going right now. Would you like to start one?`,
    noActiveReprompt: ssml`Would you like to start a check-in? Yes or no?`,
    staleClosed: ssml`Our last check-in was left open for a while, so I've closed it as unfinished. That's okay; life gets busy. Would you like to start a fresh one?`,
    oldTimer: ssml`That timer was from a check-in that has already closed.`,
    startLater: ssml`Okay. Whenever you're ready, say: start our check-in.`,

    // Reminders.
    askReminderSchedule: ssml`Which days and what time? For example: remind us to check in on Tuesdays and Fridays at 8 PM.`,
    askReminderScheduleReprompt: ssml`Tell me the days and a time, like: Tuesdays and Fridays at 8 PM.`,
    askReminderPermission: ssml`To set reminders, I need your permission.`,
    remindersSet: (days: string[], time: string) =>
      ssml`Done. I'll remind you on ${dayList(days)} at ${clock(time, locale)}. The reminder only says it's time for your check-in, nothing more.`,
    remindersDenied: ssml`That's fine, no reminders. I won't ask again for a while.`,
    remindersUnanswered: ssml`I didn't hear an answer, so I haven't set any reminders.`,
    remindersPermissionFailed: ssml`Sorry, I couldn't ask about reminders just now, so I haven't set any. You can try again another time.`,
    remindersFailed: ssml`Sorry, I couldn't set the reminders just now. Please try again a little later.`,
    remindersCancelled: ssml`I've cancelled your check-in reminders.`,
    noRemindersToCancel: ssml`There aren't any check-in reminders to cancel.`,
    reminderText: 'Time for your check-in.',

    // APL (on screens).
    screenTurnTitle: (name: string) => `${name}'s turn`,
    screenListening: (name: string) => `${name} is listening`,
    screenPaused: 'Paused',
    speech,
  };
}

export type CheckinStrings = ReturnType<typeof checkinStrings>;
export type { Ssml };
