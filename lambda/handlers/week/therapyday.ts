import { weekStart } from '../../domain/week/calendar';
import { rekeyHousehold, rollHousehold } from '../../domain/week/plan';
import { rememberTimeZone, timeZoneOf } from '../week-of';
import { defineHandler } from '../define';
import { slot, slotId } from '../flow';
import { andAnythingElse } from './common';

const DAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** AMAZON.DayOfWeek gives "thursday" (sometimes "thursdays"); 0 = Sunday … 6 = Saturday. */
export function dayFromSlot(value: string | undefined): number | undefined {
  const t = (value ?? '').toLowerCase();
  const index = DAYS.findIndex((d) => t.startsWith(d) || t.startsWith(d.slice(0, 3)));
  return index >= 0 ? index : undefined;
}

/**
 * "Our sessions are on Thursdays": weeks now run from the therapy day. This week's plan,
 * activity and mutual-reveal state move to the new week start (nothing is dropped), in one write.
 */
export const therapyDayHandler = defineHandler({
  name: 'week.therapyDay',
  intents: ['TherapyDayIntent'],
  needs: 'household',
  handle: async ({ turn, input }) => {
    const day = dayFromSlot(slotId(input, 'day') ?? slot(input, 'day'));
    if (day === undefined) {
      turn.setDialog({ kind: 'week.therapyDay' });
      return turn.ask(turn.t.week.therapyDayAsk, turn.t.week.therapyDayAskReprompt);
    }
    const timeZone = await timeZoneOf(turn);
    await turn.update((h) => {
      const oldWeek = weekStart(turn.now, timeZone, h.settings.therapyDay);
      const newWeek = weekStart(turn.now, timeZone, day);
      const rolled = rollHousehold(h, oldWeek, turn.now);
      const moved = rekeyHousehold(
        { ...rolled.household, settings: { ...rolled.household.settings, therapyDay: day } },
        oldWeek,
        newWeek,
      );
      return { household: rememberTimeZone(moved, timeZone), records: rolled.records };
    });
    turn.logger.info('therapy day set', { day });
    return andAnythingElse(turn, turn.t.week.therapyDaySet(day));
  },
});
