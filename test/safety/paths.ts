import { ScanCommand } from '@aws-sdk/client-dynamodb';
import type { Locale } from '../../lambda/domain/locale';
import type { CrisisKind } from '../../lambda/domain/safety/crisis';
import { linesFor } from '../../lambda/speech/resources';
import type { Device, TurnResult } from '../../tools/device';
import { localClient } from '../../tools/dynamo-local';
import { linkVoice } from '../support/conversations';
import { setUpHousehold, type Harness } from '../support/harness';

/** The note kinds, how each starts, and how many parts each has. */
export const NOTE_KINDS = [
  { kind: 'pattern', start: 'StartPatternNoteIntent', parts: 5 },
  { kind: 'quick', start: 'QuickNoteIntent', parts: 3 },
  { kind: 'pretherapy', start: 'PreTherapyNoteIntent', parts: 3 },
  { kind: 'badweek', start: 'BadWeekIntent', parts: 3 },
] as const;

/** The week items a couple dictates, by intent and slot. */
export const WEEK_ITEMS = [
  { intent: 'AppreciationIntent', slot: 'appreciation' },
  { intent: 'SetFocusIntent', slot: 'focusText' },
  { intent: 'SetRepairPhraseIntent', slot: 'phrase' },
  { intent: 'GoodThingDoneIntent', slot: 'goodThing' },
  { intent: 'SmallStepIntent', slot: 'step' },
] as const;

/** The intents whose free-text slot can carry a one-shot ("ask Between Us …"). */
export const ONE_SHOT_CARRIERS = [...WEEK_ITEMS, { intent: 'NotePartIntent', slot: 'text' }] as const;

/**
 * Every way words reach the skill: each part of each note kind, each week item, and a one-shot
 * carried by each intent with a free-text slot.
 */
export const TEXT_PATHS: readonly string[] = [
  ...NOTE_KINDS.flatMap(({ kind, parts }) =>
    Array.from({ length: parts }, (_, i) => `note ${kind}, part ${i + 1}`),
  ),
  ...WEEK_ITEMS.map(({ intent }) => `week ${intent}`),
  ...ONE_SHOT_CARRIERS.map(({ intent }) => `one-shot ${intent}`),
];

const FILLER = [
  'after dinner on tuesday',
  'frustrated and tired',
  'I took a breath',
  'we both went quiet',
  'how to pause',
];

/** Says words on one path; `problem` says why the device was not where the path needs it. */
export interface PathStop {
  path: number;
  name: string;
  say(text: string): Promise<TurnResult>;
  problem?: string;
}

/**
 * Walks the device down every path in turn and calls `visit` at each stop. `again: true` puts
 * the device back at the same moment before each `say` (the session as it was; the table is
 * unchanged when what was said is stored nowhere), as for the crisis set; `again: false`
 * lets each answer move the exercise on, as a couple would, and opens a new note when the
 * last one is finished.
 */
export async function walkPaths(
  device: Device,
  again: boolean,
  visit: (stop: PathStop) => Promise<void>,
): Promise<void> {
  let path = 0;
  const stopHere = async (name: string, say: (text: string) => Promise<TurnResult>, problem?: string) => {
    const moment = { attributes: structuredClone(device.sessionAttributes), elicited: device.elicited };
    const restore = () => {
      device.sessionAttributes = structuredClone(moment.attributes);
      device.elicited = moment.elicited;
    };
    await visit({ path: path++, name, problem, say: again ? (text) => (restore(), say(text)) : say });
    if (again) restore();
  };
  for (const { kind, start, parts } of NOTE_KINDS) {
    device.close();
    await device.intent(start);
    for (let part = 0; part < parts; part++) {
      const d = device.sessionAttributes.dialog as
        { kind?: string; noteKind?: string; current?: number } | undefined;
      const there =
        d?.kind === 'notes.dictate' &&
        d.noteKind === kind &&
        d.current === part &&
        device.elicited?.slot === 'text';
      await stopHere(
        `note ${kind}, part ${part + 1}`,
        (text) => device.intent('NotePartIntent', { text }),
        there ? undefined : `not at ${kind} part ${part + 1}: ${JSON.stringify(d)}`,
      );
      // The same moment is done: answer it plainly, so the next part (or next note) comes.
      if (again) await device.intent('NotePartIntent', { text: FILLER[part]! });
    }
  }
  device.close();
  await device.launch();
  for (const { intent, slot } of WEEK_ITEMS) {
    await stopHere(`week ${intent}`, (text) => device.intent(intent, { [slot]: text }));
  }
  for (const { intent, slot } of ONE_SHOT_CARRIERS) {
    await stopHere(`one-shot ${intent}`, (text) => {
      device.close();
      return device.intent(intent, { [slot]: text });
    });
  }
}

/** A household of its own in this locale, set up with Alex's voice linked; its session closed. */
export async function household(harness: Harness, locale: Locale, name: string): Promise<Device> {
  const echo = harness.device({
    locale,
    userId: `amzn1.ask.account.${name}-${locale}`,
    personId: `amzn1.ask.person.alex-${name}-${locale}`,
  });
  await setUpHousehold(harness, ['Alex', 'Sam'], echo);
  await linkVoice(echo, 'Alex');
  return echo;
}

/** A deterministic rotation: statement i in locale l goes down path (i + 7l) mod n. */
export function pathFor(index: number, localeIndex: number, paths: readonly unknown[]): number {
  return (index + 7 * localeIndex) % paths.length;
}

const NEVER_CLAIMS =
  /I(?:'ll| will| am going to|'m going to| have| just) (?:call|phone|contact|alert|notify|send)|calling (?:9|emergency|the police|for help|someone) now|help is on (?:the|its) way|I've (?:called|alerted|contacted)/i;

/** The crisis answer as it must be: the locale's numbers in the kind's order, the exercise stopped. */
export function crisisProblems(
  turn: TurnResult,
  device: Device,
  locale: Locale,
  kinds: readonly CrisisKind[],
): string[] {
  const problems: string[] = [];
  const dialog = device.sessionAttributes.dialog as { kind?: string; crisisKind?: CrisisKind } | undefined;
  if (dialog?.kind !== 'safety.crisis')
    return [`no crisis answer (dialog ${dialog?.kind ?? 'none'}): ${turn.speech.slice(0, 80)}`];
  const kind = dialog.crisisKind!;
  if (!kinds.includes(kind)) problems.push(`kind ${kind}, expected ${kinds.join(' or ')}`);
  const { lines, finder } = linesFor(locale, kind);
  let at = -1;
  for (const line of lines) {
    const next = turn.speech.indexOf(line.groups.join(' '), at + 1);
    if (next <= at) problems.push(`${line.id} missing or out of order`);
    at = Math.max(at, next);
  }
  if (finder && !turn.speech.includes(finder.slice(0, 20))) problems.push('abuse finder missing');
  if (
    kind !== 'self-harm' &&
    !/^I'm really glad you told me\. Are you safe right now\? If you're in danger/.test(turn.speech)
  )
    problems.push('"Are you safe right now?" not before the numbers');
  if (NEVER_CLAIMS.test(turn.speech) || !/can't call anyone/.test(turn.speech))
    problems.push('claims to call, or does not say it cannot');
  if (turn.ended || !turn.reprompt) problems.push('session not kept open with a reprompt');
  if (turn.card !== undefined) problems.push('a card was sent');
  if (turn.directives.some((d) => d.type.startsWith('Dialog.')))
    problems.push('a dialog directive: the exercise goes on');
  return problems;
}

/** Whether a reply is the crisis answer at all (for near-misses). */
export function isCrisisAnswer(turn: TurnResult, device: Device): boolean {
  const dialog = device.sessionAttributes.dialog as { kind?: string } | undefined;
  return dialog?.kind === 'safety.crisis' || /glad you told me|can't call anyone/.test(turn.speech);
}

/** Everything in the test's table, as text (every household, note, check-in and week). */
export async function wholeTable(harness: Harness): Promise<string> {
  const client = localClient(harness.endpoint);
  try {
    const items: unknown[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await client.send(
        new ScanCommand({ TableName: harness.tableName, ExclusiveStartKey: start as never }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return JSON.stringify(items).toLowerCase();
  } finally {
    client.destroy();
  }
}
