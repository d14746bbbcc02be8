import type { Feature } from '../../skill';
import type { SkillDeps } from '../../turn';

/** The week feature's handlers, in the order they are tried. */
export function weekFeature(_deps: SkillDeps): Feature {
  return { handlers: [] };
}
