/**
 * `npm run nlu`: scores the held-out annotation sets of every locale with both resolvers and
 * prints per-intent pass rates.
 *   --locale en-GB          one locale
 *   --resolver console      one resolver (console | virtual-alexa)
 *   --json                  the evaluations as JSON on stdout (what test/nlu reads)
 *   --no-misses             leave out the list of misses
 *   --write                 regenerate test/nlu/annotations/<locale>.json from test/nlu/sets
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUPPORTED_LOCALES } from '../../../lambda/speech/locale';
import { evaluate, formatEvaluation, type Evaluation } from './evaluate';
import { RESOLVERS, resolverFor, type ResolverName } from './resolvers';
import { ANNOTATIONS_DIR, annotationsFor, renderAnnotationSet } from './sets';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export function runAll(locales: readonly string[], resolvers: readonly ResolverName[]): Evaluation[] {
  const out: Evaluation[] = [];
  for (const resolver of resolvers)
    for (const locale of locales)
      out.push(evaluate(resolver, locale, annotationsFor(locale), resolverFor(resolver, locale)));
  return out;
}

function main(args: string[]): void {
  const locale = option(args, '--locale');
  const locales = locale ? [locale] : SUPPORTED_LOCALES;
  if (args.includes('--write')) {
    for (const l of locales) writeFileSync(join(ANNOTATIONS_DIR, `${l}.json`), renderAnnotationSet(l));
    console.log(`Wrote ${locales.length} annotation sets to ${ANNOTATIONS_DIR}`);
    return;
  }
  const resolver = option(args, '--resolver') as ResolverName | undefined;
  if (resolver && !RESOLVERS.includes(resolver)) throw new Error(`unknown resolver ${resolver}`);
  const results = runAll(locales, resolver ? [resolver] : RESOLVERS);
  if (args.includes('--json')) {
    process.stdout.write(JSON.stringify(results));
    return;
  }
  for (const e of results) console.log(`${formatEvaluation(e, { misses: !args.includes('--no-misses') })}\n`);
  console.log('summary (overall · weakest intent):');
  for (const e of results) {
    const weakest = e.intents[0];
    console.log(
      `  ${e.resolver.padEnd(13)} ${e.locale}  ${(e.rate * 100).toFixed(1).padStart(5)} %  · ${weakest?.intent} ${((weakest?.rate ?? 0) * 100).toFixed(1)} %`,
    );
  }
}

if (require.main === module) main(process.argv.slice(2));
