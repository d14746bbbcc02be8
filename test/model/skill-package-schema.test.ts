import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { MODELS_DIR, ROOT } from '../../tools/model/build-model';

/**
 * The skill package against ask-smapi-model with every literal kept: the JSON is compiled as
 * an object literal typed by Amazon's own interfaces, so an unknown permission name, viewport
 * mode or country, a missing required field, or an unknown field fails here. (The typecheck's
 * JSON import widens enum values to string; this test reads them as written.)
 */
const skillJson = readFileSync(join(ROOT, 'interaction-model', 'skill.json'), 'utf8');
const model = (locale: string) => readFileSync(join(MODELS_DIR, `${locale}.json`), 'utf8');

function typed(type: string, json: string): string {
  return `import type { v1 } from 'ask-smapi-model';\nexport const checked: ${type} = ${json};\n`;
}
const MANIFEST = 'v1.skill.Manifest.SkillManifestEnvelope';
const MODEL = 'v1.skill.interactionModel.InteractionModelData';

/** Compiles virtual files beside the tests in one program; the errors of each, as text. */
function compile(files: Record<string, string>): Record<string, string[]> {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    target: ts.ScriptTarget.ES2022,
    types: [],
    ignoreDeprecations: '6.0',
  };
  const paths = Object.fromEntries(Object.keys(files).map((name) => [join(__dirname, name), files[name]!]));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (path) => path in paths || ts.sys.fileExists(path);
  host.readFile = (path) => paths[path] ?? readFile(path);
  host.getSourceFile = (path, version) =>
    path in paths ? ts.createSourceFile(path, paths[path]!, version) : getSourceFile(path, version);
  const program = ts.createProgram(Object.keys(paths), options, host);
  return Object.fromEntries(
    Object.keys(files).map((name) => [
      name,
      ts
        .getPreEmitDiagnostics(program, program.getSourceFile(join(__dirname, name)))
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    ]),
  );
}

describe('the skill package, as Amazon types it', () => {
  const broken = (from: string, to: string) => {
    expect(skillJson).toContain(from);
    return skillJson.replace(from, to);
  };
  let errors: Record<string, string[]>;
  beforeAll(() => {
    errors = compile({
      'manifest.virtual.ts': typed(MANIFEST, skillJson),
      ...Object.fromEntries(
        ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN'].map((l) => [`${l}.virtual.ts`, typed(MODEL, model(l))]),
      ),
      'permission.virtual.ts': typed(MANIFEST, broken('"alexa::person_id:read"', '"alexa::person_id:reed"')),
      'viewport.virtual.ts': typed(MANIFEST, broken('"mode": "HUB"', '"mode": "KITCHEN"')),
      'field.virtual.ts': typed(MANIFEST, broken('"usesPersonalInfo": true', '"usesPersonalInf": true')),
      'kind.virtual.ts': typed(MANIFEST, broken('"usesPersonalInfo": true', '"usesPersonalInfo": "yes"')),
    });
  }, 120_000);

  it('skill.json and every locale’s interaction model compile against ask-smapi-model', () => {
    for (const name of ['manifest', 'en-US', 'en-GB', 'en-CA', 'en-AU', 'en-IN']) {
      expect({ name, errors: errors[`${name}.virtual.ts`] }).toEqual({ name, errors: [] });
    }
  });

  it.each([
    ['permission', /alexa::person_id:reed/],
    ['viewport', /KITCHEN/],
    ['field', /usesPersonalInf/],
    ['kind', /Type 'string' is not assignable to type 'boolean/],
  ])('a broken copy fails: %s', (name, message) => {
    expect(errors[`${name}.virtual.ts`]!.join('\n')).toMatch(message);
  });
});
