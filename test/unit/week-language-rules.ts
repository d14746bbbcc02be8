/**
 * Rule 7, neutral language: no blame words and no per-partner tallies or grades in anything
 * the week says about how the couple did. Shared with the conversation tests.
 */
export const BLAME = [
  /\bdidn'?t\b/i,
  /\bdid not\b/i,
  /\bfail(ed|ure)?\b/i,
  /\bhomework\b/i,
  /\bonly\b/i,
  /\bshould have\b/i,
  /\byou forgot\b/i,
  /\bforgot\b/i,
  /\bmissed\b/i,
  /\bbehind\b/i,
  /\bgrade\b/i,
  /\bscore\b/i,
  /\bout of (ten|\d+)\b/i,
];

/** "Sam did 3", "Alex: two check-ins", "Sam wrote two notes", "Alex's three appreciations". */
export function tallies(text: string, names: string[]): string[] {
  const numbers = '(\\d+|no|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|zero|none)';
  const found: string[] = [];
  for (const name of names) {
    const patterns = [
      new RegExp(
        `\\b${name}('s)?\\s*(did|made|wrote|had|gave|named|shared|completed|added|:)?\\s+${numbers}\\b`,
        'i',
      ),
      new RegExp(`\\b${numbers}\\s+(from|by|for)\\s+${name}\\b`, 'i'),
    ];
    for (const p of patterns) {
      const m = p.exec(text);
      if (m) found.push(m[0]);
    }
  }
  return found;
}

export function languageProblems(text: string, names: string[] = ['Alex', 'Sam']): string[] {
  return [...BLAME.filter((b) => b.test(text)).map((b) => `blame word ${b}`), ...tallies(text, names)];
}
