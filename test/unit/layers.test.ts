import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * The layer rules of `npm run lint` (.dependency-cruiser.cjs) hold themselves: each break put
 * on purpose into a small tree laid out like lambda/ fails the check, and a clean one passes.
 */

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

function cruise(files: Record<string, string>): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'layers-'));
  try {
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true } }));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const run = spawnSync(process.execPath, [CLI, 'lambda', '--config', CONFIG], {
      cwd: dir,
      encoding: 'utf8',
    });
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const LEAF = 'export type Kind = "a";\nexport const kinds = ["a"];\n';

describe('the layer rules in npm run lint', () => {
  it('pass on a tree that keeps the layers', () => {
    const result = cruise({
      'lambda/domain/kinds.ts': LEAF,
      'lambda/storage/store.ts': 'import { kinds } from "../domain/kinds";\nexport const s = kinds;\n',
      'lambda/speech/say.ts': 'import type { Kind } from "../domain/kinds";\nexport const k: Kind = "a";\n',
      'lambda/handlers/h.ts':
        'import { s } from "../storage/store";\nimport { k } from "../speech/say";\nexport const h = [s, k];\n',
    });
    expect(result).toMatchObject({ ok: true });
  });

  it('fail on an import cycle, even one made of type imports only', () => {
    const result = cruise({
      'lambda/domain/a.ts': 'import type { B } from "./b";\nexport type A = { b?: B };\n',
      'lambda/domain/b.ts': 'import type { A } from "./a";\nexport type B = { a?: A };\n',
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/no-cycles/);
  });

  it('fail when domain imports storage', () => {
    const result = cruise({
      'lambda/storage/keys.ts': 'export const key = "k";\n',
      'lambda/domain/save.ts': 'import { key } from "../storage/keys";\nexport const k = key;\n',
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/domain-is-pure: lambda\/domain\/save\.ts → lambda\/storage\/keys\.ts/);
  });

  it('fail when storage imports speech, or speech runs domain code', () => {
    const result = cruise({
      'lambda/domain/kinds.ts': LEAF,
      'lambda/speech/say.ts': 'import { kinds } from "../domain/kinds";\nexport const said = kinds;\n',
      'lambda/storage/store.ts': 'import { said } from "../speech/say";\nexport const s = said;\n',
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/storage-on-domain: lambda\/storage\/store\.ts → lambda\/speech\/say\.ts/);
    expect(result.output).toMatch(
      /speech-on-domain-types: lambda\/speech\/say\.ts → lambda\/domain\/kinds\.ts/,
    );
  });

  it('fail when alexa/ imports a handler', () => {
    const result = cruise({
      'lambda/handlers/h.ts': 'export const h = 1;\n',
      'lambda/alexa/api.ts': 'import { h } from "../handlers/h";\nexport const a = h;\n',
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/alexa-below-handlers/);
  });

  it('fail when alexa/ imports speech, and when domain/ does I/O; digests from node:crypto are fine', () => {
    const result = cruise({
      'lambda/speech/say.ts': 'export const said = "hi";\n',
      'lambda/alexa/timers.ts': 'import { said } from "../speech/say";\nexport const t = said;\n',
      'lambda/domain/ids.ts':
        'import { createHash } from "node:crypto";\nexport const id = createHash("sha256");\n',
      'lambda/domain/load.ts': 'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n',
    });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /alexa-below-handlers: lambda\/alexa\/timers\.ts → lambda\/speech\/say\.ts/,
    );
    expect(result.output).toMatch(/domain-uses-no-platform: lambda\/domain\/load\.ts → (node:)?fs/);
    expect(result.output).not.toMatch(/lambda\/domain\/ids\.ts/);
  });
});
