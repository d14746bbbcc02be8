import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { SUPPORTED_LOCALES } from '../../lambda/domain/locale';
import { MODELS_DIR, ROOT } from '../../tools/model/build-model';

/** What certification reads from skill.json, typed loosely: the SMAPI types check the rest. */
interface Manifest {
  manifest: {
    publishingInformation: {
      locales: Record<
        string,
        { name: string; smallIconUri?: string; largeIconUri?: string; examplePhrases: string[] }
      >;
    };
    permissions: { name: string }[];
    privacyAndCompliance: Record<string, unknown> & {
      locales: Record<string, { privacyPolicyUrl?: string; termsOfUseUrl?: string }>;
    };
  };
}

const PACKAGE_DIR = join(ROOT, 'interaction-model');
const skill = JSON.parse(readFileSync(join(PACKAGE_DIR, 'skill.json'), 'utf8')) as Manifest;
const { manifest } = skill;

interface LanguageModel {
  invocationName: string;
  intents: { name: string; samples?: string[] }[];
}
function languageModel(locale: string): LanguageModel {
  const model = JSON.parse(readFileSync(join(MODELS_DIR, `${locale}.json`), 'utf8')) as {
    interactionModel: { languageModel: LanguageModel };
  };
  return model.interactionModel.languageModel;
}

/**
 * Certification compares an example phrase with the samples ignoring case and the punctuation
 * around words (commas, full stops, question marks), but a hyphen is part of the word:
 * "check-in" is not the sample "check in".
 */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[,.?!;:"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The sample an example phrase stands on, or undefined when it is not `Alexa, ask|open <name> [to] <sample>`. */
function sampleOf(phrase: string, model: LanguageModel): string | undefined {
  const prefix = new RegExp(`^alexa (?:ask|open) ${model.invocationName} (?:to )?`);
  const spoken = words(phrase);
  const match = prefix.exec(spoken);
  if (!match) return undefined;
  const rest = spoken.slice(match[0].length);
  const samples = model.intents.flatMap((i) => i.samples ?? []).filter((s) => !s.includes('{'));
  // "ask Between Us to <sample>" or "ask Between Us <sample>" (a sample that is a question).
  const candidates = new Set([
    rest,
    spoken.replace(new RegExp(`^alexa (?:ask|open) ${model.invocationName} `), ''),
  ]);
  return samples.find((s) => candidates.has(words(s)));
}

/** A PNG's width and height, read from its IHDR chunk, after checking the signature and the data. */
function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idat = png.indexOf('IDAT');
  const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
  expect(raw.length).toBe(height * (1 + width * 3));
  return { width, height };
}

describe('the skill package, as certification reads it', () => {
  it('lists every supported locale', () => {
    expect(Object.keys(manifest.publishingInformation.locales).sort()).toEqual([...SUPPORTED_LOCALES].sort());
  });

  describe.each(SUPPORTED_LOCALES)('%s', (locale) => {
    const info = manifest.publishingInformation.locales[locale]!;
    const model = languageModel(locale);

    it('has three example phrases, each "Alexa, ask Between Us [to] <a sample>" word for word', () => {
      expect(info.examplePhrases).toHaveLength(3);
      for (const phrase of info.examplePhrases) {
        expect({ phrase, sample: sampleOf(phrase, model) }).toEqual({ phrase, sample: expect.any(String) });
      }
    });

    it('ships a 108 px and a 512 px PNG icon inside the package', () => {
      for (const [uri, size] of [
        [info.smallIconUri, 108],
        [info.largeIconUri, 512],
      ] as const) {
        expect(uri).toMatch(/^file:\/\/assets\/images\/[\w-]+\.png$/);
        const path = join(PACKAGE_DIR, uri!.slice('file://'.length));
        expect(existsSync(path)).toBe(true);
        expect(pngSize(path)).toEqual({ width: size, height: size });
      }
    });

    it('names a privacy policy and terms of use (placeholders here; real ones are set at deploy time)', () => {
      const urls = manifest.privacyAndCompliance.locales[locale]!;
      expect(urls.privacyPolicyUrl).toMatch(/^https:\/\//);
      expect(urls.termsOfUseUrl).toMatch(/^https:\/\//);
    });
  });

  it('rejects a phrase that is not a sample: "start our check-in" is not "start our check in"', () => {
    const model = languageModel('en-US');
    expect(sampleOf('Alexa, ask Between Us to start our check in', model)).toBe('start our check in');
    expect(sampleOf('Alexa, ask Between Us to start our check-in', model)).toBeUndefined();
    expect(sampleOf('Alexa, ask Between Us what is our focus?', model)).toBe('what is our focus');
    expect(sampleOf('Alexa, tell Between Us to start our check in', model)).toBeUndefined();
    expect(
      sampleOf('Alexa, ask Between Us to start our check in immediately thank you', model),
    ).toBeUndefined();
  });

  it('asks for voice recognition (person ID) beside timers and reminders', () => {
    expect(manifest.permissions.map((p) => p.name).sort()).toEqual([
      'alexa::alerts:reminders:skill:readwrite',
      'alexa::alerts:timers:skill:readwrite',
      'alexa::person_id:read',
    ]);
  });

  it('tells the truth about privacy and compliance (see CERTIFICATION.md)', () => {
    const { locales: _locales, ...flags } = manifest.privacyAndCompliance;
    expect(flags).toEqual({
      allowsPurchases: false,
      // First names, voice digests and dictated notes are personal information.
      usesPersonalInfo: true,
      isChildDirected: false,
      isExportCompliant: true,
      containsAds: false,
      // The private-beta route: not a HIPAA covered entity asking Amazon to process PHI.
      usesHealthInfo: false,
    });
  });
});
