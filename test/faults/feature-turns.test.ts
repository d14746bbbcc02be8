import type { Device, TurnResult } from '../../tools/device';
import { modelIntents } from '../fuzz/envelopes';
import { setUpHousehold } from '../support/harness';
import { faultRig, KIND, slowTurns, TECHNICAL, type FaultRig } from './support';

/**
 * Every main turn of every feature, asked while the database is stopped or hung: a plain, kind
 * answer within three seconds, never silence and never a technical message. One line per turn;
 * a turn whose intent is not in the interaction model is skipped.
 */
const TURNS: { name: string; intent?: string; run: (echo: Device) => Promise<TurnResult | undefined> }[] = [
  { name: 'open the skill', run: (e) => e.launch() },
  { name: 'start our check-in', intent: 'StartCheckinIntent', run: (e) => e.intent('StartCheckinIntent') },
  {
    name: 'continue our check-in',
    intent: 'ContinueCheckinIntent',
    run: (e) => e.intent('ContinueCheckinIntent'),
  },
  { name: 'how much time is left', intent: 'TimeLeftIntent', run: (e) => e.intent('TimeLeftIntent') },
  {
    name: 'add a pattern note',
    intent: 'StartPatternNoteIntent',
    run: (e) => e.intent('StartPatternNoteIntent'),
  },
  { name: 'finish my note', intent: 'ResumeNoteIntent', run: (e) => e.intent('ResumeNoteIntent') },
  { name: 'read my last note', intent: 'ReadLastNoteIntent', run: (e) => e.intent('ReadLastNoteIntent') },
  {
    name: 'set our focus',
    intent: 'SetFocusIntent',
    run: (e) => e.intent('SetFocusIntent', { focusText: 'slowing down' }),
  },
  { name: "what's our focus", intent: 'WhatIsFocusIntent', run: (e) => e.intent('WhatIsFocusIntent') },
  { name: 'recap last week', intent: 'RecapLastWeekIntent', run: (e) => e.intent('RecapLastWeekIntent') },
  {
    name: "what's our repair phrase",
    intent: 'RepairPhraseIntent',
    run: (e) => e.intent('RepairPhraseIntent'),
  },
  {
    name: 'an appreciation',
    intent: 'AppreciationIntent',
    run: (e) => e.intent('AppreciationIntent', { appreciation: 'Sam made coffee this morning' }),
  },
  {
    name: 'get us ready for our session',
    intent: 'ReadyForTherapyIntent',
    run: (e) => e.intent('ReadyForTherapyIntent'),
  },
  { name: 'we had a bad week', intent: 'BadWeekIntent', run: (e) => e.intent('BadWeekIntent') },
  { name: 'we need a time-out', intent: 'TimeOutIntent', run: (e) => e.intent('TimeOutIntent') },
  {
    name: 'a 15 minute time-out',
    intent: 'TimeOutIntent',
    run: (e) => e.intent('TimeOutIntent', { minutes: '15' }),
  },
  { name: "we're back", intent: 'TimeOutBackIntent', run: (e) => e.intent('TimeOutBackIntent') },
  { name: 'not yet', intent: 'TimeOutNotYetIntent', run: (e) => e.intent('TimeOutNotYetIntent') },
];

const known = new Set(modelIntents().map((i) => i.name));
const present = TURNS.filter((t) => !t.intent || known.has(t.intent));

describe.each([
  { fault: 'stopped', inject: (rig: FaultRig) => rig.proxy.down() },
  { fault: 'hung', inject: (rig: FaultRig) => rig.proxy.hang() },
])('every main turn with the database $fault', ({ inject }) => {
  let rig: FaultRig;
  let echo: Device;
  beforeAll(async () => {
    rig = await faultRig();
    echo = await setUpHousehold(rig.harness);
    await inject(rig);
  });
  afterAll(async () => {
    await rig.close();
  });

  it.each(present.map((t) => [t.name, t] as const))(
    '"%s" gets a kind answer within three seconds',
    async (_name, turn) => {
      echo.close();
      const answer = await rig.timed(turn.name, async () => (await turn.run(echo))!);

      expect(answer.speech).toMatch(KIND);
      expect(answer.speech).not.toMatch(TECHNICAL);
      expect(slowTurns(rig)).toEqual([]);
    },
    30_000,
  );
});
