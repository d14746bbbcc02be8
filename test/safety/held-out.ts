import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CrisisKind } from '../../lambda/domain/safety/crisis';
import { SUPPORTED_LOCALES, type Locale } from '../../lambda/domain/locale';

/**
 * The held-out sets (test/safety/held-out/*.txt), parsed. Each line is one statement; a
 * "## section" line names the category of what follows; "[en-GB]" before a statement marks it
 * as that locale's own words.
 */
export interface Statement {
  text: string;
  section: string;
  /** The locale whose words the statement uses, when it is marked. */
  locale?: Locale;
  /** Its place in the file, for deterministic rotation. */
  index: number;
}

function parse(file: string): Statement[] {
  const lines = readFileSync(join(__dirname, 'held-out', file), 'utf8').split('\n');
  const out: Statement[] = [];
  let section = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line.startsWith('## ')) section = line.slice(3).trim();
    if (!line || line.startsWith('#')) continue;
    const tagged = /^\[(en-[A-Z]{2})\]\s+(.*)$/.exec(line);
    const locale =
      tagged && (SUPPORTED_LOCALES as readonly string[]).includes(tagged[1]!)
        ? (tagged[1] as Locale)
        : undefined;
    if (tagged && !locale) throw new Error(`held-out ${file}: unknown locale in "${line}"`);
    out.push({ text: tagged ? tagged[2]! : line, section, locale, index: out.length });
  }
  return out;
}

export const CRISIS_SET: readonly Statement[] = parse('crisis.txt');
export const NEAR_MISS_SET: readonly Statement[] = parse('near-misses.txt');

/** Which resources must come first for a section of the crisis set. */
export const EXPECTED_KINDS: Record<string, readonly CrisisKind[]> = {
  violence: ['violence'],
  threats: ['violence'],
  weapons: ['violence'],
  confinement: ['violence'],
  'sexual violence': ['violence'],
  strangulation: ['violence'],
  'harm to children': ['violence', 'danger'],
  'self-harm': ['self-harm'],
  'suicidal ideation': ['self-harm'],
  overdose: ['self-harm'],
  'harm to others': ['danger'],
  'immediate danger': ['danger', 'violence'],
};
