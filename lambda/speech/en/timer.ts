import { ssml, type Ssml } from '../ssml';

/**
 * The one place for how a skill timer ends and what the couple is told about it, for the
 * check-in and the time-out alike. The turn's strings carry TIMER_PLAYS_AUDIBLE
 * (`turn.t.timerPlaysAudible`), and handlers/timers.ts hands it to the Timers API body.
 *
 * How a timer ends, decided once. With
 * `playAudible: true` the timer chimes like any Alexa timer (it calls a couple back even from
 * another room) and Alexa asks its confirmation question only once the chime is dismissed
 * ("Alexa, stop"); with `false` it would ask at once, with no chime (ask-sdk-model,
 * services.timerManagement: NotificationConfig.playAudible and TextToConfirm.text).
 */
export const TIMER_PLAYS_AUDIBLE = true;

/**
 * What Alexa asks when a LAUNCH_TASK timer ends. `{continueWithSkillName}` stands for the
 * whole phrase "continue with Between Us" (the Timers API requires it), so it is the verb
 * phrase of the question, never the object of another "continue with".
 */
export function timerConfirmText(whatEnded: string): string {
  return `${whatEnded} Shall we {continueWithSkillName}?`;
}

/**
 * The spoken instruction for when a timer the skill set ends, matching TIMER_PLAYS_AUDIBLE:
 * `then` is what the skill does next ("I'll come back for Sam's turn").
 */
export function timerInstruction(then: Ssml): Ssml {
  return TIMER_PLAYS_AUDIBLE
    ? ssml`When the timer rings, say: Alexa, stop. Then say yes when Alexa asks to continue with Between Us, and ${then}.`
    : ssml`When the time is up, Alexa will ask to continue with Between Us. Say yes, and ${then}.`;
}
