/**
 * Scores an annotation set against a resolver: an utterance passes when the resolver picks the
 * expected intent and fills exactly the expected slots (values compared without case or
 * punctuation). Pure over its inputs; the resolvers live beside it.
 */
import type { Annotation, Asked } from './sets';

export interface Resolved {
  intent: string;
  slots: Record<string, string>;
}
/** `asked`: the slot the skill had just elicited, when the utterance answers a question. */
export type ResolveFn = (utterance: string, asked?: Asked) => Resolved;

export interface Miss {
  annotation: Annotation;
  actual: Resolved;
}
export interface IntentScore {
  intent: string;
  total: number;
  passed: number;
  rate: number;
}
export interface Evaluation {
  resolver: string;
  locale: string;
  total: number;
  passed: number;
  rate: number;
  intents: IntentScore[];
  misses: Miss[];
  /** Scored the answers to a question the skill asked (elicited.txt), not the held-out set. */
  asked?: boolean;
}

const norm = (value: string) =>
  value
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}':]+/gu, ' ')
    .trim();

export function sameResult(expected: Annotation, actual: Resolved): boolean {
  if (expected.intent !== actual.intent) return false;
  const want = Object.entries(expected.slots);
  const got = Object.entries(actual.slots).filter(([, v]) => v !== undefined && v !== '');
  if (want.length !== got.length) return false;
  return want.every(
    ([name, value]) => actual.slots[name] !== undefined && norm(actual.slots[name]!) === norm(value),
  );
}

export function evaluate(
  resolver: string,
  locale: string,
  annotations: Annotation[],
  resolve: ResolveFn,
): Evaluation {
  const byIntent = new Map<string, { total: number; passed: number }>();
  const misses: Miss[] = [];
  for (const annotation of annotations) {
    const actual = resolve(annotation.utterance, annotation.asked);
    const ok = sameResult(annotation, actual);
    const score = byIntent.get(annotation.intent) ?? { total: 0, passed: 0 };
    score.total++;
    if (ok) score.passed++;
    else misses.push({ annotation, actual });
    byIntent.set(annotation.intent, score);
  }
  const intents = [...byIntent.entries()]
    .map(([intent, s]) => ({ intent, ...s, rate: s.passed / s.total }))
    .sort((a, b) => a.rate - b.rate || a.intent.localeCompare(b.intent));
  const passed = annotations.length - misses.length;
  return {
    resolver,
    locale,
    total: annotations.length,
    passed,
    rate: annotations.length ? passed / annotations.length : 0,
    intents,
    misses,
  };
}

const pct = (rate: number) => `${(rate * 100).toFixed(1)} %`;

/** A plain table: overall, then every intent weakest first, then the misses. */
export function formatEvaluation(e: Evaluation, { misses = true } = {}): string {
  const what = e.asked ? ' (answers to a question)' : '';
  const lines = [`${e.resolver} · ${e.locale}${what}: ${e.passed}/${e.total} = ${pct(e.rate)}`];
  const width = Math.max(...e.intents.map((i) => i.intent.length));
  for (const i of e.intents)
    lines.push(
      `  ${i.intent.padEnd(width)}  ${String(i.passed).padStart(3)}/${String(i.total).padEnd(3)} ${pct(i.rate).padStart(7)}`,
    );
  if (misses && e.misses.length) {
    lines.push('  misses:');
    for (const m of e.misses) {
      const slots = (s: Record<string, string>) => (Object.keys(s).length ? ` ${JSON.stringify(s)}` : '');
      lines.push(
        `    "${m.annotation.utterance}" → ${m.actual.intent}${slots(m.actual.slots)} (expected ${m.annotation.intent}${slots(m.annotation.slots)})`,
      );
    }
  }
  return lines.join('\n');
}
