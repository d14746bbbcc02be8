/**
 * Speech is output, user text is data. Every value interpolated with the `ssml` tag is
 * escaped; only the literal parts of the template (written by us) may carry SSML markup.
 */
export class Ssml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** Alexa refuses output speech longer than this many characters. */
export const MAX_SPEECH_CHARS = 8000;

// XML 1.0 forbids these; Alexa would fail the whole response on them.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Emoji are read out oddly or not at all; a space keeps the words around them apart.
const PICTOGRAPHS = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|\u{FE0F}|\u{200D}|\u{20E3}/gu;

/** Makes dictated or stored text safe to place inside SSML. */
export function escapeForSsml(text: string): string {
  return text
    .replace(INVALID_XML, ' ')
    .replace(PICTOGRAPHS, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\s+/g, ' ')
    .trim();
}

export type Speakable = Ssml | string | number;

function render(value: Speakable | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (value instanceof Ssml) return value.markup;
  return escapeForSsml(String(value));
}

/** Tagged template: `ssml\`Thanks, ${name}.\`` escapes `name`. */
export function ssml(literals: TemplateStringsArray, ...values: (Speakable | undefined | null)[]): Ssml {
  let out = literals[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (literals[i + 1] ?? '');
  });
  return new Ssml(out);
}

/** Joins fragments with a space, dropping empty ones. */
export function speech(...parts: (Speakable | undefined | null | false)[]): Ssml {
  return new Ssml(
    parts
      .filter((p): p is Speakable => p !== undefined && p !== null && p !== false && String(p) !== '')
      .map(render)
      .join(' '),
  );
}

export function pause(ms: number): Ssml {
  return new Ssml(`<break time="${Math.max(0, Math.min(10000, Math.round(ms)))}ms"/>`);
}

/** Names in a list, spoken naturally: "Alex", "Alex and Sam", "a, b and c". */
export function listOf(items: Speakable[], conjunction = 'and'): Ssml {
  const rendered = items.map(render).filter(Boolean);
  if (rendered.length <= 1) return new Ssml(rendered.join(''));
  return new Ssml(`${rendered.slice(0, -1).join(', ')} ${conjunction} ${rendered[rendered.length - 1]}`);
}

/** Shortens user text for reading back, on a word boundary, escaped. */
export function excerpt(text: string, maxChars: number): Ssml {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxChars) return new Ssml(escapeForSsml(clean));
  const cut = clean.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return new Ssml(escapeForSsml((lastSpace > maxChars * 0.6 ? cut.slice(0, lastSpace) : cut) + '…'));
}

/** Plain text of SSML, for cards, logs of length and the console. */
export function toPlainText(markup: string): string {
  return markup
    .replace(/<break[^>]*\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
