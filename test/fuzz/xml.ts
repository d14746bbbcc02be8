/**
 * A small, strict XML well-formedness check for SSML: one root element, properly nested and
 * closed tags, quoted attributes without duplicates, only the five predefined entities or
 * character references, no characters XML forbids, no `]]>` in text, and no comments,
 * CDATA, processing instructions or DOCTYPE (the skill never sends them).
 * Returns undefined when well-formed, otherwise the first problem found.
 */
const NAME = /^[A-Za-z_:][\w:.-]*/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;

function checkText(text: string, where: string): string | undefined {
  if (text.includes(']]>')) return `"]]>" in ${where}`;
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    const match = ENTITY.exec(text.slice(i));
    if (!match) return `bare "&" in ${where}`;
    const ref = match[0];
    if (ref.startsWith('&#')) {
      const code = ref[2] === 'x' ? parseInt(ref.slice(3, -1), 16) : parseInt(ref.slice(2, -1), 10);
      const ok =
        code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      if (!ok) return `character reference ${ref} to a forbidden character`;
    }
  }
  return undefined;
}

export function xmlProblem(xml: string): string | undefined {
  if (FORBIDDEN_CHAR.test(xml)) return 'a character XML forbids';
  if (LONE_SURROGATE.test(xml)) return 'a lone surrogate';
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (text.length > 0) {
      if (stack.length === 0 && text.trim() !== '') return 'text outside the root element';
      const problem = checkText(text, 'text');
      if (problem) return problem;
    }
    if (lt === -1) break;
    const gt = xml.indexOf('>', lt);
    if (gt === -1) return 'an unclosed tag';
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith('!') || tag.startsWith('?'))
      return 'a comment, CDATA, DOCTYPE or processing instruction';
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trimEnd();
      if (!NAME.test(name) || NAME.exec(name)![0] !== name) return `a malformed end tag </${name}>`;
      const open = stack.pop();
      if (open !== name) return `</${name}> closes <${open ?? '(nothing)'}>`;
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const nameMatch = NAME.exec(body);
      if (!nameMatch) return 'a tag without a valid name';
      const name = nameMatch[0];
      let rest = body.slice(name.length);
      const seen = new Set<string>();
      while (rest.trim() !== '') {
        const attr = /^\s+([A-Za-z_:][\w:.-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(rest);
        if (!attr) return `a malformed attribute in <${name}>`;
        if (seen.has(attr[1]!)) return `a duplicate attribute ${attr[1]} in <${name}>`;
        seen.add(attr[1]!);
        const problem = checkText(attr[3] ?? attr[4] ?? '', `attribute ${attr[1]}`);
        if (problem) return problem;
        rest = rest.slice(attr[0].length);
      }
      if (stack.length === 0) {
        roots += 1;
        if (roots > 1) return 'more than one root element';
      }
      if (!selfClosing) stack.push(name);
    }
    i = gt + 1;
  }
  if (stack.length > 0) return `<${stack[stack.length - 1]}> is never closed`;
  if (roots === 0) return 'no root element';
  return undefined;
}
