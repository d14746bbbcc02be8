import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUPPORTED_LOCALES } from '../../lambda/domain/locale';
import { RESOURCES, SOURCES_CHECKED, type CrisisLine } from '../../lambda/speech/resources';

/** The README's safety section lists every crisis line the skill speaks, with its source and hours. */
describe("the crisis resources' sources", () => {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('<!-- section: safety -->'),
    readme.indexOf('<!-- section: privacy -->'),
  );

  const lines = SUPPORTED_LOCALES.flatMap((locale) => {
    const r = RESOURCES[locale];
    return [r.emergency, r.crisis, ...(r.violence ? [r.violence] : [])].map(
      (line) => [locale, line] as const,
    );
  });

  it.each(lines.map(([locale, line]) => [locale, line.id, line] as const))(
    '%s %s: number, hours and the page checked are in the README',
    (locale, _id, line: CrisisLine) => {
      const row = section
        .split('\n')
        .find((l) => l.includes(`| ${locale}`) && l.includes(line.groups.join(' ')));
      expect(row).toBeDefined();
      expect(row).toContain(line.source);
      expect(row).toContain(line.ownPage ? '| yes' : '| no');
      expect(line.hours).toMatch(/24\/7|day or night/);
    },
  );

  it('says when they were checked', () => {
    expect(section).toContain(`Checked on ${SOURCES_CHECKED}`);
  });
});
