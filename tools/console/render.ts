/**
 * How the console prints a turn: what Alexa says, the reprompt, directives and cards in short
 * form, and whether the session ended. Pure string functions.
 */
import type { TurnResult } from '../device';

type Directive = TurnResult['directives'][number];

/** "alexa::alerts:timers:skill:readwrite" -> "timers". */
export function shortScope(scope: unknown): string {
  const text = String(scope ?? '');
  return /alerts:(\w+):/.exec(text)?.[1] ?? text;
}

export function shortDirective(directive: Directive): string {
  const { type } = directive;
  if (type.startsWith('Dialog.')) {
    const slot = directive.slotToElicit ?? directive.slotToConfirm;
    return `[${type}${slot ? ` ${String(slot)}` : ''}]`;
  }
  if (type === 'Connections.SendRequest' || type === 'Connections.StartConnection') {
    const payload = (directive.payload ?? {}) as {
      permissionScope?: string;
      permissionScopes?: { permissionScope?: string }[];
    };
    const scopes = payload.permissionScope
      ? [payload.permissionScope]
      : (payload.permissionScopes ?? []).map((s) => s.permissionScope);
    const name = String(directive.name ?? directive.uri ?? '');
    return `[${[type, name, ...scopes.map(shortScope)].filter(Boolean).join(' ')}]`;
  }
  const apl = /^Alexa\.Presentation\.(APL\w*)\.(\w+)$/.exec(type);
  if (apl) return `[${apl[1]} ${apl[2]}${directive.token ? ` ${String(directive.token)}` : ''}]`;
  return `[${type}]`;
}

function clip(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

export function shortCard(card: unknown): string {
  const c = (card ?? {}) as {
    type?: string;
    title?: string;
    content?: string;
    text?: string;
    permissions?: string[];
  };
  if (c.type === 'AskForPermissionsConsent')
    return `[card AskForPermissionsConsent ${(c.permissions ?? []).map(shortScope).join(' ')}]`;
  if (c.type === 'LinkAccount') return '[card LinkAccount]';
  const body = c.content ?? c.text ?? '';
  return `[card ${c.type ?? 'Simple'}${c.title ? ` "${clip(c.title, 40)}"` : ''}${body ? `: ${clip(body)}` : ''}]`;
}

/** The lines printed for one reply from the skill. */
export function renderTurn(result: TurnResult): string[] {
  const lines: string[] = [];
  if (result.speech) lines.push(`Alexa: ${result.speech}`);
  if (result.reprompt) lines.push(`  (reprompt: ${result.reprompt})`);
  for (const directive of result.directives) lines.push(`  ${shortDirective(directive)}`);
  if (result.card) lines.push(`  ${shortCard(result.card)}`);
  if (result.ended && result.envelope.request.type !== 'SessionEndedRequest') lines.push('  (session ended)');
  return lines;
}

/** 300000 -> "5m", 93784000 -> "1d 2h 3m 4s". */
export function formatDuration(ms: number): string {
  let seconds = Math.max(0, Math.round(ms / 1000));
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ] as const) {
    if (seconds >= size) {
      parts.push(`${Math.floor(seconds / size)}${unit}`);
      seconds %= size;
    }
  }
  return parts.join(' ') || '0s';
}

/** "7d", "3h", "10m", "1h30m", "45s" -> milliseconds; undefined when it does not read. */
export function parseSpan(text: string): number | undefined {
  const clean = text.replace(/\s+/g, '').toLowerCase();
  if (!/^(\d+(\.\d+)?[wdhms])+$/.test(clean)) return undefined;
  const size: Record<string, number> = { w: 604800000, d: 86400000, h: 3600000, m: 60000, s: 1000 };
  let total = 0;
  for (const [, n, unit] of clean.matchAll(/(\d+(?:\.\d+)?)([wdhms])/g)) total += Number(n) * size[unit!]!;
  return total;
}

/** The clock as the couple would see it, in their time zone. */
export function formatInstant(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(instant);
}
