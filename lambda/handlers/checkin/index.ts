import type { Feature } from '../../skill';
import type { SkillDeps } from '../../turn';

/** The checkin feature's handlers, in the order they are tried. */
export function checkinFeature(_deps: SkillDeps): Feature {
  return { handlers: [] };
}
