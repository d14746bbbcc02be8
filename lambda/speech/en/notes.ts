import type { NoteKind } from '../../domain/week/activity';
import type { PartId } from '../../domain/notes/templates';
import type { Locale } from '../locale';
import { excerpt, listOf, speech, ssml, type Ssml } from '../ssml';

/** Spoken text of the notes feature: pattern notes, quick notes, pre-therapy notes, bad-week questions. */
export function notesStrings(_locale: Locale) {
  const kindName: Record<NoteKind, Ssml> = {
    pattern: ssml`pattern note`,
    quick: ssml`quick note`,
    pretherapy: ssml`pre-therapy note`,
    badweek: ssml`bad-week answers`,
  };
  /** The kind with its article, for "You already have …" ("bad-week answers" takes none). */
  const aKind: Record<NoteKind, Ssml> = {
    pattern: ssml`a pattern note`,
    quick: ssml`a quick note`,
    pretherapy: ssml`a pre-therapy note`,
    badweek: ssml`bad-week answers`,
  };

  /** The question for each part, in our own words. */
  const question: Record<PartId, Ssml> = {
    moment: ssml`First: the moment you noticed your pattern. What was going on?`,
    happened: ssml`What happened?`,
    felt: ssml`What did you feel?`,
    tried: ssml`What did you try?`,
    stuck: ssml`Where did you get stuck?`,
    help: ssml`Last one: what would you like help with at your next session?`,
    better: ssml`What got better since your last session?`,
    worse: ssml`What got worse?`,
    attention: ssml`And what needs attention at your next session?`,
    self: ssml`What did you notice about yourself this week?`,
    ourpattern: ssml`What did you notice about your pattern as a couple?`,
    support: ssml`And what support would help you try again?`,
  };

  /** Short reprompts, for when the answer didn't come. */
  const reprompt: Record<PartId, Ssml> = {
    moment: ssml`When did you notice the pattern? Just tell me in your own words.`,
    happened: ssml`Tell me what happened, in your own words.`,
    felt: ssml`What did you feel? A few words is plenty.`,
    tried: ssml`What did you try? Or say skip.`,
    stuck: ssml`Where did it get stuck? Or say skip.`,
    help: ssml`What would you like help with next session?`,
    better: ssml`What got better? Or say skip.`,
    worse: ssml`What got worse? Or say skip.`,
    attention: ssml`What needs attention next session?`,
    self: ssml`What did you notice about yourself?`,
    ourpattern: ssml`What did you notice about your pattern together?`,
    support: ssml`What support would help you try again?`,
  };

  /** Labels for reading a note back. */
  const label: Record<PartId, Ssml> = {
    moment: ssml`The moment`,
    happened: ssml`What happened`,
    felt: ssml`What you felt`,
    tried: ssml`What you tried`,
    stuck: ssml`Where you got stuck`,
    help: ssml`What you want help with`,
    better: ssml`What got better`,
    worse: ssml`What got worse`,
    attention: ssml`What needs attention`,
    self: ssml`About yourself`,
    ourpattern: ssml`About your pattern`,
    support: ssml`Support that would help`,
  };

  /** Neutral labels, for reading a partner's note to both of them (the mutual reveal, a shared note). */
  const neutral: Record<PartId, Ssml> = {
    moment: ssml`The moment`,
    happened: ssml`What happened`,
    felt: ssml`Felt`,
    tried: ssml`Tried`,
    stuck: ssml`Got stuck`,
    help: ssml`Wants help with`,
    better: ssml`Better`,
    worse: ssml`Worse`,
    attention: ssml`Needs attention`,
    self: ssml`About themselves`,
    ourpattern: ssml`About the pattern`,
    support: ssml`Support that would help`,
  };

  const intro: Record<NoteKind, Ssml> = {
    pattern: ssml`Let's fill in your pattern template, one part at a time. Say skip, go back, or that's all whenever you like.`,
    quick: ssml`A quick note: three short parts.`,
    pretherapy: ssml`Let's do your pre-therapy note: three questions, about five minutes.`,
    badweek: ssml`I'm sorry it's been a hard week. A bad week doesn't mean therapy is failing; often the pattern just shows up more clearly once you're paying attention. It's information, not failure. Three questions, and that's enough.`,
  };

  const parts = (
    entries: { part: PartId; text: string }[],
    maxChars: number,
    labels: Record<PartId, Ssml> = label,
  ): Ssml => speech(...entries.map((e) => ssml`${labels[e.part]}: ${excerpt(e.text, maxChars)}.`));

  return {
    kindName,
    question,
    reprompt,
    label,
    intro,
    forSpeaker: (name: string) => ssml`Okay, ${name}.`,
    resumeIntro: (kind: NoteKind) => ssml`Let's pick up your ${kindName[kind]} where you left off.`,
    acknowledgements: [ssml`Got it.`, ssml`Thank you.`, ssml`Okay.`, ssml`Noted.`],
    shortened: ssml`That was a long answer, so I kept the first part of it.`,
    didNotCatch: ssml`Sorry, I didn't catch an answer there. Say it in your own words, or say skip, go back, or that's all.`,
    yesNoInNote: ssml`Tell me in a few words of your own, or say skip to move on, or that's all to save what you have.`,
    takeYourTime: ssml`Take your time. When you're ready, here's the question again.`,
    askingAgain: ssml`Sure, here it is again.`,
    goingOn: ssml`Okay, let's carry on.`,
    takeYourTimeOutside: ssml`Sure, take your time. I'm here when you're ready.`,
    whenReady: ssml`Whenever you're ready, just tell me what you'd like to do.`,
    held: ssml`I couldn't save that just now; I'm holding on to it and will save it as soon as I can.`,
    heldSaved: ssml`The part I was holding on to is saved now.`,
    skipped: ssml`Skipping that one.`,
    atFirstPart: ssml`That's the first part already.`,
    goingBack: (previous: string | undefined) =>
      previous
        ? ssml`Earlier you said: ${excerpt(previous, 200)}. Tell me the new version, or say skip to keep it.`
        : ssml`Going back.`,
    notInThisNote: (kind: NoteKind) =>
      ssml`That part isn't in your ${kindName[kind]}. You can say go back instead.`,
    soFar: (entries: { part: PartId; text: string }[]) =>
      entries.length ? speech(ssml`So far:`, parts(entries, 200)) : ssml`Nothing's written down yet.`,
    readBack: (entries: { part: PartId; text: string }[]) =>
      speech(ssml`Here's your note.`, parts(entries, 160)),
    saved: ssml`It's saved, and it's private to you unless you choose to share it.`,
    savedIncomplete: ssml`I've saved what you had; the parts you didn't answer are simply left blank.`,
    nothingToSave: ssml`There's nothing in this note yet, so there's nothing to save.`,
    whatNext: ssml`Anything else?`,
    keptAfterCrisis: ssml`I've kept that in your note. It's private to you, and you can finish the note another time by saying finish my note.`,
    addedTo: (kind: NoteKind) => ssml`I've added that to your ${kindName[kind]}.`,
    notDictating: ssml`We're not in the middle of a note right now. You can say add a pattern note, quick note, or finish my note.`,
    whatNextReprompt: ssml`You can start a check-in, add another note, or say stop.`,
    help: ssml`You're in the middle of a note. Just say your answer. You can also say skip, go back, change what I felt, read it back, or that's all to save what you have.`,
    keptForLater: ssml`I've kept everything you've said so far. Next time you open Between Us, I'll offer to pick up where you left off.`,
    stillHolding: ssml`I still couldn't save your last answer. If we stop now it may be lost. Shall I try saving it again?`,
    stillHoldingReprompt: ssml`Shall I try saving your last answer again? Yes or no?`,
    heldLost: ssml`Okay. I'm sorry, I couldn't save that last answer, but the rest of your note is kept.`,
    saveFailed: ssml`I couldn't save your note just now; I'm holding on to it. Say save my note in a moment and I'll try again.`,
    saveFailedReprompt: ssml`Say save my note to try again.`,
    notYourNote: (owner: string, other: string) =>
      ssml`This note is ${owner}'s. ${other}, you can start your own once ${owner} is done.`,
    // Resuming and replacing.
    offerResume: (kind: NoteKind) =>
      ssml`You were in the middle of your ${kindName[kind]}. Want to finish it?`,
    offerResumeWho: ssml`There's a note in progress.`,
    offerResumeReprompt: ssml`Would you like to finish your note? Yes or no?`,
    resumeDeclined: ssml`Okay, it'll keep for later.`,
    noDraft: ssml`You don't have a note in progress.`,
    putAside: (kind: NoteKind) =>
      kind === 'badweek'
        ? ssml`Your ${kindName[kind]} are kept just as they are, to finish another time.`
        : ssml`Your ${kindName[kind]} is kept just as it is, to finish another time.`,
    stillWaiting: (kind: NoteKind) =>
      kind === 'badweek'
        ? ssml`Your ${kindName[kind]} are still waiting for you; say finish my note whenever you'd like to carry on with them.`
        : ssml`Your ${kindName[kind]} is still waiting for you; say finish my note whenever you'd like to carry on with it.`,
    notSwitched: ssml`I couldn't start that note just now. Everything you've said so far is kept; try again in a moment.`,
    // Managing notes.
    noNotes: ssml`You don't have any saved notes yet. You can say add a pattern note.`,
    noteGone: ssml`I couldn't find that note anymore; it may have been deleted or reached the end of its keeping time.`,
    roomWarning: ssml`I can't tell voices apart on this device, so anyone in the room may hear it. Shall I read it?`,
    roomWarningReprompt: ssml`Shall I read your note out loud? Yes or no?`,
    okayNotRead: ssml`Okay, I won't read it.`,
    lastNote: (kind: NoteKind, when: string, entries: { part: PartId; text: string }[]) =>
      speech(
        ssml`Your ${kindName[kind]} from ${when}.`,
        entries.length ? parts(entries, 300) : ssml`It's empty.`,
      ),
    count: (n: number, drafting: boolean) =>
      speech(
        n === 0
          ? ssml`You haven't saved any notes this week yet.`
          : n === 1
            ? ssml`You've saved one note this week.`
            : ssml`You've saved ${n} notes this week.`,
        drafting && ssml`And you have one in progress.`,
      ),
    confirmDelete: (when: string) => ssml`Delete your last note, the one from ${when}? This can't be undone.`,
    confirmDeleteReprompt: ssml`Should I delete your last note? Yes or no?`,
    deleted: ssml`Deleted.`,
    notDeleted: ssml`Okay, I've left it as it is.`,
    shareOnlyWith: (other: string) => ssml`I can only share your notes with ${other}.`,
    shared: (other: string, when: string) => ssml`Done. ${other} can now hear your note from ${when}.`,
    alreadyShared: (other: string) => ssml`That note is already shared with ${other}.`,
    noShared: (other: string) => ssml`${other} hasn't shared a note with you yet.`,
    sharedNote: (author: string, kind: NoteKind, when: string, entries: { part: PartId; text: string }[]) =>
      speech(ssml`${author} shared ${aKind[kind]} from ${when}.`, parts(entries, 300, neutral)),
    // Handing over to the other partner.
    offerHandOff: (other: string, kind: NoteKind) =>
      kind === 'badweek'
        ? ssml`${other}, would you like to answer the same three questions?`
        : ssml`${other}, would you like to do your pre-therapy note too?`,
    offerHandOffReprompt: (other: string) => ssml`${other}, would you like a turn? Yes or no?`,
    handOffSameVoice: (other: string) =>
      ssml`That sounded like the same voice. ${other}, whenever you're ready, just ask me.`,
    // Mutual reveal.
    offerReveal: ssml`You've both filled in this week's template. Want to hear them together?`,
    offerRevealReprompt: ssml`Would you like to hear both templates together? Yes or no?`,
    askWilling: (name: string, other: string) => ssml`${name}, are you happy for ${other} to hear yours?`,
    askWillingReprompt: (name: string) => ssml`${name}, yes or no?`,
    needToHearFrom: (name: string) => ssml`I need to hear that from ${name}.`,
    revealDeclined: ssml`That's fine. They stay private, and you can say hear our templates together another time.`,
    revealNotReady: ssml`The mutual reveal is for when you've both filled in this week's template.`,
    reveal: (
      first: { name: string; entries: { part: PartId; text: string }[] },
      second: { name: string; entries: { part: PartId; text: string }[] },
    ) =>
      speech(
        ssml`${first.name}'s template.`,
        parts(first.entries, 300, neutral),
        ssml`<break time="700ms"/>`,
        ssml`${second.name}'s template.`,
        parts(second.entries, 300, neutral),
        ssml`Thank you both. You can bring these to your next session.`,
      ),
    names: (names: string[]) => listOf(names),
  };
}
