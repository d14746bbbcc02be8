import {
  loadModel,
  parseInvocation,
  Resolver,
  tokenize,
  type InteractionModel,
} from '../../tools/console/nlu';
import { parseDuration, parseNumber, parseTime } from '../../tools/console/slot-values';

/** A small model in the shape of the real one, with every slot kind the resolver reads. */
const model: InteractionModel = {
  interactionModel: {
    languageModel: {
      invocationName: 'between us',
      intents: [
        { name: 'AMAZON.YesIntent', samples: [] },
        { name: 'AMAZON.NoIntent', samples: [] },
        { name: 'AMAZON.HelpIntent', samples: ['what can you do'] },
        { name: 'AMAZON.StopIntent', samples: [] },
        { name: 'AMAZON.CancelIntent', samples: [] },
        { name: 'AMAZON.FallbackIntent', samples: [] },
        {
          name: 'StartCheckinIntent',
          slots: [
            { name: 'minutes', type: 'AMAZON.NUMBER' },
            { name: 'length', type: 'AMAZON.DURATION' },
          ],
          samples: ['start our check-in', 'start a {minutes} minute check in', 'we only have {length}'],
        },
        {
          name: 'SetFocusIntent',
          slots: [{ name: 'focus', type: 'FocusType' }],
          samples: ['our focus is {focus}', 'set our focus to {focus}'],
        },
        {
          name: 'NoteIntent',
          slots: [{ name: 'text', type: 'AMAZON.SearchQuery', samples: ['{text}', 'I felt {text}'] }],
          samples: ['add a pattern note', 'note that {text}'],
        },
        { name: 'ReadBackIntent', samples: ['read it back'] },
        {
          name: 'SetupNamesIntent',
          slots: [
            { name: 'firstName', type: 'AMAZON.FirstName' },
            { name: 'secondName', type: 'AMAZON.FirstName' },
          ],
          samples: ["we're {firstName} and {secondName}", '{firstName} and {secondName}'],
        },
        {
          name: 'IdentifySpeakerIntent',
          slots: [{ name: 'name', type: 'AMAZON.FirstName', samples: ['{name}', 'me {name}'] }],
          samples: ["it's {name}"],
        },
        {
          name: 'ReadSharedIntent',
          slots: [{ name: 'name', type: 'AMAZON.FirstName' }],
          samples: ['read {name} note'],
        },
        {
          name: 'RemindIntent',
          slots: [
            { name: 'day', type: 'AMAZON.DayOfWeek' },
            { name: 'time', type: 'AMAZON.TIME' },
          ],
          samples: ['remind us on {day} at {time}'],
        },
      ],
      types: [
        {
          name: 'FocusType',
          values: [
            {
              id: 'PURSUE_WITHDRAW',
              name: {
                value: 'the pursue withdraw loop',
                synonyms: ['pursue withdraw', 'chasing and pulling away'],
              },
            },
            { id: 'REPAIR', name: { value: 'repair after irritation', synonyms: ['repair'] } },
          ],
        },
      ],
    },
  },
};

describe('the console resolves typed words the way Alexa would', () => {
  const nlu = new Resolver(model);

  it('matches sample utterances whatever the case, punctuation and hyphens', () => {
    expect(nlu.resolve('Start our check-in!').intent).toBe('StartCheckinIntent');
    expect(nlu.resolve('start our CHECK IN').intent).toBe('StartCheckinIntent');
    expect(nlu.resolve('What can you do?').intent).toBe('AMAZON.HelpIntent');
  });

  it('forgives a left-out small word, but not a different sentence', () => {
    expect(nlu.resolve('start check in').intent).toBe('StartCheckinIntent');
    expect(nlu.resolve('start a cooking timer').intent).toBe('AMAZON.FallbackIntent');
  });

  it('reads numbers and durations said in words', () => {
    expect(nlu.resolve('start a twenty minute check-in')).toEqual({
      intent: 'StartCheckinIntent',
      slots: { minutes: '20' },
    });
    expect(nlu.resolve('start a 15 minute check in').slots).toEqual({ minutes: '15' });
    expect(nlu.resolve('we only have five minutes').slots).toEqual({ length: 'PT5M' });
    expect(nlu.resolve('we only have half an hour').slots).toEqual({ length: 'PT30M' });
  });

  it('resolves custom slot values and synonyms to their id, and keeps unlisted values open', () => {
    expect(nlu.resolve('our focus is chasing and pulling away')).toEqual({
      intent: 'SetFocusIntent',
      slots: { focus: { value: 'chasing and pulling away', id: 'PURSUE_WITHDRAW' } },
    });
    expect(nlu.resolve('set our focus to Repair.').slots).toEqual({
      focus: { value: 'Repair', id: 'REPAIR' },
    });
    expect(nlu.resolve('our focus is listening before fixing').slots).toEqual({
      focus: 'listening before fixing',
    });
  });

  it('fills first names, days and times', () => {
    expect(nlu.resolve("We're alex and Sam.")).toEqual({
      intent: 'SetupNamesIntent',
      slots: { firstName: 'alex', secondName: 'Sam' },
    });
    expect(nlu.resolve("it's Sam")).toEqual({ intent: 'IdentifySpeakerIntent', slots: { name: 'Sam' } });
    expect(nlu.resolve('remind us on Tuesdays at eight p.m.').slots).toEqual({
      day: 'tuesday',
      time: '20:00',
    });
  });

  it('keeps free text as typed, greedy, with its inner punctuation', () => {
    expect(nlu.resolve('note that Sam & I argued about <dishes>, again.').slots).toEqual({
      text: 'Sam & I argued about <dishes>, again',
    });
  });

  it('prefers the most specific sample', () => {
    // "{name}" could take "help", "{firstName} and {secondName}" could take "yes and no": words win.
    expect(nlu.resolve('help').intent).toBe('AMAZON.HelpIntent');
    expect(nlu.resolve("it's Sam").intent).toBe('IdentifySpeakerIntent');
    expect(nlu.resolve('Yeah').intent).toBe('AMAZON.YesIntent');
    expect(nlu.resolve('no thanks').intent).toBe('AMAZON.NoIntent');
    expect(nlu.resolve('never mind').intent).toBe('AMAZON.CancelIntent');
  });

  it('sends what matches nothing to the fallback intent, and only uses built-ins the model has', () => {
    expect(nlu.resolve('purple monkey dishwasher')).toEqual({ intent: 'AMAZON.FallbackIntent', slots: {} });
    expect(nlu.resolve('...')).toEqual({ intent: 'AMAZON.FallbackIntent', slots: {} });
    expect(nlu.resolve('hold on').intent).toBe('AMAZON.FallbackIntent'); // no PauseIntent in this model
  });

  it('while a slot is being asked for, dictation fills it; stop, help and fixed phrases still work', () => {
    const elicited = { intent: 'NoteIntent', slot: 'text' };

    expect(nlu.resolve('we both went quiet at dinner', { elicited })).toEqual({
      intent: 'NoteIntent',
      slots: { text: 'we both went quiet at dinner' },
    });
    expect(nlu.resolve('I felt lonely', { elicited }).slots).toEqual({ text: 'lonely' });
    expect(nlu.resolve('Sam', { elicited }).intent).toBe('NoteIntent');
    expect(nlu.resolve('stop', { elicited }).intent).toBe('AMAZON.StopIntent');
    expect(nlu.resolve('help', { elicited }).intent).toBe('AMAZON.HelpIntent');
    expect(nlu.resolve('read it back', { elicited }).intent).toBe('ReadBackIntent');
  });

  it('without an elicitation, a bare sentence does not become a note', () => {
    expect(nlu.resolve('we both went quiet at dinner').intent).toBe('AMAZON.FallbackIntent');
  });

  it("takes a bare name only when a name was asked for, with the slot's own samples", () => {
    const elicited = { intent: 'IdentifySpeakerIntent', slot: 'name' };
    expect(nlu.resolve('Sam').intent).toBe('AMAZON.FallbackIntent');
    expect(nlu.resolve('Sam', { elicited })).toEqual({
      intent: 'IdentifySpeakerIntent',
      slots: { name: 'Sam' },
    });
    expect(nlu.resolve('me Sam', { elicited }).slots).toEqual({ name: 'Sam' });
    // Anything that is not a name still reaches its own intent, as on a device.
    expect(nlu.resolve('help', { elicited }).intent).toBe('AMAZON.HelpIntent');
    expect(nlu.resolve('start our check in', { elicited }).intent).toBe('StartCheckinIntent');
    expect(nlu.resolve('we both went quiet', { elicited }).intent).toBe('AMAZON.FallbackIntent');
  });

  it("takes a first name with its possessive 's, as it is heard", () => {
    expect(nlu.resolve("read Sam's note")).toEqual({ intent: 'ReadSharedIntent', slots: { name: "Sam's" } });
    expect(nlu.resolve('read Sam\u2019s note').slots).toEqual({ name: 'Sam\u2019s' });
    expect(nlu.resolve('read Sam note').slots).toEqual({ name: 'Sam' });
  });
});

describe('invocations', () => {
  it('opens a session or sends a one-shot, like a device', () => {
    expect(parseInvocation('Open Between Us', 'between us')).toEqual({ kind: 'launch' });
    expect(parseInvocation('Alexa, launch between us.', 'between us')).toEqual({ kind: 'launch' });
    expect(parseInvocation('start between us', 'between us')).toEqual({ kind: 'launch' });
    expect(parseInvocation('ask between us to start our check-in', 'between us')).toEqual({
      kind: 'oneShot',
      utterance: 'start our check-in',
    });
    expect(parseInvocation("tell Between Us we're ready to switch", 'between us')).toEqual({
      kind: 'oneShot',
      utterance: "we're ready to switch",
    });
    expect(parseInvocation('open between us and add a pattern note', 'between us')).toEqual({
      kind: 'oneShot',
      utterance: 'add a pattern note',
    });
    expect(parseInvocation('start our check-in', 'between us')).toEqual({ kind: 'none' });
    expect(parseInvocation('start over', 'between us')).toEqual({ kind: 'none' });
  });
});

describe('the real interaction model', () => {
  it.each(['en-US', 'en-GB', 'en-IN'])('resolves the first-run conversation in %s', (locale) => {
    const nlu = new Resolver(loadModel(locale));

    expect(nlu.invocationName).toBe('between us');
    expect(nlu.resolve("we're Alex and Sam")).toEqual({
      intent: 'SetupNamesIntent',
      slots: { firstName: 'Alex', secondName: 'Sam' },
    });
    expect(nlu.resolve('help').intent).toBe('AMAZON.HelpIntent');
    expect(nlu.resolve('stop').intent).toBe('AMAZON.StopIntent');
    expect(nlu.resolve('flibbertigibbet wobble').intent).toBe('AMAZON.FallbackIntent');
  });

  it('understands the phrasings the issue names, and names only when asked for them', () => {
    const nlu = new Resolver(loadModel('en-US'));
    const said = (text: string, elicited?: { intent: string; slot: string }) =>
      nlu.resolve(text, { elicited });

    expect(said('Priya').intent).toBe('AMAZON.FallbackIntent');
    expect(said('we need a break').intent).not.toBe('IdentifySpeakerIntent');
    expect(said('Priya', { intent: 'IdentifySpeakerIntent', slot: 'name' })).toEqual({
      intent: 'IdentifySpeakerIntent',
      slots: { name: 'Priya' },
    });
    expect(said('Priya and Marcus', { intent: 'SetupNamesIntent', slot: 'firstName' })).toEqual({
      intent: 'SetupNamesIntent',
      slots: { firstName: 'Priya', secondName: 'Marcus' },
    });
    expect(said('Marcus', { intent: 'SetupNamesIntent', slot: 'secondName' }).slots).toEqual({
      secondName: 'Marcus',
    });
    expect(said("read Priya's note")).toEqual({ intent: 'ReadSharedNoteIntent', slots: { name: "Priya's" } });
    expect(said('how many notes do we have').intent).toBe('CountNotesIntent');
    expect(said('next person').intent).toBe('ReadyToSwitchIntent');
    expect(said('how long is left').intent).toBe('TimeLeftIntent');
    expect(said("it's happening again").intent).toBe('QuickNoteIntent');
    expect(said('compare our notes').intent).toBe('MutualRevealIntent');
    expect(said('could you begin a check-in').intent).toBe('StartCheckinIntent');
    expect(said("let's do a checkin").intent).toBe('StartCheckinIntent');
    expect(said('keep our notes for six months').slots).toEqual({ duration: 'P6M' });
    for (const yes of ['sure', 'go ahead', 'yes please', 'sounds good'])
      expect(said(yes).intent).toBe('AMAZON.YesIntent');
    for (const no of ['not now', 'maybe later', 'no thanks', 'not today'])
      expect(said(no).intent).toBe('AMAZON.NoIntent');
    for (const harm of [
      'he hit me',
      "she's threatening me",
      'I want to end it',
      'I took too many pills',
      'he has a knife',
    ])
      expect(said(harm).intent).toBe('CrisisIntent');
  });
});

describe('built-in slot values', () => {
  it.each([
    [['twenty'], 20],
    [['twenty', 'five'], 25],
    [['one', 'hundred', 'and', 'five'], 105],
    [['a', 'thousand'], 1000],
    [['42'], 42],
    [['five', 'five'], undefined],
    [['ten', 'five'], undefined],
    [['and'], undefined],
  ])('number %j -> %s', (words, value) => {
    expect(parseNumber(words)).toBe(value);
  });

  it.each([
    ['five minutes', 'PT5M'],
    ['an hour and a half', 'PT1H30M'],
    ['1 hour 30 minutes', 'PT1H30M'],
    ['ten mins', 'PT10M'],
    ['5min', 'PT5M'],
    ['two days', 'P2D'],
    ['a week', 'P1W'],
    ['six months', 'P6M'],
    ['a year', 'P1Y'],
    ['two years and six months', 'P2Y6M'],
    ['forty five seconds', 'PT45S'],
    ['minutes', undefined],
    ['five apples', undefined],
  ])('duration "%s" -> %s', (said, value) => {
    expect(parseDuration(tokenize(said).map((t) => t.norm))).toBe(value);
  });

  it.each([
    ['eight pm', '20:00'],
    ['8:30 pm', '20:30'],
    ['7am', '07:00'],
    ['twelve am', '00:00'],
    ['20:15', '20:15'],
    ['noon', '12:00'],
    ['nine thirty', '09:30'],
    ['thirteen pm', undefined],
  ])('time "%s" -> %s', (said, value) => {
    expect(parseTime(tokenize(said).map((t) => t.norm))).toBe(value);
  });
});
