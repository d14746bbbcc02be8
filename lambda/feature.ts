import type { RequestHandler } from 'ask-sdk-core';
import type { ContinueFn, FeatureRegistry, HelpHook, KeepOffer, LaunchOffer, SessionEndHook } from './turn';

/**
 * What a feature brings to the skill. A feature is plain data built by a function: nothing in
 * it registers anywhere at import, so two skills built in one process share nothing.
 */
export interface Feature {
  /** For logs and for the error when two features claim the same continuation. */
  name: string;
  /** Tried in order, after the features listed before this one. */
  handlers: RequestHandler[];
  /** Offered when the skill opens ("You were in the middle of a note…"); lowest `priority` number first. */
  launchOffers?: LaunchOffer[];
  /** Work resumed once "Is this Alex or Sam?" is answered, by the stable name kept in the session. */
  continuations?: Record<string, ContinueFn>;
  /** Last chances to save what the session holds, when the session ends. */
  onSessionEnd?: SessionEndHook[];
  /**
   * By intent, what this feature offers to keep when the safety gate stops a request whose words
   * it holds ("keep my note"). The gate scans every intent; nothing is let through.
   */
  keepAfterCrisis?: Record<string, KeepOffer>;
  /**
   * For "help" during one of this feature's moments: what can be said right now (undefined when
   * the turn is not in one). Without a line from any feature, help is the general one.
   */
  help?: HelpHook;
}

/** Merges the features, once per skill: the registry every turn of that skill is given. */
export function buildRegistry(features: readonly Feature[]): FeatureRegistry {
  const continuations = new Map<string, ContinueFn>();
  for (const feature of features) {
    for (const [name, run] of Object.entries(feature.continuations ?? {})) {
      if (continuations.has(name)) throw new Error(`continuation ${name} claimed twice (${feature.name})`);
      continuations.set(name, run);
    }
  }
  const keepOffers = new Map<string, KeepOffer>();
  for (const feature of features) {
    for (const [intent, offer] of Object.entries(feature.keepAfterCrisis ?? {})) {
      if (keepOffers.has(intent)) throw new Error(`keep offer for ${intent} claimed twice (${feature.name})`);
      keepOffers.set(intent, offer);
    }
  }
  return {
    launchOffers: features.flatMap((f) => f.launchOffers ?? []).sort((a, b) => a.priority - b.priority),
    sessionEndHooks: features.flatMap((f) => f.onSessionEnd ?? []),
    helpHooks: features.flatMap((f) => (f.help ? [f.help] : [])),
    continuation: (name) => continuations.get(name),
    keepOffer: (intentName) => keepOffers.get(intentName),
  };
}
