import type { Locale } from '../locale';
import type { FocusTheme, GoodThing } from '../../domain/week/slice';
import type { RecapFacts } from '../../domain/week/recap';
import { excerpt, listOf, pause, speech, ssml, Ssml, type Speakable } from '../ssml';
import { timeoutsSentence } from './timeout';

/**
 * Spoken text of the week feature: the focus, last week's recap, the repair phrase,
 * appreciations, one good thing, and the summary for the next session.
 *
 * Language rules (rule 7): recaps and summaries speak as "we", never tally or grade a
 * partner, never blame. test/unit/week-language.test.ts enforces a list of words here.
 */
const THEMES: Record<FocusTheme, string> = {
  pursue_withdraw: 'noticing when we start the pursue-withdraw loop',
  repair_after_irritation: 'repairing after irritation',
  bids_for_connection: 'noticing bids for connection',
};

const RITUAL_NAMES: Record<string, string> = {
  walk: 'a walk together',
  meal: 'a meal without problem-solving',
  funny_text: 'a funny text',
  morning_hug: 'a morning hug',
  coffee: 'a coffee together before the phones come out',
  song: 'a song in the kitchen',
  photo: 'an old photo shared',
  goodnight: 'a proper goodnight',
  cook: 'cooking something together',
  sit_outside: 'ten minutes sitting outside',
};

const RITUAL_IDEAS: Record<string, string> = {
  walk: 'a short walk together, even fifteen minutes around the block, with the phones left at home',
  meal: 'one meal this week where nobody solves a problem: no logistics, no schedules, just eating together',
  funny_text: 'sending each other one funny text in the middle of a working day',
  morning_hug: 'a slow morning hug before either of you leaves, long enough to take a breath together',
  coffee: 'ten minutes of coffee or tea together before anyone looks at a phone',
  song: 'putting on a song you both like while you tidy the kitchen',
  photo: 'finding one old photo of the two of you and telling each other what you remember',
  goodnight: 'saying goodnight properly, at the same time, instead of drifting off separately',
  cook: 'cooking one simple thing together, with one of you choosing the music',
  sit_outside: 'ten minutes sitting outside together, no agenda',
};

/**
 * Labels of a note's parts when the summary reads them aloud. Alexa is speaking, so a part is
 * never read as "What I felt": the author hears "What you felt", the other partner hears
 * "What Alex felt". `who` is "you" or the author's name.
 */
type Who = { you: true } | { you: false; name: string };
const PART_LABELS: Record<string, (who: Who) => string> = {
  moment: (w) => `The moment ${w.you ? 'you' : w.name} noticed the pattern`,
  happened: () => 'What happened',
  felt: (w) => `What ${w.you ? 'you' : w.name} felt`,
  tried: (w) => `What ${w.you ? 'you' : w.name} tried`,
  stuck: (w) => `Where ${w.you ? 'you' : w.name} got stuck`,
  help: (w) => (w.you ? 'What you want help with next time' : `What ${w.name} wants help with next time`),
  better: () => 'What got better',
  worse: () => 'What got worse',
  attention: () => 'What needs attention next session',
  self: (w) => (w.you ? 'What you noticed about yourself' : `What ${w.name} noticed about themselves`),
  ourpattern: (w) => `What ${w.you ? 'you' : w.name} noticed about the pattern`,
  support: (w) => `What support would help ${w.you ? 'you' : w.name} try again`,
};

const NOTE_KINDS: Record<string, string> = {
  pattern: 'pattern note',
  quick: 'quick note',
  pretherapy: 'pre-therapy note',
  badweek: 'bad-week note',
};

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const NUMBER_WORDS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

function count(n: number, one: string, many: string): string {
  const word = n < NUMBER_WORDS.length ? NUMBER_WORDS[n]! : String(n);
  return `${word} ${n === 1 ? one : many}`;
}

export interface FocusWords {
  theme?: FocusTheme | string;
  text?: string;
}

/** The couple's own words when they used them; otherwise the common focus they chose. */
function focusWords(focus: FocusWords): Ssml {
  if (focus.text) return excerpt(focus.text, 160);
  if (focus.theme && focus.theme in THEMES) return ssml`${THEMES[focus.theme as FocusTheme]}`;
  return ssml`our focus`;
}

/** What they said they did, in their words; a ritual's name only when they said none. */
function goodThingWords(thing: GoodThing): Ssml {
  if (thing.text) return excerpt(thing.text, 120);
  if (thing.ritual && RITUAL_NAMES[thing.ritual]) return ssml`${RITUAL_NAMES[thing.ritual]}`;
  return ssml`a good moment together`;
}

const SHARED_KINDS: Record<string, [string, string]> = {
  pattern: ['shared pattern note', 'shared pattern notes'],
  quick: ['shared quick note', 'shared quick notes'],
  pretherapy: ['shared pre-therapy note', 'shared pre-therapy notes'],
  badweek: ['shared bad-week note', 'shared bad-week notes'],
};

/** "We had one shared quick note." / "We shared one pattern note and one quick note with each other." */
function sharedNotesSentence(shared: RecapFacts['sharedNotes']): Ssml | undefined {
  const kinds = Object.entries(shared.byKind).filter(([, n]) => n > 0);
  if (!kinds.length) return undefined;
  if (shared.fromBoth) {
    const items = kinds.map(([kind, n]) => {
      const [one, many] = SHARED_KINDS[kind] ?? ['shared note', 'shared notes'];
      return count(n, one.replace(/^shared /, ''), many.replace(/^shared /, ''));
    });
    return ssml`We shared ${listOf(items)} with each other.`;
  }
  const items = kinds.map(([kind, n]) => {
    const [one, many] = SHARED_KINDS[kind] ?? ['shared note', 'shared notes'];
    return count(n, one, many);
  });
  return ssml`We had ${listOf(items)}.`;
}

export function weekStrings(_locale: Locale) {
  return {
    // ---- focus ----
    focusWords,
    focusSet: (focus: FocusWords) =>
      ssml`This week's focus is ${focusWords(focus)}. If you'd like, each of you can name one small thing you're willing to do differently this week. Just say: my small step is, and then what it is.`,
    focusSetReprompt: ssml`Each of you can name one small thing to try this week: say my small step is, and then what it is. Or just say no.`,
    focusNeedChoice: ssml`What would you like this week's focus to be? You can say: let's focus on bids for connection, or, our focus this week is, and then your own words. Or ask me, what could our focus be?`,
    focusNeedChoiceReprompt: ssml`Say, for example: let's focus on repair after irritation.`,
    focusIdeas: ssml`Here are three focuses couples often choose. One: noticing when we start the pursue-withdraw loop, where one of us reaches for more and the other pulls back. Two: repairing after irritation, coming back to each other sooner after a sharp moment. Three: noticing bids for connection, the small ways we reach for each other during the day. To choose, say, for example: let's focus on bids for connection. Or say our focus this week is, and then your own words.`,
    focusIdeasReprompt: ssml`Which focus would you like? You can say: let's focus on the pursue-withdraw loop.`,
    whatIsFocus: (focus: FocusWords) => ssml`This week's focus is ${focusWords(focus)}.`,
    whatIsFocusWithSteps: (focus: FocusWords, steps: string[]) =>
      ssml`This week's focus is ${focusWords(focus)}. The small things you're each trying: ${listOf(
        steps.map((s) => excerpt(s, 120)),
      )}.`,
    noFocusYet: ssml`There's no focus set for this week yet. You can say: what could our focus be? Or set one, like: let's focus on bids for connection.`,
    anythingElse: ssml`Anything else?`,
    anythingElseReprompt: ssml`What would you like to do next?`,
    stepSaved: (name: string, step: string) =>
      ssml`Your small step this week, ${name}: ${excerpt(step, 160)}.`,
    stepInviteOther: (name: string) => ssml`${name}, you can name yours too, whenever you're ready.`,
    stepNeedText: ssml`What's one small thing you're willing to do differently this week? Say: my small step is, and then what it is.`,
    keptFocus: (focus: FocusWords) => ssml`Okay, we'll keep ${focusWords(focus)} as this week's focus.`,
    chooseNewFocus: ssml`Okay. When you're ready, say: what could our focus be? Or set one in your own words: our focus this week is, and then the words.`,

    // ---- therapy day and weeks ----
    dayName: (day: number) => DAY_NAMES[((day % 7) + 7) % 7]!,
    therapyDaySet: (day: number) =>
      ssml`Got it: your sessions are on ${DAY_NAMES[day]!}s. Your weeks now run from ${DAY_NAMES[day]!} to ${DAY_NAMES[(day + 6) % 7]!}, so the summary is ready for each session.`,
    therapyDayAsk: ssml`Which day are your sessions? You can say: our sessions are on Thursdays.`,
    therapyDayAskReprompt: ssml`Say, for example: our sessions are on Thursdays.`,

    // ---- last week's recap ----
    recapOffer: ssml`It's a new week. Would you like a short recap of last week?`,
    recapOfferReprompt: ssml`Would you like to hear how last week went? Yes or no?`,
    recap: (facts: RecapFacts): { speech: Ssml; asksToKeep: boolean } => {
      if (facts.firstWeek) {
        const now = facts.thisWeekFocus
          ? ssml`This week's focus is ${focusWords(facts.thisWeekFocus)}.`
          : ssml`A good first step is to choose one focus for this week. You can ask me, what could our focus be?`;
        return {
          speech: speech(
            ssml`This is our first week together, so there isn't a last week to look back on yet.`,
            now,
          ),
          asksToKeep: false,
        };
      }
      const parts: (Ssml | undefined)[] = [];
      parts.push(
        facts.focus
          ? ssml`Last week our focus was ${focusWords(facts.focus)}.`
          : ssml`Last week we went without a named focus.`,
      );
      if (facts.steps.length)
        parts.push(
          ssml`The small things we chose to try were: ${listOf(facts.steps.map((s) => excerpt(s, 120)))}.`,
        );
      if (!facts.quiet) {
        if (facts.checkins)
          parts.push(
            facts.checkinMinutes >= 2
              ? ssml`We had ${count(facts.checkins, 'check-in', 'check-ins')} together, about ${facts.checkinMinutes} minutes in all.`
              : ssml`We had ${count(facts.checkins, 'check-in', 'check-ins')} together.`,
          );
        parts.push(sharedNotesSentence(facts.sharedNotes));
        if (facts.timeouts.taken) parts.push(timeoutsSentence(facts.timeouts.taken, facts.timeouts.cameBack));
        if (facts.appreciations)
          parts.push(ssml`We named ${count(facts.appreciations, 'appreciation', 'appreciations')}.`);
        if (facts.goodThings.length)
          parts.push(
            ssml`And we protected something good: ${listOf(facts.goodThings.slice(-3).map(goodThingWords))}.`,
          );
        parts.push(ssml`That's real work between sessions.`);
      } else {
        parts.push(
          ssml`It sounds like last week was a quieter one for these practices, and that's okay: a busy week is still a real week. What would make it easier this week? A shorter check-in, or a reminder, can help.`,
        );
      }
      const asksToKeep = facts.focus !== undefined && facts.thisWeekFocus === undefined;
      if (asksToKeep)
        parts.push(
          ssml`Would you like to keep ${focusWords(facts.focus!)} as this week's focus, or choose a new one?`,
        );
      else if (facts.thisWeekFocus)
        parts.push(ssml`This week's focus is ${focusWords(facts.thisWeekFocus)}.`);
      else
        parts.push(
          ssml`Would you like to choose a focus for this week? You can ask, what could our focus be?`,
        );
      return { speech: speech(...parts), asksToKeep };
    },
    keepFocusReprompt: ssml`Should we keep last week's focus for this week? Yes or no?`,

    // ---- repair phrase (asked for mid-conflict: short and calm) ----
    repairPhrase: (text: string) => ssml`${pause(600)}<prosody rate="90%">${excerpt(text, 200)}</prosody>`,
    noRepairPhrase: ssml`${pause(300)}There's no repair phrase saved yet. When things are calm, you can choose one together: say, our repair phrase is, and then the words.`,
    repairPhraseSaved: (text: string) =>
      ssml`Your repair phrase is: ${excerpt(text, 200)}. When things start to sharpen, just ask me for it.`,
    repairPhraseAsk: ssml`What would you like your repair phrase to be? Say: our repair phrase is, and then the words. For example: our repair phrase is, can we start over.`,
    repairPhraseAskReprompt: ssml`Say: our repair phrase is, and then the words.`,
    repairPhraseTooLong: ssml`That's a long one. A repair phrase works best short enough to say in one breath. Could you try a shorter version? Say: our repair phrase is, and then the words.`,

    // ---- appreciations ----
    appreciationSaved: (firstToday: boolean) =>
      firstToday
        ? ssml`Thank you. That's saved as today's appreciation.`
        : ssml`Thank you, that's saved too.`,
    appreciationVague: (about: string) =>
      ssml`That's lovely to hear. What did ${about} do? Something specific lands best, like: I appreciate that ${about} made coffee this morning.`,
    appreciationAboutSelf: (speaker: string, about: string) =>
      ssml`That sounds like something you did, ${speaker}, and it counts too. For today's appreciation, what did ${about} do that you were glad of?`,
    appreciationVagueReprompt: (about: string) =>
      ssml`Say: I appreciate that ${about}, and then what they did.`,
    appreciationNeedText: (about: string) =>
      ssml`What would you like to appreciate? Say: I appreciate that ${about}, and then what they did.`,
    appreciationsFull: (about: string) =>
      ssml`This week's list of appreciations is full, so I haven't saved that one. It may mean the most said straight to ${about}.`,
    appreciationsHeader: (n: number) =>
      ssml`Here ${n === 1 ? 'is' : 'are'} this week's ${n === 1 ? 'appreciation' : 'appreciations'}.`,
    appreciationLine: (from: string, about: string, text: string) =>
      ssml`${pause(300)}From ${from}, for ${about}: ${excerpt(text, 200)}.`,
    noAppreciations: ssml`There are no appreciations for this week yet. Whenever one of you notices something, say: I appreciate that, and then what the other did.`,

    // ---- one good thing ----
    ritualName: (ritual: string) => RITUAL_NAMES[ritual] ?? ritual,
    suggestRitual: (ritual: string) =>
      ssml`Here's one small good thing: ${RITUAL_IDEAS[ritual] ?? RITUAL_NAMES[ritual] ?? ritual}. Want to make that your good thing this week?`,
    anotherRitual: (ritual: string) =>
      ssml`Another idea: ${RITUAL_IDEAS[ritual] ?? RITUAL_NAMES[ritual] ?? ritual}. How about that one?`,
    suggestRitualReprompt: ssml`Would you like to make that your good thing this week? Yes or no?`,
    ritualPlanned: ssml`Lovely. When you've done it, tell me: we protected our good thing.`,
    ritualDeclined: ssml`No problem. Whenever you want an idea, just ask me to suggest something good for us.`,
    goodThingSaved: (thing: GoodThing) =>
      ssml`That's wonderful. I've noted that you protected something good this week: ${goodThingWords(thing)}.`,
    goodThingWords,

    // ---- ready for therapy ----
    privacyGate: (name: string) =>
      ssml`I'll put your week together, ${name}. I can include your own private notes too, but anyone in the room may hear them. Shall I include them?`,
    privacyGateReprompt: ssml`Should I include your private notes in the summary? Yes or no?`,
    summaryIntro: (sessionDay?: number) =>
      sessionDay === undefined
        ? ssml`Here's our week, ready for the next session.`
        : ssml`Here's our week, ready for ${DAY_NAMES[sessionDay]!}'s session.`,
    summaryFocus: (focus: FocusWords | undefined) =>
      focus ? ssml`Our focus was ${focusWords(focus)}.` : ssml`We went without a named focus this week.`,
    summarySteps: (steps: string[]) =>
      ssml`The small things we chose to try: ${listOf(steps.map((s) => excerpt(s, 120)))}.`,
    summaryCheckins: (n: number, minutes: number) =>
      minutes >= 2
        ? ssml`We had ${count(n, 'check-in', 'check-ins')}, about ${minutes} minutes in all.`
        : ssml`We had ${count(n, 'check-in', 'check-ins')}.`,
    summaryTimeouts: (taken: number, cameBack: number) => timeoutsSentence(taken, cameBack, 'this week'),
    summaryAppreciations: (n: number) => ssml`We named ${count(n, 'appreciation', 'appreciations')}.`,
    summaryGoodThings: (things: GoodThing[]) =>
      ssml`We protected something good: ${listOf(things.slice(-3).map(goodThingWords))}.`,
    summarySharedHeader: (from: string, kind: string) =>
      ssml`${pause(300)}A shared ${NOTE_KINDS[kind] ?? 'note'} from ${from}.`,
    summaryOwnHeader: (name: string) => ssml`${pause(300)}Now your own private notes, ${name}.`,
    summaryOwnNote: (kind: string) => ssml`Your ${NOTE_KINDS[kind] ?? 'note'}.`,
    /** One part of a note; `author` is the author's name, or undefined when the author is listening. */
    summaryPart: (part: string | undefined, text: string, author?: string) =>
      part && PART_LABELS[part]
        ? ssml`${PART_LABELS[part](author === undefined ? { you: true } : { you: false, name: author })}: ${excerpt(text, 400)}.`
        : ssml`${excerpt(text, 400)}.`,
    summaryLittleWritten: ssml`There isn't much written down this week, and that's fine. You can bring what you remember: when the pattern showed up, what each of you felt, what you tried, and what helped even a little.`,
    summaryMore: ssml`${pause(300)}There's more. Say tell me more to keep going.`,
    summaryMoreReprompt: ssml`Say tell me more to hear the rest, or stop.`,
    summaryEnd: ssml`${pause(300)}That's the week. I hope the session goes well.`,
    summaryDone: ssml`That was everything for this summary. You can say get us ready for our session to hear it again.`,

    // ---- dictated text kept while asking who said it ----
    pendingMine: (kind: 'appreciation' | 'step', text: string, name: string) =>
      ssml`Earlier, ${kind === 'appreciation' ? 'an appreciation' : 'a small step'} was started and I kept it: ${excerpt(text, 160)}. Was that yours, ${name}?`,
    pendingMineReprompt: (name: string) => ssml`Was that yours, ${name}? Yes or no?`,
    pendingWho: (kind: 'appreciation' | 'step', text: string, first: string, second: string) =>
      ssml`Earlier, ${kind === 'appreciation' ? 'an appreciation' : 'a small step'} was started and I kept it: ${excerpt(text, 160)}. Who said it, ${first} or ${second}?`,
    okay: ssml`Okay.`,
    keptFirstPart: ssml`It was a long one, so I kept the first part.`,
    heldForLater: ssml`Sorry, I couldn't reach your saved record just now, so that isn't saved yet. I'm holding on to it in this conversation and will save it as soon as I can. If we get cut off before then, you may need to say it again. What would you like to do next?`,

    // ---- shared ----
    speech: (...parts: (Speakable | undefined | null | false)[]) => speech(...parts),
  };
}
