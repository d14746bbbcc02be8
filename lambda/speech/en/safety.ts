import type { Locale } from '../../domain/locale';
import type { CrisisKind } from '../../domain/safety/crisis-kinds';
import { linesFor, RESOURCES, type CrisisLine } from '../resources';
import { pause, speech, ssml, Ssml } from '../ssml';

/**
 * Spoken text of the safety feature: the crisis answer, deletion, retention and what is kept.
 * The crisis answer is brief and caring, gives the locale's numbers, offers to repeat them
 * slowly, never claims to call anyone, and does not pretend to be therapy. When the danger may
 * be in the room (violence, or danger of no known kind) it first asks whether the person is
 * safe right now, then gives the emergency number before any other.
 */

/** A number read normally: Alexa reads telephone numbers digit group by digit group. */
function number(line: CrisisLine): Ssml {
  const digits = ssml`<say-as interpret-as="telephone">${line.groups.join(' ')}</say-as>`;
  return line.alias && line.alias !== line.name ? ssml`${line.alias}, ${digits}` : digits;
}

/** A number read slowly: each group spelled out digit by digit, with a pause between groups. */
function slowNumber(line: CrisisLine): Ssml {
  const groups = line.groups.map((g) => ssml`<say-as interpret-as="digits">${g}</say-as>`);
  return new Ssml(groups.map((g) => g.markup).join(pause(450).markup));
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function amount(n: number, one: string, many: string): string {
  const word = n <= 10 ? NUMBER_WORDS[n]! : String(n);
  return `${word} ${n === 1 ? one : many}`;
}

/** A retention period in days, said the way people say it: "one year", "three months", "ten days". */
export function describeDays(days: number): string {
  if (days % 365 === 0) return amount(days / 365, 'year', 'years');
  if (days % 30 === 0) return amount(days / 30, 'month', 'months');
  if (days % 7 === 0) return amount(days / 7, 'week', 'weeks');
  return amount(days, 'day', 'days');
}

export interface DeletedCounts {
  notes: number;
  checkins: number;
  weeks: number;
  other: number;
  household: boolean;
}

export function safetyStrings(locale: Locale) {
  const lineSentence = (line: CrisisLine, slow: boolean): Ssml => {
    const n = slow ? ssml`<prosody rate="slow">${slowNumber(line)}</prosody>` : number(line);
    const extra = line.extra ? ssml`, ${line.extra}` : '';
    return ssml`You can ${line.how} ${line.name} on ${n}${extra}.`;
  };

  /** The resources for this locale and kind: the emergency number first, then who to talk to. */
  const resources = (kind: CrisisKind, slow: boolean): Ssml => {
    const { lines, finder } = linesFor(locale, kind);
    const [emergency, ...others] = lines;
    const emergencyNumber = slow
      ? ssml`<prosody rate="slow">${slowNumber(emergency!)}</prosody>`
      : number(emergency!);
    return speech(
      ssml`If you're in danger right now, call ${emergencyNumber}.`,
      ...others.map((line) => lineSentence(line, slow)),
      finder ? ssml`For abuse at home, ${finder}.` : undefined,
      slow ? undefined : ssml`They're there day and night.`,
    );
  };

  /** Violence, or danger of no known kind: the person who hurts may be in the room. */
  const dangerNear = (kind: CrisisKind) => kind !== 'self-harm';

  return {
    /** The crisis answer; whatever exercise was going on has been stopped. */
    crisis: (kind: CrisisKind, options: { canKeep: boolean }) =>
      speech(
        ssml`I'm really glad you told me.`,
        dangerNear(kind)
          ? ssml`Are you safe right now?`
          : ssml`Let's put everything else aside for now; your safety matters most.`,
        resources(kind, false),
        // American spelling for en-US, Commonwealth spelling elsewhere.
        locale === 'en-US'
          ? ssml`I can't call anyone for you, and I'm not a counselor, but they can help right now.`
          : ssml`I can't call anyone for you, and I'm not a counsellor, but they can help right now.`,
        options.canKeep
          ? ssml`What you just said hasn't been saved. If you want to keep it as a note, say: keep my note.`
          : undefined,
        ssml`Would you like me to repeat the numbers slowly?`,
      ),
    crisisReprompt: ssml`Should I say those numbers again, slowly?`,
    /** The same numbers, slowly, digit by digit. */
    crisisSlowly: (kind: CrisisKind) =>
      speech(
        ssml`Here they are, slowly.`,
        resources(kind, true),
        ssml`Would you like to hear them once more?`,
      ),
    crisisSlowlyReprompt: ssml`Should I say them once more?`,
    /** The goodbye after the crisis answer: short, safe if overheard, never "take care of each other". */
    crisisClose: ssml`Okay. If you're in danger, call ${number(RESOURCES[locale].emergency)}. Whenever you need the numbers again, say: ask Between Us for the crisis numbers. Please take care of yourself.`,
    crisisNothingToKeep: ssml`There's nothing waiting to be kept. Would you like me to repeat the numbers slowly?`,
    crisisEarlierPartsKept: ssml`What you said earlier in your note is saved, and you can finish it another time. What you just said wasn't kept. Would you like me to repeat the numbers slowly?`,

    // ---- deleting ----
    deleteMineConfirm: (name: string, voiceRecognized: boolean) =>
      speech(
        ssml`${name}, this permanently deletes every note you've saved or started here, including any you've shared. It can't be undone.`,
        voiceRecognized
          ? undefined
          : ssml`I can't recognize voices here, so please make sure this is ${name} asking.`,
        ssml`Delete your notes?`,
      ),
    deleteMineReprompt: ssml`Should I delete all of your notes? Yes or no?`,
    deleteMineDone: ssml`Done. Your notes are deleted, including any you hadn't finished.`,
    deleteMineNone: ssml`You don't have any notes saved here, so there's nothing to delete.`,
    deleteAllConfirm: ssml`This permanently deletes everything Between Us keeps about you both: your names, your settings, and every note, check-in and weekly summary, for both of you. It can't be undone. Alexa's own voice history is separate and stays in the Alexa app. Are you sure?`,
    deleteAllReprompt: ssml`Should I delete everything about you both? Yes or no?`,
    deleteAllDone: (counts: DeletedCounts) => {
      const parts = [
        counts.notes ? amount(counts.notes, 'note', 'notes') : undefined,
        counts.checkins ? amount(counts.checkins, 'check-in', 'check-ins') : undefined,
        counts.weeks ? amount(counts.weeks, 'weekly summary', 'weekly summaries') : undefined,
        counts.other ? amount(counts.other, 'other record', 'other records') : undefined,
        counts.household ? 'your names and settings' : undefined,
      ].filter((p): p is string => p !== undefined);
      const list =
        parts.length <= 1
          ? (parts[0] ?? '')
          : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
      return speech(
        ssml`Done. I've deleted everything about you both: ${list}.`,
        ssml`Alexa's own voice history is separate; you can delete it in the Alexa app. If you come back, we'll start fresh. Take care.`,
      );
    },
    deleteAllNothing: ssml`There's nothing stored about you here, so there's nothing to delete. Take care.`,
    deleteCancelled: ssml`Okay, I haven't deleted anything.`,

    // ---- retention ----
    retentionIs: (days: number) =>
      ssml`I keep each note, check-in and weekly summary for ${describeDays(days)} after it's saved, then it's deleted automatically. To change that, say, for example: keep our notes for three months.`,
    retentionSet: (days: number) =>
      ssml`Done. From now on, what you save is kept for ${describeDays(days)}. Things already saved keep their earlier date; to remove them sooner, say delete my notes, or delete everything about us.`,
    retentionAlready: (days: number) => ssml`That's already how long I keep things: ${describeDays(days)}.`,
    retentionAsk: ssml`How long should I keep your notes? You can say, for example, three months, or one year.`,
    retentionAskReprompt: ssml`How long should I keep your notes? For example, six months.`,
    retentionOutOfRange: ssml`I can keep things for anywhere from one week to ten years. How long would you like?`,

    // ---- what is kept ----
    privacyInfo: (days: number) =>
      ssml`Here's what I keep: your two first names, your settings, and the notes, check-ins and weekly summaries you make, in your household's own record, for ${describeDays(days)} unless you change it. Each partner's notes are read only to them until they share one. Alexa's own voice history may also keep what's said to it; you can review and delete it in the Alexa app. You can say delete my notes, or delete everything about us, at any time.`,
    anythingElse: ssml`What would you like to do?`,
  };
}
