import { breakRemainingMs } from '../../domain/timeout/machine';
import { defineHandler } from '../define';

/**
 * "Help me calm down": about a minute of paced breathing, in for four and out for six, spoken
 * with SSML breaks (each under Alexa's ten-second limit, the whole well under 8,000 characters).
 * Alexa stops it as soon as someone says "Alexa". It needs nothing stored, so a database fault
 * never keeps it from being said.
 */
export const breathingHandler = defineHandler({
  name: 'timeout.breathe',
  intents: ['BreathingIntent'],
  needs: 'nothing',
  handle: async ({ turn }) => {
    const { timeout: say } = turn.t;
    const active = await turn.household().then(
      (h) => h?.timeout.active,
      () => undefined,
    );
    const onBreak =
      active?.state === 'running' && (active.selfTimed || breakRemainingMs(active, turn.now) > 0);
    return turn.tell(say.speech(say.breathing, onBreak ? say.afterBreathingOnBreak : say.afterBreathing));
  },
});
