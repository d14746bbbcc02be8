import { parseArgs } from '../../tools/console/args';
import { formatDuration, parseSpan, shortCard, shortDirective } from '../../tools/console/render';

describe('console flags', () => {
  it('reads every flag, in both --name value and --name=value forms', () => {
    const args = parseArgs([
      '--voice',
      'Sam',
      '--locale=en-GB',
      '--screen',
      '--tz',
      'Europe/London',
      '--script',
      'demo.txt',
      '--wait-timers',
      '--speak',
      '--time-scale',
      '60',
      '--in-memory',
      '--start',
      '2026-11-23T19:00:00Z',
    ]);

    expect(args).toMatchObject({
      voice: 'Sam',
      locale: 'en-GB',
      screen: true,
      tz: 'Europe/London',
      script: 'demo.txt',
      waitTimers: true,
      speak: true,
      timeScale: 60,
      inMemory: true,
      start: new Date('2026-11-23T19:00:00Z'),
    });
  });

  it('defaults to an American Echo without a screen, in real time, keeping data', () => {
    expect(parseArgs([])).toMatchObject({ locale: 'en-US', screen: false, timeScale: 1, inMemory: false });
  });

  it.each([
    [['--locale', 'fr-FR'], /--locale must be one of/],
    [['--tz', 'Mars/Olympus'], /unknown time zone/],
    [['--time-scale', '0'], /positive number/],
    [['--start', 'next tuesday'], /not a date and time/],
    [['--voice'], /needs a value/],
    [['--loud'], /Unknown option: --loud/],
  ])('refuses %j clearly', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('console output in short form', () => {
  it('shortens directives', () => {
    expect(shortDirective({ type: 'Dialog.ElicitSlot', slotToElicit: 'text' })).toBe(
      '[Dialog.ElicitSlot text]',
    );
    expect(
      shortDirective({
        type: 'Connections.SendRequest',
        name: 'AskFor',
        payload: { permissionScope: 'alexa::alerts:timers:skill:readwrite' },
      }),
    ).toBe('[Connections.SendRequest AskFor timers]');
    expect(shortDirective({ type: 'Alexa.Presentation.APL.RenderDocument', token: 'checkin' })).toBe(
      '[APL RenderDocument checkin]',
    );
    expect(shortDirective({ type: 'Tasks.CompleteTask' })).toBe('[Tasks.CompleteTask]');
  });

  it('shortens cards', () => {
    expect(shortCard({ type: 'Simple', title: 'Between Us', content: 'Say start our check-in.' })).toBe(
      '[card Simple "Between Us": Say start our check-in.]',
    );
    expect(
      shortCard({
        type: 'AskForPermissionsConsent',
        permissions: ['alexa::alerts:reminders:skill:readwrite'],
      }),
    ).toBe('[card AskForPermissionsConsent reminders]');
  });

  it('reads and writes spans of time', () => {
    expect(parseSpan('7d')).toBe(7 * 86400000);
    expect(parseSpan('1h30m')).toBe(90 * 60000);
    expect(parseSpan('soon')).toBeUndefined();
    expect(formatDuration(93784000)).toBe('1d 2h 3m 4s');
    expect(formatDuration(0)).toBe('0s');
  });
});
