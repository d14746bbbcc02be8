import { isSetUp } from '../../lambda/domain/household';
import { householdIdFor } from '../../lambda/domain/ids';
import { createHarness, setUpHousehold, type Harness } from '../support/harness';

describe('first run, greetings and the basics, as a couple would use them', () => {
  let harness: Harness;
  beforeEach(async () => {
    harness = await createHarness();
  });
  afterEach(async () => {
    await harness.close();
  });

  it('learns both names on the first launch, stores the profile, and greets them by name next time', async () => {
    // Prepare
    const echo = harness.device();

    // Act
    const first = await echo.launch();
    const names = await echo.intent('SetupNamesIntent', { firstName: 'alex', secondName: 'Sam' });
    echo.close();
    const again = await echo.launch();

    // Assess
    expect(first.speech).toMatch(/who are the two of you/i);
    expect(first.speech).toMatch(/not a therapist/i);
    expect(first.ended).toBe(false);
    expect(names.speech).toContain('Alex and Sam');
    const stored = await harness.store.loadHousehold(householdIdFor(echo.userId));
    expect(isSetUp(stored)).toBe(true);
    expect(stored!.partners.map((p) => p.name)).toEqual(['Alex', 'Sam']);
    expect(again.speech).toMatch(/^Hi Alex and Sam/);
  });

  it('asks for the second name when only one is given', async () => {
    const echo = harness.device();
    await echo.launch();

    const one = await echo.intent('IdentifySpeakerIntent', { name: 'Alex' });
    const two = await echo.intent('SetupNamesIntent', { secondName: 'Sam' });

    expect(one.speech).toMatch(/partner's first name/);
    expect(two.speech).toContain('Alex and Sam');
  });

  it('links a recognized voice to one partner once, then knows it', async () => {
    await setUpHousehold(harness);
    const samsVoice = harness.device({ personId: 'amzn1.ask.person.SAM' });

    const asked = await samsVoice.launch();
    const answered = await samsVoice.intent('IdentifySpeakerIntent', { name: 'sam' });
    samsVoice.close();
    const later = await samsVoice.launch();

    expect(asked.speech).toMatch(/Is this Alex or Sam\?/);
    expect(answered.speech).toMatch(/Thanks, Sam/);
    expect(later.speech).toMatch(/^Hi Sam\./);
    expect(later.speech).not.toMatch(/Is this/);
    const stored = await harness.store.loadHousehold(householdIdFor(samsVoice.userId));
    expect(stored!.partners[1]!.voices).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain('amzn1.ask.person.SAM');
  });

  it('links a voice and resumes what was asked in one turn, with one read and one write', async () => {
    // Prepare: Alex's voice asks for something that needs to know who is speaking.
    await setUpHousehold(harness);
    const alexsVoice = harness.device({ personId: 'amzn1.ask.person.ALEX' });
    await alexsVoice.launch();
    const before = { ...harness.store.meter };

    // Act
    await alexsVoice.intent('IdentifySpeakerIntent', { name: 'Alex' });

    // Assess
    expect(harness.store.meter.reads - before.reads).toBeLessThanOrEqual(1);
    expect(harness.store.meter.writes - before.writes).toBe(1);
    const stored = await harness.store.loadHousehold(householdIdFor(alexsVoice.userId));
    expect(stored!.partners[0]!.voices).toHaveLength(1);
  });

  it('never lets a recognized voice become the other partner by saying their name', async () => {
    // Prepare: Alex's and Sam's voices are both known.
    const alex = await setUpHousehold(harness);
    const alexsVoice = harness.device({ userId: alex.userId, personId: 'amzn1.ask.person.ALEX' });
    const samsVoice = harness.device({ userId: alex.userId, personId: 'amzn1.ask.person.SAM' });
    const guest = harness.device({ userId: alex.userId, personId: 'amzn1.ask.person.GUEST' });
    await alexsVoice.launch();
    await alexsVoice.intent('IdentifySpeakerIntent', { name: 'Alex' });
    alexsVoice.close();
    await samsVoice.launch();
    await samsVoice.intent('IdentifySpeakerIntent', { name: 'Sam' });
    samsVoice.close();

    // Act
    await samsVoice.launch();
    const samClaimsAlex = await samsVoice.intent('IdentifySpeakerIntent', { name: 'Alex' });
    samsVoice.close();
    await guest.launch();
    const guestClaimsAlex = await guest.intent('IdentifySpeakerIntent', { name: 'Alex' });

    // Assess
    expect(samClaimsAlex.speech).toMatch(/I know this voice as Sam/);
    expect(guestClaimsAlex.speech).toMatch(/I already know Alex's voice, and this one sounds different/);
    const stored = await harness.store.loadHousehold(householdIdFor(alex.userId));
    expect(stored!.partners.map((p) => p.voices.length)).toEqual([1, 1]);
    expect(guestClaimsAlex.reply.sessionAttributes?.speaker).toBeUndefined();
  });

  it('comes back to a waiting question after help, repeat or a misheard answer', async () => {
    // Prepare: the skill is waiting on "Are you both here?"
    const echo = await setUpHousehold(harness);
    const asked = await echo.intent('StartCheckinIntent');

    // Act
    const help = await echo.intent('AMAZON.HelpIntent');
    const repeat = await echo.intent('AMAZON.RepeatIntent');
    const misheard = await echo.intent('AMAZON.FallbackIntent');
    const yes = await echo.intent('AMAZON.YesIntent');

    // Assess
    expect(asked.speech).toMatch(/Are you both here\?/);
    // Help says what this moment is, not everything the skill does.
    expect(help.speech).toMatch(/^We're setting up our check-in.*both here/);
    expect(repeat.speech).toMatch(/both here/);
    expect(misheard.speech).toMatch(/didn't catch that.*both here/);
    expect(yes.speech).toMatch(/goes first/);
  });

  it('asks for the names again when first-run setup hears something else', async () => {
    const echo = harness.device();
    await echo.launch();

    const misheard = await echo.intent('AMAZON.FallbackIntent');
    const names = await echo.intent('SetupNamesIntent', { firstName: 'Alex', secondName: 'Sam' });

    expect(misheard.speech).toMatch(/didn't catch that.*first names/);
    expect(misheard.speech).not.toMatch(/start our check-in/);
    expect(names.speech).toContain('Alex and Sam');
  });

  it('does not speak a prompt from tampered session attributes', async () => {
    const echo = await setUpHousehold(harness);
    await echo.intent('StartCheckinIntent');
    echo.sessionAttributes = { ...echo.sessionAttributes, pendingPrompt: '<audio src="x"/>hello' };

    const repeat = await echo.intent('AMAZON.RepeatIntent');

    expect(JSON.stringify(repeat.reply)).not.toContain('audio');
  });

  it('helps, falls back kindly and says goodbye', async () => {
    const echo = await setUpHousehold(harness);
    await echo.launch();

    const help = await echo.intent('AMAZON.HelpIntent');
    const unknown = await echo.intent('SomethingNobodyDefinedIntent');
    const fallback = await echo.intent('AMAZON.FallbackIntent');
    const stop = await echo.intent('AMAZON.StopIntent');

    expect(help.speech).toMatch(/check-in/);
    expect(help.ended).toBe(false);
    expect(unknown.speech).toMatch(/didn't catch that/);
    expect(unknown.ended).toBe(false);
    expect(fallback.ended).toBe(false);
    expect(stop.speech).toMatch(/Bye/);
    expect(stop.ended).toBe(true);
  });

  it('refuses a request for another skill, and answers a malformed one clearly', async () => {
    const reply = await harness.handler({
      version: '1.0',
      context: {
        System: { application: { applicationId: 'amzn1.ask.skill.someone-else' }, user: { userId: 'u' } },
      },
      request: {
        type: 'LaunchRequest',
        requestId: 'r',
        timestamp: new Date().toISOString(),
        locale: 'en-US',
      },
    });
    const malformed = await harness.handler({ hello: 'world' });

    expect(JSON.stringify(reply)).toMatch(/different skill/);
    expect(JSON.stringify(malformed)).toMatch(/couldn't make sense/);
    expect(harness.metrics).toEqual(expect.arrayContaining(['WrongSkillId', 'MalformedRequest']));
  });

  it('logs a session that ended with an error by reason only, and counts it', async () => {
    const echo = await setUpHousehold(harness);
    await echo.launch();

    await echo.endSession('ERROR', { type: 'INVALID_RESPONSE', message: 'something with user words in it' });

    expect(harness.metrics).toContain('SessionEndedWithError');
    const logged = JSON.stringify(harness.logs);
    expect(logged).toContain('INVALID_RESPONSE');
    expect(logged).not.toContain('user words');
  });

  it('never writes the raw Alexa user ID into the table or the logs', async () => {
    const echo = await setUpHousehold(harness);
    await echo.launch();

    const keys = await harness.store.listKeys(householdIdFor(echo.userId));
    const household = await harness.store.loadHousehold(householdIdFor(echo.userId));

    expect(keys).toEqual(['HOUSEHOLD']);
    expect(JSON.stringify(household)).not.toContain(echo.userId);
    expect(JSON.stringify(harness.logs)).not.toContain(echo.userId);
    expect(JSON.stringify(harness.logs)).not.toMatch(/Alex|Sam/);
  });
});
