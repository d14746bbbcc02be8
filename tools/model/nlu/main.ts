/**
 * `npm run nlu`: scores the held-out annotation sets of every locale with both resolvers and
 * prints per-intent pass rates.
 *   --locale en-GB          one locale
 *   --resolver console      one resolver (console | virtual-alexa)
 *   --json                  the evaluations as JSON on stdout (what test/nlu reads)
 *   --no-misses             leave out the list of misses
 *   --write                 regenerate test/nlu/annotations/<locale>.json from test/nlu/sets
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUPPORTED_LOCALES } from '../../../lambda/domain/locale';
import { MODELS_DIR } from '../build-model';
import { evaluate, formatEvaluation, type Evaluation, type Resolved, type ResolveFn } from './evaluate';
import { RESOLVERS, resolverFor, type ResolverName } from './resolvers';
import { loadModel } from '../../console/nlu';
import { coveredVerbatim } from './overlap';
import { ANNOTATIONS_DIR, annotationsFor, elicitedAnnotations, renderAnnotationSet } from './sets';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/**
 * Every locale through every resolver. Locales whose model is the same text share one resolver
 * and its answers (the common set is asked once, not five times). With `asked`, the answers to
 * the skill's questions (elicited.txt) are scored too, as evaluations marked `asked`.
 */
export function runAll(
  locales: readonly string[],
  resolvers: readonly ResolverName[],
  { asked = false } = {},
): Evaluation[] {
  const out: Evaluation[] = [];
  const elicited = asked ? elicitedAnnotations() : [];
  for (const resolver of resolvers) {
    const shared = new Map<string, ResolveFn>();
    for (const locale of locales) {
      const text = readFileSync(join(MODELS_DIR, `${locale}.json`), 'utf8');
      let resolve = shared.get(text);
      if (!resolve) {
        const inner = resolverFor(resolver, locale);
        const seen = new Map<string, Resolved>();
        resolve = (u, a) => {
          const key = a ? `${a.intent}.${a.slot}|${u}` : u;
          return seen.get(key) ?? seen.set(key, inner(u, a)).get(key)!;
        };
        shared.set(text, resolve);
      }
      out.push(evaluate(resolver, locale, annotationsFor(locale), resolve));
      if (asked) out.push({ ...evaluate(resolver, locale, elicited, resolve), asked: true });
    }
  }
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
  const results = runAll(locales, resolver ? [resolver] : RESOLVERS, { asked: true });
  if (args.includes('--json')) {
    process.stdout.write(JSON.stringify(results));
    return;
  }
  for (const e of results) console.log(`${formatEvaluation(e, { misses: !args.includes('--no-misses') })}\n`);
  // How much of a pass is word for word: the rest is reached through slots (and the console's fillers).
  for (const l of locales) {
    const annotations = annotationsFor(l);
    const samples = loadModel(l).interactionModel.languageModel.intents.flatMap((i) => i.samples ?? []);
    console.log(
      `${l}: ${coveredVerbatim(annotations, samples)} of ${annotations.length} annotations are word for word among the expanded samples`,
    );
  }
  console.log('summary (overall · weakest intent):');
  for (const e of results) {
    const weakest = e.intents[0];
    console.log(
      `  ${e.resolver.padEnd(13)} ${e.locale}  ${(e.rate * 100).toFixed(1).padStart(5)} %  · ${weakest?.intent} ${((weakest?.rate ?? 0) * 100).toFixed(1)} %${e.asked ? '  (answers to a question)' : ''}`,
    );
  }
}

if (require.main === module) main(process.argv.slice(2));
