/**
 * The two resolvers the annotation sets are scored with, both reading the generated model:
 * - `console`: the local console's own resolver (tools/console/nlu.ts);
 * - `virtual-alexa`: the third-party emulator's utterance matcher (npm `virtual-alexa`).
 * virtual-alexa pulls nock, which patches Node's http, so only `npm run nlu` and the child
 * process test/nlu spawns ever load it (it is required lazily, here and nowhere else).
 */
import { join } from 'node:path';
import { FALLBACK_INTENT, loadModel, Resolver, type InteractionModel } from '../../console/nlu';
import { parseDayOfWeek, parseDuration, parseNumber, parseTime } from '../../console/slot-values';
import { MODELS_DIR } from '../build-model';
import type { Resolved, ResolveFn } from './evaluate';
import type { Asked } from './sets';

export const RESOLVERS = ['console', 'virtual-alexa'] as const;
export type ResolverName = (typeof RESOLVERS)[number];

function flatten(slots: Record<string, string | { value: string } | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(slots)) {
    const value = typeof v === 'string' ? v : v?.value;
    if (value) out[name] = value;
  }
  return out;
}

export function consoleResolver(locale: string): ResolveFn {
  const resolver = new Resolver(loadModel(locale));
  return (utterance, asked) => {
    const r = resolver.resolve(utterance, asked ? { elicited: asked } : {});
    return { intent: r.intent, slots: flatten(r.slots as Record<string, string | { value: string }>) };
  };
}

interface VaUtterance {
  matched(): boolean;
  intent(): string | undefined;
  toJSON(): Record<string, string>;
}

/**
 * virtual-alexa's matcher, called directly (its `utter()` also treats any sentence containing
 * "ask", "tell" or "open" as a launch). It does not resolve built-in slot values, so numbers,
 * durations, times and days it captures are read with the console's readers of spoken values;
 * no match is what Alexa sends as AMAZON.FallbackIntent. It has no slot elicitation of its own:
 * for an answer to a question it matches a model shaped like what Alexa listens for then (the
 * asked slot's own samples and its intent's, and the fixed phrases of every other intent).
 */
export function virtualAlexaResolver(locale: string): ResolveFn {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { InteractionModel } = require('virtual-alexa/lib/src/model/InteractionModel') as {
    InteractionModel: { fromFile(file: string): unknown; fromJSON(json: never): unknown };
  };
  const core = require('virtual-core/lib/src/SampleUtterances') as {
    SamplePhrase: { prototype: { regex(): RegExp; _regex: string; cached?: RegExp } };
  };
  const { Utterance } = require('virtual-core') as {
    Utterance: new (model: unknown, phrase: string) => VaUtterance;
  };
  // The matcher builds a new RegExp for every sample on every utterance; the same expression,
  // built once, gives the same matches thousands of times faster.
  const proto = core.SamplePhrase.prototype;
  if (!('cachedRegex' in proto)) {
    const build = proto.regex;
    Object.defineProperty(proto, 'cachedRegex', { value: true });
    proto.regex = function (this: { cached?: RegExp }) {
      return (this.cached ??= build.call(this));
    };
  }
  /* eslint-enable @typescript-eslint/no-require-imports */
  const file = join(MODELS_DIR, `${locale}.json`);
  const model = InteractionModel.fromFile(file);
  const whileAsked = new Map<string, unknown>();
  const modelFor = (asked: Asked | undefined) => {
    if (!asked) return model;
    const key = `${asked.intent}.${asked.slot}`;
    if (!whileAsked.has(key))
      whileAsked.set(key, InteractionModel.fromJSON(askedModel(loadModel(locale), asked) as never));
    return whileAsked.get(key);
  };
  const types = new Map<string, Map<string, string>>();
  for (const intent of loadModel(locale).interactionModel.languageModel.intents)
    types.set(intent.name, new Map((intent.slots ?? []).map((s) => [s.name, s.type])));
  return (utterance, asked): Resolved => {
    const u = new Utterance(modelFor(asked), utterance.toLowerCase());
    if (!u.matched() || !u.intent()) return { intent: FALLBACK_INTENT, slots: {} };
    const intent = u.intent()!;
    const slots: Record<string, string> = {};
    for (const [name, raw] of Object.entries(u.toJSON())) {
      if (!raw) continue;
      const words = raw.toLowerCase().split(/\s+/).filter(Boolean);
      const type = types.get(intent)?.get(name);
      const read =
        type === 'AMAZON.NUMBER'
          ? parseNumber(words)
          : type === 'AMAZON.DURATION'
            ? parseDuration(words)
            : type === 'AMAZON.TIME'
              ? parseTime(words)
              : type === 'AMAZON.DayOfWeek'
                ? parseDayOfWeek(words)
                : raw;
      if (read !== undefined) slots[name] = String(read);
    }
    return { intent, slots };
  };
}

/** The model as Alexa listens while a slot is asked: that slot's answers, other intents' fixed phrases. */
function askedModel(full: InteractionModel, asked: Asked): InteractionModel {
  const language = full.interactionModel.languageModel;
  const intents = language.intents.map((intent) => {
    if (intent.name !== asked.intent)
      return { ...intent, samples: (intent.samples ?? []).filter((s) => !s.includes('{')) };
    const slot = intent.slots?.find((s) => s.name === asked.slot);
    return { ...intent, samples: [...(slot?.samples ?? []), ...(intent.samples ?? [])] };
  });
  return { interactionModel: { languageModel: { ...language, intents } } };
}

export function resolverFor(name: ResolverName, locale: string): ResolveFn {
  return name === 'console' ? consoleResolver(locale) : virtualAlexaResolver(locale);
}
