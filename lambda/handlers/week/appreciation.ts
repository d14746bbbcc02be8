import type { Response } from 'ask-sdk-model';
import { otherPartner, partner, type Partner } from '../../domain/household';
import { isSpecificAppreciation, namesOnlySpeaker } from '../../domain/week/appreciation';
import { localDate } from '../../domain/week/calendar';
import { MAX_TEXT } from '../../domain/week/slice';
import { appreciationsFull, thisWeek } from '../../domain/week/plan';
import { speech } from '../../speech/ssml';
import type { Turn } from '../../turn';
import { defineHandler } from '../define';
import { askSetupFirst, slot } from '../flow';
import {
  andAnythingElse,
  heldAnswer,
  keepUntilSpeakerKnown,
  requireSpeakerKeeping,
  saveDictated,
  weekNow,
} from './common';

/**
 * "I appreciate that Sam made coffee this morning": saved from the speaker about the other
 * partner. A general compliment gets a gentle question about what was done. One a day is the
 * rhythm: the first of the day is called today's; more are welcome; nothing ever nags.
 */
export async function saveAppreciation(
  turn: Turn,
  speaker: Partner,
  text: string,
  long = text.length > MAX_TEXT,
): Promise<Response> {
  // Everything may have been deleted from the other Echo while this dialog was open.
  const household = await turn.setUpHousehold();
  if (!household) return askSetupFirst(turn);
  const about = otherPartner(household, speaker.id);
  const names = household.partners.map((p) => p.name);
  if (namesOnlySpeaker(text, speaker.name, about.name)) {
    turn.setDialog({ kind: 'week.appreciation' });
    return turn.ask(
      turn.t.week.appreciationAboutSelf(speaker.name, about.name),
      turn.t.week.appreciationVagueReprompt(about.name),
    );
  }
  if (!isSpecificAppreciation(text, names)) {
    turn.setDialog({ kind: 'week.appreciation' });
    return turn.ask(
      turn.t.week.appreciationVague(about.name),
      turn.t.week.appreciationVagueReprompt(about.name),
    );
  }
  const { timeZone, week } = await weekNow(turn);
  if (appreciationsFull(thisWeek(household, week).plan)) {
    return andAnythingElse(turn, turn.t.week.appreciationsFull(about.name));
  }
  const today = localDate(turn.now, timeZone).date;
  const firstToday = !thisWeek(household, week).plan.appreciations.some(
    (a) => a.author === speaker.id && localDate(new Date(a.at), timeZone).date === today,
  );
  const saved = await saveDictated(turn, {
    kind: 'appreciation',
    author: speaker.id,
    about: about.id,
    text,
    at: turn.now.toISOString(),
  });
  if (!saved) return heldAnswer(turn);
  turn.logger.info('appreciation saved', { firstToday });
  return andAnythingElse(
    turn,
    speech(turn.t.week.appreciationSaved(firstToday), long && turn.t.week.keptFirstPart),
  );
}

export const appreciationHandler = defineHandler({
  name: 'week.appreciation',
  intents: ['AppreciationIntent'],
  needs: 'household',
  handle: async ({ turn, input, household }) => {
    const text = slot(input, 'appreciation');
    const names = household.partners.map((p) => p.name);
    // A specific appreciation is written before asking who said it, so nothing is lost.
    if (text && isSpecificAppreciation(text, names)) {
      const asked = await keepUntilSpeakerKnown(turn, 'appreciation', text);
      if (asked) return asked;
    }
    // Waits in the session while "Is this Alex or Sam?" is asked: capped like a stored one.
    const speaker = await requireSpeakerKeeping(turn, 'week.appreciation', text ?? '');
    if (!('id' in speaker)) return speaker;
    if (!text) {
      const about = otherPartner(household, speaker.id);
      turn.setDialog({ kind: 'week.appreciation' });
      return turn.ask(
        turn.t.week.appreciationNeedText(about.name),
        turn.t.week.appreciationVagueReprompt(about.name),
      );
    }
    return saveAppreciation(turn, speaker, text);
  },
});

/** "Hear our appreciations": this week's, shared between the two by nature; text escaped. */
export const hearAppreciationsHandler = defineHandler({
  name: 'week.hearAppreciations',
  intents: ['HearAppreciationsIntent'],
  needs: 'household',
  handle: async ({ turn, household }) => {
    const { week } = await weekNow(turn);
    const list = thisWeek(household, week).plan.appreciations;
    if (!list.length) return andAnythingElse(turn, turn.t.week.noAppreciations);
    const lines = list.map((a) =>
      turn.t.week.appreciationLine(
        partner(household, a.author).name,
        partner(household, a.about).name,
        a.text,
      ),
    );
    return andAnythingElse(turn, speech(turn.t.week.appreciationsHeader(list.length), ...lines));
  },
});
