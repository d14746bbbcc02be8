// One minified esbuild bundle for the Lambda (Node.js 24 runtime; the code also runs on Node 20).
//
//   node tools/build.mjs                         dist/lambda/index.js (+ .map, + meta.json)
//   node tools/build.mjs --entry E --out F       another entry with the very same settings
//                                                (the bench's floor skill, the bundle tests)
//   node tools/build.mjs --analyze               also print esbuild's size analysis
//   node tools/build.mjs --stock ...             without the stand-ins below (the bench's
//                                                stock-built floor, for comparison)
import { build, analyzeMetafile } from 'esbuild';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Packages the bundle replaces with a smaller stand-in (tools/bundle-stubs/aliases.json, also
 * read by the CDK construct), each only for what the Lambda can never use (measured on this
 * branch, bundle KiB):
 *   - the SDK's default credential chain → the environment provider: the SSO, INI, process,
 *     web-identity, IMDS and login providers with their nested STS/SSO/SSO-OIDC/sign-in clients
 *     (1,085 → 951 KiB);
 *   - ask-sdk-model's Alexa service clients, used by ask-sdk-core only with an API client
 *     (951 → 890 KiB);
 *   - the SDK's event-stream codecs, loaded only for an operation with an event stream, which
 *     DynamoDB has none of (534 → 515 KiB).
 */
export const ALIASES = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(resolve(ROOT, 'tools/bundle-stubs/aliases.json'), 'utf8'))).map(
    ([pkg, stub]) => [pkg, resolve(ROOT, stub)],
  ),
);

/** The Lambda's esbuild settings; the floor skill in the bench is built with exactly these. */
export function bundleOptions({ entry, outfile, stock = false }) {
  return {
    entryPoints: [entry],
    bundle: true,
    minify: true,
    sourcemap: true,
    // Stack traces need the mappings, not the sources (the CDK construct does the same).
    sourcesContent: false,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Prefer packages' ES module builds: esbuild can drop what the skill never calls
    // (measured: 1,271 → 1,073 KiB, and about 13% less time to load the bundle).
    mainFields: ['module', 'main'],
    alias: stock ? {} : ALIASES,
    outfile,
    // The Lambda runtime ships SDK v3, but bundling pins the version we test against.
    external: [],
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  };
}

/** Builds `entry` into `outfile`, writes the metafile beside it (meta.json); returns the metafile. */
export async function bundle({ entry, outfile, stock = false }) {
  const result = await build(bundleOptions({ entry, outfile, stock }));
  writeFileSync(resolve(dirname(outfile), 'meta.json'), JSON.stringify(result.metafile));
  return result.metafile;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
  const entry = resolve(ROOT, option('--entry', 'lambda/index.ts'));
  const outfile = resolve(ROOT, option('--out', 'dist/lambda/index.js'));
  const metafile = await bundle({ entry, outfile, stock: args.includes('--stock') });
  if (args.includes('--analyze')) console.log(await analyzeMetafile(metafile));
  console.log(`${outfile}: ${(statSync(outfile).size / 1024).toFixed(1)} KiB`);
}
