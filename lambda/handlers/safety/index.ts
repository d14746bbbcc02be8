import type { Feature } from '../../skill';
import type { SkillDeps } from '../../turn';

/** The safety feature's handlers, in the order they are tried. */
export function safetyFeature(_deps: SkillDeps): Feature {
  return { handlers: [] };
}
