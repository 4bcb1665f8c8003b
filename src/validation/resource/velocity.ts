/**
 * The parts of Velocity a data action's templates use, enough to check them: references (`${input.x}`,
 * `$!{input.x}`, `$input.x`, `$esc.jsonString($input.x)`), found with their position, and directives
 * (`#if`, `#foreach`, `#set`, ...), which this library does not evaluate. Rendering is in data-action.ts.
 */

export interface VelocityReference {
  /** Offsets of the reference's text in the template. */
  start: number;
  end: number;
  text: string;
  /** `$!`: prints nothing when null (otherwise Velocity prints the reference's own text). */
  quiet: boolean;
  /** `input` in `${input.x}`; case-sensitive. */
  root: string;
  /** `['x']` in `${input.x}`; a method call's name is the last element, with `call` set. */
  path: string[];
  /** The text between a method call's parentheses. */
  call?: string;
}

const IDENT = /[A-Za-z][A-Za-z0-9_-]*/y;
const DIRECTIVE = /(^|[^\\])#\{?(if|elseif|else|end|foreach|set|macro|break|stop|evaluate|parse|include|define)\b|(^|[^\\])##|#\*/;

/** Whether the template uses a directive or a comment (not evaluated here: the rendered body would be a guess). */
export function hasDirective(template: string): boolean {
  return DIRECTIVE.test(template);
}

/** Every reference in the template, in order (references inside a call's arguments are part of the call). */
export function scanReferences(template: string): VelocityReference[] {
  const found: VelocityReference[] = [];
  let i = 0;
  while (i < template.length) {
    const at = template.indexOf('$', i);
    if (at === -1) break;
    const ref = at > 0 && template[at - 1] === '\\' ? undefined : referenceAt(template, at);
    if (ref) {
      found.push(ref);
      i = ref.end;
    } else i = at + 1;
  }
  return found;
}

function referenceAt(t: string, start: number): VelocityReference | undefined {
  let i = start + 1;
  const quiet = t[i] === '!';
  if (quiet) i += 1;
  const braced = t[i] === '{';
  if (braced) i += 1;
  const root = ident(t, i);
  if (!root) return undefined;
  i += root.length;
  const path: string[] = [];
  let call: string | undefined;
  while (t[i] === '.' && call === undefined) {
    const name = ident(t, i + 1);
    if (!name) break;
    path.push(name);
    i += 1 + name.length;
    if (t[i] === '(') {
      const close = closingParen(t, i);
      if (close === -1) return undefined;
      call = t.slice(i + 1, close);
      i = close + 1;
    }
  }
  if (braced) {
    if (t[i] !== '}') return undefined;
    i += 1;
  }
  return { start, end: i, text: t.slice(start, i), quiet, root, path, ...(call !== undefined ? { call } : {}) };
}

function ident(t: string, i: number): string | undefined {
  IDENT.lastIndex = i;
  const m = IDENT.exec(t);
  return m ? m[0] : undefined;
}

function closingParen(t: string, open: number): number {
  let depth = 0;
  for (let i = open; i < t.length; i += 1) {
    if (t[i] === '(') depth += 1;
    else if (t[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Whether offset `at` of a JSON template is inside a JSON string (by the double quotes before it). */
export function insideJsonString(template: string, at: number): boolean {
  let inside = false;
  for (let i = 0; i < at; i += 1) {
    if (template[i] === '\\' && inside) i += 1;
    else if (template[i] === '"') inside = !inside;
  }
  return inside;
}
