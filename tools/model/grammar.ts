/**
 * The model builder's small template grammar, so a fragment says in one line what would be
 * dozens of sample utterances:
 *
 *   (start|begin) [our|the] check in       one of the choices; [..] is the same with "nothing" added
 *   @ask start our check in                 a shared phrase list, defined under "phrases"
 *   I felt {text}                           slots pass through untouched
 *
 * A plain sample (no brackets, no @) expands to itself, so a fragment written without the
 * grammar still works. Choices nest. Whitespace is normalized and duplicates are dropped.
 */

type Node = { text: string } | { choice: Node[][] } | { ref: string };

export type Phrases = Record<string, string>;

function parse(template: string): Node[] {
  let i = 0;
  const seq = (closers: string): Node[][] => {
    const alternatives: Node[][] = [[]];
    while (i < template.length) {
      const c = template[i]!;
      if (closers.includes(c)) break;
      if (c === '|') {
        if (!closers) throw new Error(`"|" outside brackets in "${template}"`);
        alternatives.push([]);
        i++;
        continue;
      }
      const current = alternatives[alternatives.length - 1]!;
      if (c === '(' || c === '[') {
        const close = c === '(' ? ')' : ']';
        i++;
        const inner = seq(close);
        if (template[i] !== close) throw new Error(`unclosed "${c}" in "${template}"`);
        i++;
        current.push({ choice: c === '[' ? [...inner, []] : inner });
        continue;
      }
      if (c === ')' || c === ']') throw new Error(`unexpected "${c}" in "${template}"`);
      if (c === '@') {
        const name = /^@([A-Za-z][\w]*)/.exec(template.slice(i))?.[1];
        if (!name) throw new Error(`"@" without a phrase name in "${template}"`);
        current.push({ ref: name });
        i += name.length + 1;
        continue;
      }
      let j = i;
      while (j < template.length && !'()[]|@'.includes(template[j]!)) j++;
      current.push({ text: template.slice(i, j) });
      i = j;
    }
    return alternatives;
  };
  const top = seq('');
  if (i < template.length) throw new Error(`unexpected "${template[i]}" in "${template}"`);
  return top[0]!;
}

function expandNodes(nodes: Node[], phrases: Phrases, depth: number): string[] {
  if (depth > 8) throw new Error('phrases refer to each other too deeply');
  let results = [''];
  for (const node of nodes) {
    let options: string[];
    if ('text' in node) options = [node.text];
    else if ('ref' in node) {
      const body = phrases[node.ref];
      if (body === undefined) throw new Error(`unknown phrase @${node.ref}`);
      options = expandNodes(parse(body), phrases, depth + 1);
    } else options = node.choice.flatMap((alt) => expandNodes(alt, phrases, depth + 1));
    results = results.flatMap((r) => options.map((o) => `${r}${o}`));
  }
  return results;
}

/** Every sample a template stands for, whitespace normalized, in template order, no duplicates. */
export function expand(template: string, phrases: Phrases = {}): string[] {
  const out = expandNodes(parse(template), phrases, 0).map((s) => s.replace(/\s+/g, ' ').trim());
  return [...new Set(out.filter(Boolean))];
}

/** Expands a list of templates into one list of samples, keeping the first of any duplicate. */
export function expandAll(templates: string[], phrases: Phrases = {}): string[] {
  return [...new Set(templates.flatMap((t) => expand(t, phrases)))];
}
