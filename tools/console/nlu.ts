/**
 * The console's stand-in for Alexa's language understanding: it resolves typed text against the
 * skill's own interaction model (sample utterances, slots, custom types with synonyms, the
 * built-in slot types the skill uses) and Alexa's built-in intents. Case, punctuation and
 * hyphens do not matter. Pure: no I/O beyond `loadModel`.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Slots } from '../device';
import { parseDayOfWeek, parseDuration, parseNumber, parseTime } from './slot-values';

export interface ModelSlot {
  name: string;
  type: string;
  /** Elicitation samples: what a person says when asked for this slot ("{text}", "I felt {text}"). */
  samples?: string[];
}
export interface ModelIntent {
  name: string;
  slots?: ModelSlot[];
  samples?: string[];
}
export interface ModelTypeValue {
  id?: string;
  name: { value: string; synonyms?: string[] };
}
export interface InteractionModel {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: ModelIntent[];
      types?: { name: string; values: ModelTypeValue[] }[];
    };
  };
}

export function loadModel(locale: string, root = resolve(__dirname, '../..')): InteractionModel {
  const file = join(root, 'interaction-model', 'interactionModels', 'custom', `${locale}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as InteractionModel;
}

/** One typed word: its normalized form for matching and where it sits in the original text. */
export interface Token {
  norm: string;
  start: number;
  end: number;
}

/** Lower case, no punctuation ("We're" -> "were", "p.m." -> "pm"); clock times keep their colon. */
export function normalizeWord(raw: string): string {
  return raw
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}:]/gu, '')
    .replace(/(?<!\d):|:(?!\d)/g, '');
}

/**
 * Words split on spaces, hyphens, dashes and slashes ("check-in" is "check in"); a possessive
 * or contracted 's is a word of its own ("Priya's" is "priya" "s"), in samples and in what is
 * typed alike, so "it's" matches "it's" and a first name may carry its possessive.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[^\s\-\u2010-\u2015/]+/g)) {
    const start = match.index!;
    const end = start + match[0].length;
    const possessive = /^(.*?\p{L})['\u2019]s(\W*)$/iu.exec(match[0]);
    if (possessive) {
      const base = normalizeWord(possessive[1]!);
      const baseEnd = start + possessive[1]!.length;
      if (base) tokens.push({ norm: base, start, end: baseEnd });
      tokens.push({ norm: 's', start: baseEnd, end });
      continue;
    }
    const norm = normalizeWord(match[0]);
    if (norm) tokens.push({ norm, start, end });
  }
  return tokens;
}

/** The words a person typed for a span, as typed, without the punctuation around them. */
function spanText(text: string, tokens: Token[], from: number, to: number): string {
  return text
    .slice(tokens[from]!.start, tokens[to - 1]!.end)
    .replace(/^[\s.,!?;:"'()]+|[\s.,!?;:"()]+$/g, '')
    .trim();
}

/** Phrases Alexa maps to its built-in intents; used only for the built-ins the model declares. */
export const BUILT_IN_PHRASES: Record<string, string[]> = {
  'AMAZON.YesIntent': [
    'yes',
    'yeah',
    'yep',
    'yup',
    'sure',
    'ok',
    'okay',
    'yes please',
    'sure thing',
    'of course',
    'absolutely',
    'alright',
    'all right',
    'sounds good',
    'go ahead',
    'please do',
    'i do',
    'we do',
  ],
  'AMAZON.NoIntent': ['no', 'nope', 'nah', 'no thanks', 'no thank you', 'not now', 'not really', 'no way'],
  'AMAZON.HelpIntent': ['help', 'help me', 'help us', 'what can i say', 'what do i say', 'i need help'],
  'AMAZON.StopIntent': ['stop', 'stop it', 'be quiet', 'quiet', 'shut up', 'goodbye', 'bye', 'off', 'exit'],
  'AMAZON.CancelIntent': ['cancel', 'cancel that', 'never mind', 'nevermind', 'forget it'],
  'AMAZON.NavigateHomeIntent': ['go home', 'home', 'go to home', 'home screen'],
  'AMAZON.RepeatIntent': [
    'repeat',
    'repeat that',
    'say that again',
    'say it again',
    'come again',
    'what did you say',
  ],
  'AMAZON.PauseIntent': ['pause', 'hold on', 'wait', 'pause that'],
  'AMAZON.ResumeIntent': ['resume', 'continue', 'keep going', 'go on', 'carry on'],
  'AMAZON.StartOverIntent': ['start over', 'restart', 'start again', 'begin again', 'from the top'],
  'AMAZON.NextIntent': ['next', 'skip', 'skip it', 'skip that', 'next one'],
  'AMAZON.PreviousIntent': ['previous', 'go back', 'back', 'previous one'],
  'AMAZON.MoreIntent': ['more', 'tell me more', 'go on please'],
};

/** Small words a person may leave out ("start check in" for "start our check in"). */
const FILLERS = new Set(['our', 'the', 'a', 'an', 'my', 'us', 'please', 'some', 'to', 'for', 'we', 'me']);

type Part = { literal: string } | { slot: string };

interface Sample {
  intent: string;
  parts: Part[];
  literals: number;
  builtIn: boolean;
  order: number;
}

interface SlotFill {
  value: string;
  id?: string;
  typed: boolean;
}

interface Match {
  sample: Sample;
  slots: Record<string, SlotFill>;
  /** Words the slots took as free text (not recognized as a typed value). */
  free: number;
  /** Sample words left out (fillers). */
  skipped: number;
}

export interface Resolution {
  intent: string;
  slots: Slots;
}

export interface ResolveContext {
  /** The slot the skill just asked for with Dialog.ElicitSlot. */
  elicited?: { intent: string; slot: string };
}

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

function compile(intent: string, sample: string, builtIn: boolean, order: number): Sample {
  const parts: Part[] = [];
  for (const piece of sample.split(/(\{[^}]+\})/)) {
    const slot = /^\{([^}|]+)\}$/.exec(piece.trim());
    if (slot) parts.push({ slot: slot[1]!.trim() });
    else for (const token of tokenize(piece)) parts.push({ literal: token.norm });
  }
  return { intent, parts, literals: parts.filter((p) => 'literal' in p).length, builtIn, order };
}

/** Better first: more literal words, fewer free-text words, fewer words left out, the skill's own samples, model order. */
function compareMatches(a: Match, b: Match): number {
  return (
    b.sample.literals - b.skipped - (a.sample.literals - a.skipped) ||
    a.free - b.free ||
    a.skipped - b.skipped ||
    Number(a.sample.builtIn) - Number(b.sample.builtIn) ||
    a.sample.order - b.sample.order
  );
}

export class Resolver {
  readonly invocationName: string;
  private readonly intents = new Map<string, ModelIntent>();
  private readonly samples: Sample[] = [];
  private readonly types = new Map<string, { words: string[]; value: ModelTypeValue }[]>();

  constructor(model: InteractionModel) {
    const language = model.interactionModel.languageModel;
    this.invocationName = language.invocationName;
    for (const type of language.types ?? []) {
      this.types.set(
        type.name,
        type.values.flatMap((value) =>
          [value.name.value, ...(value.name.synonyms ?? [])].map((said) => ({
            words: tokenize(said).map((t) => t.norm),
            value,
          })),
        ),
      );
    }
    let order = 0;
    for (const intent of language.intents) {
      this.intents.set(intent.name, intent);
      for (const sample of intent.samples ?? [])
        this.samples.push(compile(intent.name, sample, false, order++));
    }
    for (const [intent, phrases] of Object.entries(BUILT_IN_PHRASES)) {
      if (!this.intents.has(intent)) continue;
      for (const phrase of phrases) this.samples.push(compile(intent, phrase, true, order++));
    }
  }

  hasIntent(name: string): boolean {
    return this.intents.has(name);
  }

  /** What Alexa would send for this utterance inside an open session. */
  resolve(text: string, context: ResolveContext = {}): Resolution {
    const tokens = tokenize(text);
    if (tokens.length === 0) return { intent: FALLBACK_INTENT, slots: {} };
    if (context.elicited && this.intents.has(context.elicited.intent)) {
      // While a slot is being asked for, free dictation fills it, unless the words are exactly
      // a built-in ("stop", "help") or another intent's fixed phrase ("read it back").
      const exact = this.best(
        this.samples.filter((s) => s.parts.every((p) => 'literal' in p)),
        tokens,
        text,
        false,
      );
      if (exact) return this.toResolution(exact);
      const elicited = this.matchElicited(tokens, text, context.elicited);
      if (elicited) return this.toResolution(elicited);
    }
    const match = this.best(this.samples, tokens, text, false) ?? this.best(this.samples, tokens, text, true);
    return match ? this.toResolution(match) : { intent: FALLBACK_INTENT, slots: {} };
  }

  private matchElicited(tokens: Token[], text: string, elicited: { intent: string; slot: string }) {
    const intent = this.intents.get(elicited.intent)!;
    const slot = intent.slots?.find((s) => s.name === elicited.slot);
    if (!slot) return undefined;
    const samples = [
      ...(slot.samples ?? []).map((s, i) => compile(intent.name, s, false, i)),
      ...(intent.samples ?? []).map((s, i) => compile(intent.name, s, false, 1000 + i)),
      compile(intent.name, `{${slot.name}}`, false, 2000),
    ];
    return this.best(samples, tokens, text, false, true);
  }

  private toResolution(match: Match): Resolution {
    const slots: Slots = {};
    for (const [name, fill] of Object.entries(match.slots))
      slots[name] = fill.id ? { value: fill.value, id: fill.id } : fill.value;
    return { intent: match.sample.intent, slots };
  }

  private best(
    samples: Sample[],
    tokens: Token[],
    text: string,
    allowSkips: boolean,
    allowBareFreeText = false,
  ): Match | undefined {
    const words = new Set(tokens.map((t) => t.norm));
    let best: Match | undefined;
    for (const sample of samples) {
      // Cheap check first: every required word of the sample must have been said.
      if (
        !sample.parts.every(
          (p) => !('literal' in p) || words.has(p.literal) || (allowSkips && FILLERS.has(p.literal)),
        )
      )
        continue;
      const match = this.matchSample(sample, tokens, text, allowSkips);
      if (!match) continue;
      // A sample made only of slots must not swallow any sentence as free text.
      if (!allowBareFreeText && sample.literals - match.skipped === 0 && match.free > 0) continue;
      if (!best || compareMatches(match, best) < 0) best = match;
    }
    return best;
  }

  /** The best way this sample covers all the words, or undefined. Free-text slots are greedy. */
  private matchSample(sample: Sample, tokens: Token[], text: string, allowSkips: boolean): Match | undefined {
    const slotTypes = new Map((this.intents.get(sample.intent)?.slots ?? []).map((s) => [s.name, s.type]));
    let best: Match | undefined;
    const visit = (
      pi: number,
      ti: number,
      slots: Record<string, SlotFill>,
      free: number,
      skipped: number,
    ) => {
      if (pi === sample.parts.length) {
        if (ti !== tokens.length) return;
        const match = { sample, slots: { ...slots }, free, skipped };
        if (!best || match.free < best.free || (match.free === best.free && match.skipped < best.skipped))
          best = match;
        return;
      }
      const part = sample.parts[pi]!;
      if ('literal' in part) {
        if (ti < tokens.length && tokens[ti]!.norm === part.literal)
          visit(pi + 1, ti + 1, slots, free, skipped);
        if (allowSkips && FILLERS.has(part.literal)) visit(pi + 1, ti, slots, free, skipped + 1);
        return;
      }
      const type = slotTypes.get(part.slot);
      if (!type) return;
      // Longest spans first, so free text is greedy and the first equal-scoring match wins.
      for (let end = tokens.length; end > ti; end--) {
        const fill = this.fillSlot(type, tokens, text, ti, end);
        if (!fill) continue;
        slots[part.slot] = fill;
        visit(pi + 1, end, slots, free + (fill.typed ? 0 : end - ti), skipped);
        delete slots[part.slot];
      }
    };
    visit(0, 0, {}, 0, 0);
    return best;
  }

  /** A slot value for the words from..to, as Alexa would fill a slot of this type. */
  private fillSlot(
    type: string,
    tokens: Token[],
    text: string,
    from: number,
    to: number,
  ): SlotFill | undefined {
    const words = tokens.slice(from, to).map((t) => t.norm);
    const said = spanText(text, tokens, from, to);
    const typed = (value: string | number | undefined): SlotFill | undefined =>
      value === undefined ? undefined : { value: String(value), typed: true };
    switch (type) {
      case 'AMAZON.NUMBER':
        return typed(parseNumber(words));
      case 'AMAZON.DURATION':
        return typed(parseDuration(words));
      case 'AMAZON.TIME':
        return typed(parseTime(words));
      case 'AMAZON.DayOfWeek':
        return typed(parseDayOfWeek(words));
      case 'AMAZON.FirstName': {
        // One word, or one word and its possessive 's ("Priya's", as it is heard and sent).
        const possessive = words.length === 2 && words[1] === 's' && /['\u2019]s$/iu.test(said);
        return (words.length === 1 || possessive) && /^\p{L}+$/u.test(words[0]!)
          ? { value: said, typed: true }
          : undefined;
      }
      default:
        break;
    }
    const custom = this.types.get(type);
    if (custom) {
      const hit = custom.find(
        (c) => c.words.length === words.length && c.words.every((w, i) => w === words[i]),
      );
      // Custom slots are open, as on Alexa: an unlisted value still fills the slot, without a resolution.
      return hit
        ? { value: said, id: hit.value.id ?? hit.value.name.value, typed: true }
        : { value: said, typed: false };
    }
    // AMAZON.SearchQuery and any other phrase type: free text.
    return { value: said, typed: false };
  }
}

export type Invocation = { kind: 'launch' } | { kind: 'oneShot'; utterance: string } | { kind: 'none' };

/**
 * How a person starts the skill: "open between us" (a new session) or "ask between us to …"
 * (a one-shot intent in a new session). Anything else is for an open session.
 */
export function parseInvocation(text: string, invocationName: string): Invocation {
  let tokens = tokenize(text);
  if (tokens[0]?.norm === 'alexa') tokens = tokens.slice(1);
  const name = tokenize(invocationName).map((t) => t.norm);
  const norms = tokens.map((t) => t.norm);
  const at = (i: number) => name.every((w, k) => norms[i + k] === w);
  const rest = (i: number) =>
    i < tokens.length
      ? text
          .slice(tokens[i]!.start)
          .replace(/^[\s,.]+/, '')
          .trim()
      : '';
  // "open between us", "start between us", "talk to between us", or just "between us".
  for (const verbs of [
    [],
    ['open'],
    ['launch'],
    ['start'],
    ['begin'],
    ['load'],
    ['run'],
    ['talk', 'to'],
    ['use'],
  ]) {
    if (!verbs.every((v, i) => norms[i] === v)) continue;
    let i = verbs.length;
    if (norms[i] === 'the' && verbs.length) i++;
    if (!at(i)) continue;
    const after = i + name.length;
    if (after === tokens.length) return { kind: 'launch' };
    // "open between us and start our check in"
    if (verbs.length && (norms[after] === 'and' || norms[after] === 'to')) {
      const utterance = rest(after + 1);
      return utterance ? { kind: 'oneShot', utterance } : { kind: 'launch' };
    }
  }
  // "ask between us to …", "tell between us that …", "ask between us …"
  if (norms[0] === 'ask' || norms[0] === 'tell') {
    if (at(1)) {
      let i = 1 + name.length;
      if (['to', 'that', 'about', 'for', 'if', 'whether'].includes(norms[i] ?? '') && i + 1 < tokens.length)
        i++;
      const utterance = rest(i);
      return utterance ? { kind: 'oneShot', utterance } : { kind: 'launch' };
    }
  }
  return { kind: 'none' };
}
