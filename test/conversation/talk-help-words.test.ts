import { loadModel, Resolver } from '../../tools/console/nlu';

/**
 * What the moment's help offers ("you can say: pause, we're done...") is understood as what it
 * offers, by the skill's own interaction model (lambda/speech/en/help.ts holds the wording).
 */
describe('the words help offers are understood', () => {
  const resolver = new Resolver(loadModel('en-US'));
  const cases: [string, string][] = [
    // A check-in turn, or a paused one.
    ['how much time is left', 'TimeLeftIntent'],
    ['pause', 'AMAZON.PauseIntent'],
    ['another question', 'AnotherQuestionIntent'],
    ['switch', 'ReadyToSwitchIntent'],
    ["we're done", 'EndCheckinIntent'],
    ['resume our check-in', 'AMAZON.ResumeIntent'],
    ['continue our check-in', 'ContinueCheckinIntent'],
    ['Mondays and Thursdays at 8 pm', 'SetCheckinRemindersIntent'],
    // The time-out.
    ['make it fifteen minutes', 'TimeOutLengthIntent'],
    ['help me calm down', 'BreathingIntent'],
    ["we're back", 'TimeOutBackIntent'],
    ['not yet', 'TimeOutNotYetIntent'],
    // The week.
    ["let's focus on bids for connection", 'SetFocusIntent'],
    ['what could our focus be', 'FocusIdeasIntent'],
    ['my small step is to put my phone away', 'SmallStepIntent'],
    ['our repair phrase is, can we start over', 'SetRepairPhraseIntent'],
    ['I appreciate that you made dinner tonight', 'AppreciationIntent'],
    ['our sessions are on Tuesdays', 'TherapyDayIntent'],
    ['tell me more', 'TellMeMoreIntent'],
  ];
  it.each(cases)('"%s" is %s', (said, intent) => {
    expect(resolver.resolve(said).intent).toBe(intent);
  });
});
