import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { completeTask, launchTaskTimerBody } from '../../lambda/alexa/timers';
import { TIMER_PLAYS_AUDIBLE, timerConfirmText, timerInstruction } from '../../lambda/speech/en/timer';
import { stringsFor } from '../../lambda/speech';
import { SUPPORTED_LOCALES } from '../../lambda/domain/locale';
import { ssml, toPlainText } from '../../lambda/speech/ssml';

const LAMBDA = join(__dirname, '..', '..', 'lambda');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** What Alexa says for the confirmation text: the placeholder is "continue with Between Us". */
const asAlexaSaysIt = (text: string) => text.replace('{continueWithSkillName}', 'continue with Between Us');

describe('how a skill timer ends, in one place', () => {
  it('asks its confirmation with the placeholder as the whole "continue with Between Us" phrase', () => {
    const text = timerConfirmText("That's time.");
    expect(text.match(/\{continueWithSkillName\}/g)).toHaveLength(1);
    expect(asAlexaSaysIt(text)).toBe("That's time. Shall we continue with Between Us?");
    expect(text).not.toMatch(/(continue|carry on|go on|on) with \{continueWithSkillName\}/i);
  });

  it('the check-in uses it in every locale', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const text = stringsFor(locale).checkin.timerConfirmText;
      expect(asAlexaSaysIt(text)).toMatch(/Shall we continue with Between Us\?$/);
      expect(text).not.toMatch(/with \{continueWithSkillName\}/);
    }
  });

  it('sets the chime the instructions describe', () => {
    const body = launchTaskTimerBody({
      skillId: 'amzn1.ask.skill.x',
      locale: 'en-US',
      durationMs: 60_000,
      label: 'Check-in: first turn',
      textToConfirm: timerConfirmText('Done.'),
      input: { checkinId: 'c1', turn: 0 },
      playAudible: stringsFor('en-US').timerPlaysAudible,
    });
    expect(body.triggeringBehavior.notificationConfig.playAudible).toBe(TIMER_PLAYS_AUDIBLE);
  });

  it('tells the couple to stop the chime first, then say yes, because the timer plays audibly', () => {
    // The lead's decision: the chime calls a couple back from another room.
    expect(TIMER_PLAYS_AUDIBLE).toBe(true);
    const said = toPlainText(timerInstruction(ssml`I'll come back for Sam's turn`).markup);
    expect(said).toBe(
      "When the timer rings, say: Alexa, stop. Then say yes when Alexa asks to continue with Between Us, and I'll come back for Sam's turn.",
    );
    expect(said.indexOf('Alexa, stop')).toBeLessThan(said.indexOf('say yes'));
  });

  it('escapes what it is given to say next', () => {
    expect(timerInstruction(ssml`I'll come back for ${'A&B'}'s turn`).markup).toContain('A&amp;B');
  });

  it('leaves no other spoken timer instruction anywhere in the skill', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(LAMBDA)) {
      const name = relative(LAMBDA, file);
      const text = readFileSync(file, 'utf8');
      if (/with \{continueWithSkillName\}/.test(text))
        offenders.push(`${name}: "with {continueWithSkillName}"`);
      if (name === join('speech', 'en', 'timer.ts')) continue;
      // An instruction for when a timer ends belongs in timerInstruction, nowhere else.
      if (/(goes off|rings|timer ends|time is up)[^`'\n]*say yes/i.test(text)) offenders.push(name);
    }
    expect(offenders).toEqual([]);
  });

  it('every check-in sentence that sets a timer carries the instruction', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const { checkin } = stringsFor(locale);
      const instruction = (then: string) => toPlainText(timerInstruction(ssml`${then}`).markup);
      expect(toPlainText(checkin.timerSetFirst('5 minutes', 'Sam').markup)).toContain(
        instruction("I'll come back for Sam's turn"),
      );
      expect(toPlainText(checkin.timerSetSecond('5 minutes').markup)).toContain(
        instruction("I'll come back to close"),
      );
      expect(toPlainText(checkin.timerRestarted.markup)).toContain(instruction("I'll come back"));
    }
  });
});

describe('Tasks.CompleteTask', () => {
  it('is added once to an answer, beside its other directives', () => {
    const once = completeTask({ directives: [{ type: 'Alexa.Presentation.APL.RenderDocument' }] });
    const twice = completeTask(once);
    expect(twice.directives).toEqual([
      { type: 'Alexa.Presentation.APL.RenderDocument' },
      { type: 'Tasks.CompleteTask', status: { code: '200', message: 'OK' } },
    ]);
    expect(completeTask({} as { directives?: unknown[] }).directives).toHaveLength(1);
  });
});
