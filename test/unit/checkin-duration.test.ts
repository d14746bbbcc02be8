import { isoDurationMinutes, parseLength } from '../../lambda/domain/checkin/duration';
import { durationToMs, isoDuration, launchTaskTimerBody, timerRemainingMs } from '../../lambda/alexa/timers';
import { localDateTime, timeOf, weekdayOf, weeklyReminderBody } from '../../lambda/alexa/reminders';
import { lengthPhrase, timeLeftPhrase } from '../../lambda/speech/en/checkin';

describe('check-in lengths', () => {
  it('reads AMAZON.NUMBER and AMAZON.DURATION values', () => {
    expect(parseLength('20')).toEqual({ minutes: 20 });
    expect(parseLength(undefined, 'PT30M')).toEqual({ minutes: 30 });
    expect(parseLength(undefined, 'PT1H')).toEqual({ minutes: 60 });
    expect(parseLength('5', 'PT15M')).toEqual({ minutes: 15 });
    expect(parseLength(undefined, 'PT90S')).toEqual({ minutes: 2 });
  });

  it('keeps lengths between two and sixty minutes, and says when it adjusted them', () => {
    expect(parseLength('1')).toEqual({ minutes: 2, adjusted: 'raised' });
    expect(parseLength('300')).toEqual({ minutes: 60, adjusted: 'lowered' });
  });

  it('ignores what is not a length', () => {
    expect(parseLength(undefined, undefined)).toBeUndefined();
    expect(parseLength('?')).toBeUndefined();
    expect(parseLength('0')).toBeUndefined();
    expect(parseLength(undefined, 'tomorrow')).toBeUndefined();
    expect(isoDurationMinutes('PT')).toBeUndefined();
  });

  it('speaks turn lengths and time left naturally', () => {
    expect(lengthPhrase(5 * 60_000)).toBe('5 minutes');
    expect(lengthPhrase(150_000)).toBe('2 and a half minutes');
    expect(lengthPhrase(60_000)).toBe('1 minute');
    expect(lengthPhrase(90_000)).toBe('a minute and a half');
    expect(lengthPhrase(90_000)).not.toMatch(/1 and a half/);
    expect(lengthPhrase(210_000)).toBe('3 and a half minutes');
    expect(timeLeftPhrase(30_000)).toBe('less than a minute');
    expect(timeLeftPhrase(179_000)).toBe('about 3 minutes');
  });
});

describe('the Timers API body', () => {
  it('is a visible, audible LAUNCH_TASK timer for our task', () => {
    const body = launchTaskTimerBody({
      skillId: 'amzn1.ask.skill.x',
      locale: 'en-GB',
      durationMs: 150_000,
      label: 'Check-in: first turn',
      textToConfirm: 'Carry on with {continueWithSkillName}?',
      input: { checkinId: 'c1', turn: 0 },
      playAudible: true,
    });
    expect(body).toEqual({
      duration: 'PT2M30S',
      timerLabel: 'Check-in: first turn',
      creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
      triggeringBehavior: {
        operation: {
          type: 'LAUNCH_TASK',
          textToConfirm: [{ locale: 'en-GB', text: 'Carry on with {continueWithSkillName}?' }],
          task: { name: 'amzn1.ask.skill.x.CheckInTurn', version: '1', input: { checkinId: 'c1', turn: 0 } },
        },
        notificationConfig: { playAudible: true },
      },
    });
  });

  it('converts durations both ways and reads the time left', () => {
    expect(isoDuration(3_600_000)).toBe('PT1H');
    expect(isoDuration(0)).toBe('PT1S');
    expect(durationToMs('PT3M3S')).toBe(183_000);
    const now = new Date('2026-11-18T18:00:00Z');
    expect(timerRemainingMs({ id: 'a', status: 'ON', triggerTime: '2026-11-18T18:02:00Z' }, now)).toBe(
      120_000,
    );
    expect(timerRemainingMs({ id: 'a', status: 'PAUSED', remainingTimeWhenPaused: 'PT1M' }, now)).toBe(
      60_000,
    );
    expect(timerRemainingMs({ id: 'a', status: 'OFF' }, now)).toBeUndefined();
  });
});

describe('the Reminders API body', () => {
  it('reads spoken days and times', () => {
    expect(weekdayOf('Tuesdays')).toBe('TU');
    expect(weekdayOf('thu')).toBe('TH');
    expect(weekdayOf('someday')).toBeUndefined();
    expect(timeOf('20:00')).toBe('20:00');
    expect(timeOf('7:05')).toBe('07:05');
    expect(timeOf('EV')).toBe('19:00');
    expect(timeOf('25:00')).toBeUndefined();
    expect(timeOf(undefined)).toBeUndefined();
  });

  it('is a weekly rule in the device time zone, in local time', () => {
    const now = new Date('2026-11-19T03:30:00Z');
    expect(localDateTime(now, 'America/Los_Angeles')).toBe('2026-11-18T19:30:00.000');
    const body = weeklyReminderBody({
      now,
      timeZone: 'America/Los_Angeles',
      days: ['TU', 'FR'],
      time: '20:30',
      locale: 'en-US',
      text: 'Time for your check-in.',
    });
    expect(body.trigger).toEqual({
      type: 'SCHEDULED_ABSOLUTE',
      timeZoneId: 'America/Los_Angeles',
      recurrence: {
        startDateTime: '2026-11-18T00:00:00.000',
        recurrenceRules: ['FREQ=WEEKLY;BYDAY=TU,FR;BYHOUR=20;BYMINUTE=30;BYSECOND=0;INTERVAL=1;'],
      },
    });
    expect(body.alertInfo.spokenInfo.content).toEqual([{ locale: 'en-US', text: 'Time for your check-in.' }]);
  });
});
