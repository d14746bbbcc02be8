import type { Locale } from '../locale';
import { listOf, pause, speech, ssml, type Speakable } from '../ssml';

/** First-run, greetings, help, stop and the kind answers to trouble. */
export function commonStrings(_locale: Locale) {
  return {
    welcomeNew: ssml`Welcome to Between Us. I help the two of you keep up the small practices from couples therapy between sessions: a timed check-in, notes about your pattern, one focus for the week. I support your therapy; I'm not a therapist and I don't replace one.`,
    privacyIntro: ssml`Your names and what you tell me, like your notes, are kept in your household's own record for a year unless you change that, and either of you can delete it whenever you like. Alexa's own voice history may also keep what is said to it.`,
    askNames: ssml`First, who are the two of you? You can say, we're Alex and Sam.`,
    askNamesReprompt: ssml`Tell me your two first names, for example: we're Alex and Sam.`,
    askSecondName: (first: string) =>
      ssml`Thanks, ${first}. And what's your partner's first name? You can say, my partner is Sam.`,
    askSecondNameReprompt: ssml`What's the other first name?`,
    sameNameTwice: ssml`I heard the same name twice. Could you tell me both first names again, like: we're Alex and Sam?`,
    setupDone: (first: string, second: string) =>
      ssml`Lovely to meet you, ${first} and ${second}. I'll remember you both.`,
    whatNext: ssml`You can say start our check-in, add a pattern note, or what's our focus. What would you like to do?`,
    whatNextReprompt: ssml`You could start a check-in, add a pattern note, or hear this week's focus. What would you like?`,
    /** After a completed action, in a session the couple opened. */
    anythingElse: ssml`Anything else?`,
    anythingElseReprompt: ssml`What would you like to do next?`,
    greeting: (names: Speakable[]) => ssml`Hi ${listOf(names)}.`,
    askWhoIsSpeaking: (first: string, second: string) => ssml`Is this ${first} or ${second}?`,
    askWhoIsSpeakingReprompt: (first: string, second: string) =>
      ssml`Just say your name: ${first} or ${second}?`,
    voiceLinked: (name: string) => ssml`Thanks, ${name}. I'll know your voice from now on.`,
    speakerNoted: (name: string) => ssml`Thanks, ${name}.`,
    voiceKnownAs: (name: string) =>
      ssml`I know this voice as ${name}, so I'll keep it that way; personal notes follow the voice.`,
    voiceNotTheirs: (name: string) =>
      ssml`I already know ${name}'s voice, and this one sounds different, so I'll keep ${name}'s notes closed.`,
    notAPartner: (first: string, second: string) => ssml`Sorry, I only know ${first} and ${second} here.`,
    /**
     * A response that opens with its own thank-you, put after "Thanks, Alex.": the opening is
     * dropped ("Thank you. That's saved" → "That's saved"), so the thanks is said once.
     */
    withoutOpeningThanks: (markup: string) =>
      markup
        .replace(/^(?:Thank you|Thanks|Got it|Noted|Okay)\.\s+/, '')
        .replace(/^(?:Thank you|Thanks), ([a-z])/, (_all, first: string) => first.toUpperCase()),
    needSetupFirst: ssml`Before that, I need to know who you both are.`,
    help: ssml`Between Us keeps your between-session practices simple. Say start our check-in for a timed ten minutes with one question each. Say add a pattern note to capture a moment your pattern showed up, or quick note for a short one. You can also set this week's focus, hear last week's recap, keep a repair phrase, share an appreciation, or say get us ready for our session. And when an argument starts to sharpen, say: we need a time-out. Your notes are yours: say delete my notes, or delete everything about us, at any time. I support your therapy and don't replace it.`,
    helpReprompt: ssml`What would you like to do?`,
    goodbye: ssml`Take care of each other. Bye for now.`,
    fallback: ssml`Sorry, I didn't catch that. You can say start our check-in, add a pattern note, or help.`,
    fallbackReprompt: ssml`You can say help to hear what I can do.`,
    backTo: ssml`Now, back to where we were.`,
    didNotCatch: ssml`Sorry, I didn't catch that.`,
    /** What can be said right now, when Alexa could not match what was heard. */
    fallbackHints: () => ({
      yesNo: ssml`You can say yes or no.`,
      partnerName: ssml`Just say your partner's first name, for example: Sam.`,
      reminderDays: ssml`For example: Mondays and Thursdays at 8 pm. Or say no thanks.`,
      focus: ssml`For example: let's focus on bids for connection. Or ask: what could our focus be?`,
      step: ssml`For example: my small step is to put my phone away at dinner. Or say no.`,
      repair: ssml`For example: our repair phrase is, can we start over.`,
      appreciation: ssml`For example: I appreciate that you made dinner tonight.`,
      therapyDay: ssml`For example: our sessions are on Tuesdays.`,
      answer: ssml`You can answer in a few words, or say help.`,
      inCheckin: ssml`We're in the middle of your check-in. You can say how much time is left, next person, or we're done.`,
    }),
    nothingToRepeat: ssml`There's nothing for me to repeat just now. You can say start our check-in, add a pattern note, or help.`,
    unexpectedYesNo: ssml`I'm not sure what that answer was for. You can say start our check-in, add a pattern note, or help.`,
    // Error answers: short, kind, clear about what happened to what was said.
    storageTrouble: ssml`Sorry, I'm having trouble reaching your saved notes right now. Nothing you've said has been thrown away. Please try again in a minute.`,
    heldForRetry: ssml`Sorry, I couldn't reach your saved record just now, so that isn't saved yet. I'm holding on to what you said. Shall I try again?`,
    heldForRetryReprompt: ssml`Shall I try saving what you said again? Yes or no?`,
    retryDeclined: ssml`Okay, I've let that go. What would you like to do?`,
    concurrentTrouble: ssml`Sorry, the two of you were changing things at the same moment and I lost my place. Could you say that again?`,
    corruptRecord: ssml`Sorry, part of your saved record looks damaged, so I can't use it right now. I've noted the problem.`,
    somethingWentWrong: ssml`Sorry, something went wrong on my side. Please try that again.`,
    badRequest: ssml`Sorry, I couldn't make sense of that request.`,
    wrongSkill: ssml`Sorry, this request was meant for a different skill, so I can't answer it.`,
    tryAgainReprompt: ssml`What would you like to do?`,
    pause,
    speech,
  };
}
