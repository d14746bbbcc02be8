import type { Template } from 'aws-cdk-lib/assertions';

type Json = unknown;

function references(value: Json, out: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) references(v, out);
  } else if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, Json>;
    if (typeof obj.Ref === 'string') out.add(obj.Ref);
    const getAtt = obj['Fn::GetAtt'];
    if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') out.add(getAtt[0]);
    for (const v of Object.values(obj)) references(v, out);
  }
}

/** Each resource's dependencies inside the template: Ref, Fn::GetAtt and DependsOn. */
export function dependencyGraph(template: Template): Map<string, Set<string>> {
  const resources = template.toJSON().Resources as Record<string, Record<string, Json>>;
  const graph = new Map<string, Set<string>>();
  for (const [id, resource] of Object.entries(resources)) {
    const deps = new Set<string>();
    references(resource.Properties, deps);
    const dependsOn = resource.DependsOn;
    for (const d of Array.isArray(dependsOn) ? dependsOn : dependsOn ? [dependsOn] : []) deps.add(String(d));
    graph.set(id, new Set([...deps].filter((d) => d in resources)));
  }
  return graph;
}

/** A cycle in the graph, or undefined. */
export function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'open') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'open');
    path.push(id);
    for (const dep of graph.get(id) ?? []) {
      const cycle = visit(dep);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of graph.keys()) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return undefined;
}

/** True when `from` depends on `to`, directly or through other resources. */
export function dependsOn(graph: Map<string, Set<string>>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    for (const dep of graph.get(id) ?? []) {
      if (dep === to) return true;
      if (!seen.has(dep)) {
        seen.add(dep);
        stack.push(dep);
      }
    }
  }
  return false;
}
