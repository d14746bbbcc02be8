import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';

/**
 * Generated Alexa request envelopes: every request type the skill can receive, each intent of the
 * generated interaction model (so new features are fuzzed as soon as their model lands), unknown
 * intents, garbage session state shaped like the skill's own, hostile slot values, and
 * malformed or foreign envelopes.
 */

const ROOT = resolve(__dirname, '../..');

export interface ModelIntent {
  name: string;
  slots: string[];
}

/** The intents and slot names of the generated en-US model. */
export function modelIntents(): ModelIntent[] {
  const model = JSON.parse(
    readFileSync(join(ROOT, 'interaction-model/interactionModels/custom/en-US.json'), 'utf8'),
  ) as { interactionModel: { languageModel: { intents: { name: string; slots?: { name: string }[] }[] } } };
  return model.interactionModel.languageModel.intents.map((i) => ({
    name: i.name,
    slots: (i.slots ?? []).map((s) => s.name),
  }));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * What the skill keeps in session attributes, read from its source: dialog kinds
 * (`kind: 'notes.confirmDelete'`), the fields handlers read from a dialog (`dialog.then`), and
 * top-level session keys (`session.weekHeld`). Garbage is generated in exactly those shapes.
 */
export function sessionVocabulary(): { kinds: string[]; dialogFields: string[]; sessionKeys: string[] } {
  const text = sourceFiles(join(ROOT, 'lambda'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const all = (re: RegExp) => [...new Set([...text.matchAll(re)].map((m) => m[1]!))].sort();
  return {
    kinds: all(/kind: '([a-z][\w.-]*)'/g),
    dialogFields: all(/dialog\??\.([a-zA-Z]\w*)/g).filter((f) => f !== 'kind'),
    sessionKeys: [...new Set(['speaker', 'dialog', ...all(/session\.([a-zA-Z]\w*)/g)])],
  };
}

/** Values nobody should ever be able to break the speech with. */
const HOSTILE = [
  '',
  ' ',
  '<speak>hello</speak>',
  '</speak><speak>',
  ']]>',
  '<![CDATA[x]]>',
  '<!-- note -->',
  '&',
  '&amp;',
  '&nbsp;',
  '&#0;',
  '<break time="10s"/>',
  '<audio src="https://example.com/a.mp3"/>',
  `"'<>&`,
  '😀👩‍❤️‍👨🏳️‍🌈',
  'שלום, מה שלומך',
  'مرحبا كيف حالك',
  '\u202Egnirts desrever\u202C',
  'nul\u0000byte',
  'bell\u0007 and \u001B escape',
  '\uD800 lone surrogate',
  '\uFFFE\uFFFF',
  'tab\tnew\nline\r',
  'Alex',
  'Sam',
  'alex',
  'five',
  '10',
  'PT10M',
  '-3',
  '99999999999999999999',
  'NaN',
  'skip',
  'go back',
  "that's all",
  'I felt like hurting myself',
  '${process.env}',
  '__proto__',
  'constructor',
];

export const hostileText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 3, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.lorem({ maxCount: 3 })), { maxLength: 8 })
      .map((parts) => parts.join(' ')),
  },
  // Enormous: long enough that anything reading it back whole would break Alexa's limits.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('word ', '& ', '<b>', '😀', 'ש', 'x'), fc.integer({ min: 2_000, max: 25_000 }))
      .map(([piece, n]) => piece.repeat(n)),
  },
);

const jsonish = fc.jsonValue({ maxDepth: 3 });

const PERMISSION_SCOPES = [
  'alexa::alerts:timers:skill:readwrite',
  'alexa::alerts:reminders:skill:readwrite',
  'alexa::profile:name:read',
];

function slotObject(name: string, value: unknown, resolution: 'none' | 'match' | 'nomatch', id: unknown) {
  return {
    name,
    value,
    confirmationStatus: 'NONE',
    ...(resolution !== 'none'
      ? {
          resolutions: {
            resolutionsPerAuthority: [
              {
                authority: `amzn1.er-authority.echo-sdk.x.${name}`,
                status: { code: resolution === 'match' ? 'ER_SUCCESS_MATCH' : 'ER_SUCCESS_NO_MATCH' },
                values: [{ value: { name: value, id } }],
              },
            ],
          },
        }
      : {}),
  };
}

export interface FuzzWorld {
  skillId: string;
  apiEndpoint: string;
  /** Households the envelopes belong to (some set up, some not). */
  userIds: string[];
  intents: ModelIntent[];
  vocabulary: ReturnType<typeof sessionVocabulary>;
  now: () => Date;
}

export type Expectation = 'answer' | 'refuse';

export interface GeneratedRequest {
  envelope: unknown;
  /** 'refuse': another skill's request; the skill must refuse without touching the table. */
  expect: Expectation;
  /** True when the envelope's structure is broken (fields missing or of the wrong type). */
  structural: boolean;
  label: string;
}

const EXTRA_INTENTS = [
  'AMAZON.PauseIntent',
  'AMAZON.ResumeIntent',
  'AMAZON.RepeatIntent',
  'AMAZON.StartOverIntent',
  'AMAZON.NextIntent',
  'AMAZON.SelectIntent',
  'UnknownIntent',
  'Some.Other.SkillIntent',
  '',
];

/** Session attributes: absent, empty, garbage, huge, or the skill's own shapes filled with garbage. */
function sessionAttributes(world: FuzzWorld) {
  const { kinds, dialogFields, sessionKeys } = world.vocabulary;
  const dialog = fc.record(
    {
      kind: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...kinds) }, { weight: 1, arbitrary: jsonish }),
      ...Object.fromEntries(dialogFields.map((f) => [f, fc.oneof(jsonish, hostileText)])),
    },
    { requiredKeys: ['kind'] },
  );
  const shaped = fc.record(
    {
      ...Object.fromEntries(sessionKeys.map((k) => [k, fc.oneof(jsonish, hostileText)])),
      speaker: fc.oneof(fc.constantFrom('p1', 'p2', 'p3', ''), jsonish),
      dialog: fc.oneof({ weight: 4, arbitrary: dialog }, { weight: 1, arbitrary: jsonish }),
    },
    { requiredKeys: [] },
  );
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.constant({}) },
    { weight: 8, arbitrary: shaped },
    { weight: 1, arbitrary: jsonish },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), jsonish, { maxKeys: 5 }) },
    {
      weight: 1,
      arbitrary: shaped.map((s) => ({ ...s, blob: 'x'.repeat(100 * 1024) })),
    },
  );
}

function requestBody(world: FuzzWorld) {
  const intentNames = [...world.intents.map((i) => i.name), ...EXTRA_INTENTS];
  const slotsFor = (name: string) => world.intents.find((i) => i.name === name)?.slots ?? [];
  const intent = fc
    .record({
      name: fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...intentNames) },
        { weight: 1, arbitrary: fc.string() },
      ),
      values: fc.array(
        fc.tuple(
          hostileText,
          fc.constantFrom('none' as const, 'match' as const, 'nomatch' as const),
          fc.oneof(
            fc.string({ maxLength: 12 }),
            fc.constantFrom('MONDAY', 'thursday', 'pursue_withdraw', '5', ''),
          ),
        ),
        {
          maxLength: 4,
        },
      ),
      extraSlot: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
      dialogState: fc.constantFrom('STARTED', 'IN_PROGRESS', 'COMPLETED', undefined),
      confirmationStatus: fc.constantFrom('NONE', 'CONFIRMED', 'DENIED'),
    })
    .map(({ name, values, extraSlot, dialogState, confirmationStatus }) => {
      const names = [...slotsFor(name), ...(extraSlot ? [extraSlot] : [])];
      const slots = Object.fromEntries(
        names.map((slotName, i) => {
          const [value, resolved, id] = values[i] ?? [undefined, 'none' as const, undefined];
          return [slotName, slotObject(slotName, value, resolved, id)];
        }),
      );
      return {
        type: 'IntentRequest',
        ...(dialogState ? { dialogState } : {}),
        intent: { name, confirmationStatus, slots },
      };
    });
  const launch = fc.oneof(
    fc.constant({ type: 'LaunchRequest' }),
    fc
      .record({
        name: fc.oneof(
          fc.constantFrom('AMAZON.LaunchTask', `${world.skillId}.CheckInTurn`, `${world.skillId}.TimeOutEnd`),
          fc.string({ maxLength: 30 }),
        ),
        version: fc.constantFrom('1', '2', ''),
        input: fc.oneof(
          fc.dictionary(fc.string({ maxLength: 10 }), jsonish, { maxKeys: 4 }),
          fc.record({ timeoutId: fc.oneof(jsonish, hostileText) }),
          fc.record({ checkinId: fc.oneof(jsonish, hostileText), turn: jsonish }),
          jsonish,
        ),
      })
      .map((task) => ({ type: 'LaunchRequest', task })),
  );
  const sessionEnded = fc
    .record({
      reason: fc.constantFrom('USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS', 'bogus'),
      error: fc.option(
        fc.record({
          type: fc.constantFrom('INVALID_RESPONSE', 'DEVICE_COMMUNICATION_ERROR', 'INTERNAL_SERVICE_ERROR'),
          message: hostileText,
        }),
        { nil: undefined },
      ),
    })
    .map((r) => ({ type: 'SessionEndedRequest', ...r }));
  const connections = fc
    .record({
      name: fc.constantFrom('AskFor', 'Buy', 'Upsell', 'Cancel', 'Setup', ''),
      code: fc.constantFrom('200', '204', '400', '500'),
      status: fc.constantFrom('ACCEPTED', 'DENIED', 'NOT_ANSWERED', 'bogus'),
      permissionScope: fc.constantFrom(...PERMISSION_SCOPES, ''),
      token: fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constantFrom('checkin', 'reminders', 'timers', 'timeout:', 'timeout:x'),
      ),
      payload: fc.option(jsonish, { nil: undefined }),
    })
    .map(({ name, code, status, permissionScope, token, payload }) => ({
      type: 'Connections.Response',
      name,
      status: { code, message: 'fuzz' },
      payload: payload === undefined ? { status, permissionScope } : payload,
      token,
    }));
  const skillEvent = fc
    .record({
      type: fc.constantFrom(
        'AlexaSkillEvent.SkillDisabled',
        'AlexaSkillEvent.SkillEnabled',
        'AlexaSkillEvent.SkillPermissionAccepted',
        'AlexaSkillEvent.SkillPermissionChanged',
        'AlexaSkillEvent.SkillAccountLinked',
      ),
      body: fc.option(jsonish, { nil: undefined }),
    })
    .map(({ type, body }) => ({ type, body, eventCreationTime: world.now().toISOString() }));
  const exception = fc
    .record({ type: fc.constantFrom('INVALID_RESPONSE', 'INTERNAL_ERROR'), message: hostileText })
    .map((error) => ({
      type: 'System.ExceptionEncountered',
      error,
      cause: { requestId: 'amzn1.echo-api.request.x' },
    }));
  const canFulfill = intent.map((r) => ({ ...r, type: 'CanFulfillIntentRequest' }));
  const aplEvent = fc
    .record({ arguments: fc.array(fc.oneof(hostileText, jsonish), { maxLength: 3 }), token: fc.string() })
    .map((r) => ({ type: 'Alexa.Presentation.APL.UserEvent', ...r, source: { type: 'TouchWrapper' } }));
  const garbage = fc
    .record({
      type: fc.oneof(fc.string(), fc.constantFrom('Messaging.MessageReceived', 'Display.ElementSelected')),
    })
    .map((r) => r);
  return fc.oneof(
    { weight: 4, arbitrary: launch },
    { weight: 20, arbitrary: intent },
    { weight: 2, arbitrary: sessionEnded },
    { weight: 2, arbitrary: connections },
    { weight: 1, arbitrary: skillEvent },
    { weight: 1, arbitrary: exception },
    { weight: 1, arbitrary: canFulfill },
    { weight: 1, arbitrary: aplEvent },
    { weight: 1, arbitrary: garbage },
  );
}

/** Paths an envelope can lose or have replaced with garbage. */
const BREAKABLE = [
  'version',
  'context',
  'context.System',
  'context.System.application',
  'context.System.application.applicationId',
  'context.System.user',
  'context.System.user.userId',
  'context.System.user.permissions',
  'context.System.device',
  'context.System.person',
  'context.System.apiEndpoint',
  'context.System.apiAccessToken',
  'request',
  'request.type',
  'request.requestId',
  'request.timestamp',
  'request.locale',
  'request.intent',
  'request.intent.slots',
  'request.intent.name',
  'session',
  'session.new',
  'session.attributes',
  'session.application',
  'session.user',
];

function breakAt(envelope: Record<string, unknown>, path: string, replacement: unknown): void {
  const parts = path.split('.');
  let node: unknown = envelope;
  for (const part of parts.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'object' || node === null) return;
  const last = parts[parts.length - 1]!;
  if (replacement === '__delete__') delete (node as Record<string, unknown>)[last];
  else (node as Record<string, unknown>)[last] = structuredClone(replacement);
}

const replacementValue = fc.oneof(
  fc.constant('__delete__'),
  fc.constant(null),
  fc.constant('garbage'),
  fc.constant(42),
  fc.constant([]),
  fc.constant({}),
  fc.constant(''),
  jsonish,
);

export function generatedRequest(world: FuzzWorld): fc.Arbitrary<GeneratedRequest> {
  return fc
    .record({
      body: requestBody(world),
      userId: fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...world.userIds) },
        { weight: 1, arbitrary: fc.string() },
      ),
      personId: fc.constantFrom(
        undefined,
        'amzn1.ask.person.ALEX',
        'amzn1.ask.person.SAM',
        'amzn1.ask.person.GUEST',
      ),
      locale: fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom('en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN') },
        { weight: 2, arbitrary: fc.constantFrom('de-DE', 'fr-FR', 'ja-JP', '', 'xx', 'en') },
      ),
      inSession: fc.boolean(),
      newSession: fc.boolean(),
      attributes: sessionAttributes(world),
      screen: fc.boolean(),
      timestamp: fc.oneof(
        { weight: 9, arbitrary: fc.constant('now') },
        { weight: 1, arbitrary: fc.string() },
      ),
      foreign: fc.oneof(
        { weight: 12, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom('context', 'session', 'both') },
      ),
      foreignId: fc.constantFrom(
        'amzn1.ask.skill.11111111-2222-3333-4444-555555555555',
        'amzn1.ask.skill.x',
        ' ',
      ),
      breaks: fc.oneof(
        { weight: 6, arbitrary: fc.constant([] as [string, unknown][]) },
        {
          weight: 2,
          arbitrary: fc.array(fc.tuple(fc.constantFrom(...BREAKABLE), replacementValue), { maxLength: 3 }),
        },
      ),
      whole: fc.oneof(
        { weight: 40, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom(null, 'garbage', 42, [], {}, true) },
      ),
    })
    .map((g) => {
      if (g.whole !== undefined)
        return { envelope: g.whole, expect: 'answer' as const, structural: true, label: 'not an object' };
      const withSession = g.inSession && !String(g.body.type).startsWith('AlexaSkillEvent');
      const envelope: Record<string, unknown> = {
        version: '1.0',
        ...(withSession
          ? {
              session: {
                new: g.newSession,
                sessionId: 'amzn1.echo-api.session.fuzz',
                application: { applicationId: world.skillId },
                user: { userId: g.userId },
                ...(g.attributes === undefined ? {} : { attributes: g.attributes }),
              },
            }
          : {}),
        context: {
          System: {
            application: { applicationId: world.skillId },
            user: {
              userId: g.userId,
              permissions: {
                scopes: Object.fromEntries(PERMISSION_SCOPES.map((s) => [s, { status: 'GRANTED' }])),
              },
            },
            ...(g.personId ? { person: { personId: g.personId } } : {}),
            device: {
              deviceId: 'amzn1.ask.device.fuzz',
              supportedInterfaces: g.screen
                ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } }
                : {},
            },
            apiEndpoint: world.apiEndpoint,
            apiAccessToken: 'token-fuzz',
          },
        },
        request: {
          requestId: 'amzn1.echo-api.request.fuzz',
          timestamp: g.timestamp === 'now' ? world.now().toISOString() : g.timestamp,
          locale: g.locale,
          ...g.body,
        },
      };
      let expect: Expectation = 'answer';
      if (g.foreign) {
        const system = (envelope.context as { System: { application: { applicationId: string } } }).System;
        if (g.foreign !== 'session') system.application.applicationId = g.foreignId;
        const session = envelope.session as { application: { applicationId: string } } | undefined;
        if (g.foreign !== 'context' && session) session.application.applicationId = g.foreignId;
        if (g.foreign !== 'session' || session) expect = 'refuse';
      }
      // A foreign envelope stays whole, so the refusal is what is tested.
      const breaks = g.breaks as [string, unknown][];
      if (!g.foreign) for (const [path, value] of breaks) breakAt(envelope, path, value);
      const label = `${String(g.body.type)}${
        g.body.type === 'IntentRequest'
          ? ` ${String((g.body as { intent: { name: unknown } }).intent.name)}`
          : ''
      }${expect === 'refuse' ? ' (foreign)' : ''}${breaks.length && !g.foreign ? ` broken at ${breaks.map((b) => b[0]).join(',')}` : ''}`;
      return { envelope, expect, structural: breaks.length > 0 && !g.foreign, label };
    });
}
