/**
 * `.tf` files, parsed with tree-sitter's HCL grammar (npm `@tree-sitter-grammars/tree-sitter-hcl`, run by
 * `web-tree-sitter`, both WebAssembly). Literal values are evaluated (strings with their escapes, heredocs,
 * numbers, bools, lists, objects, and `jsonencode` of a literal); every other expression is unknown, with the
 * resource references it names. Each resource and attribute keeps its line and column.
 */
import { existsSync, readFileSync } from 'fs';
import { join, dirname } from 'path';
import type { Node, Parser as TsParser } from 'web-tree-sitter';
import { UnknownValue, referencesIn } from '../../validation/resource';
import { attributePath } from '../../validation/resource';
import type { Location } from '../check/json-scan';
import { parseSuppressionComment } from './suppressions';
import { NotTerraform, type ReadResource } from './types';

let parser: Promise<TsParser> | undefined;

/**
 * The grammar's WebAssembly: shipped beside the built module (`npm run build` copies it from the grammar's
 * package, a dev dependency, so an install compiles nothing), or from that package in a checkout.
 */
function grammarFile(): string {
  const shipped = join(__dirname, 'tree-sitter-hcl.wasm');
  return existsSync(shipped) ? shipped : join(dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json')), 'tree-sitter-hcl.wasm');
}

/** The parser, loaded once per process on first use (about 100 ms of WebAssembly compilation). */
function hclParser(): Promise<TsParser> {
  return (parser ??= (async () => {
    const { Parser, Language } = await import('web-tree-sitter');
    await Parser.init();
    const grammar = grammarFile();
    const p = new Parser();
    // Bytes, not a path: with a path it imports node:fs/promises dynamically, which a CommonJS VM (jest) refuses.
    p.setLanguage(await Language.load(readFileSync(grammar)));
    return p;
  })());
}

const at = (node: Node): Location => ({ line: node.startPosition.row + 1, column: node.startPosition.column + 1 });
const kids = (node: Node) => node.children.filter((c): c is Node => c !== null);

/** The genesyscloud resources and data sources of one `.tf` file's text. Throws NotTerraform on a syntax error. */
export async function readHcl(file: string, text: string): Promise<ReadResource[]> {
  const tree = (await hclParser()).parse(text);
  if (!tree) throw new NotTerraform(file, 'not parsed');
  try {
    const root = tree.rootNode;
    if (root.hasError) {
      const bad = root.descendantsOfType(['ERROR']).find((n) => n !== null) ?? firstMissing(root);
      throw new NotTerraform(file, 'not valid HCL (a syntax error)', bad ? at(bad) : undefined);
    }
    const body = kids(root).find((n) => n.type === 'body');
    const out: ReadResource[] = [];
    if (!body) return out;
    // Comments before the first block are the file's children, not the body's.
    const items = [...kids(root).filter((n) => n.type === 'comment'), ...kids(body)].sort((a, b) => a.startIndex - b.startIndex);
    items.forEach((node, i) => {
      if (node.type !== 'block') return;
      const parts = kids(node);
      const keyword = parts[0]?.text;
      const labels = parts.filter((p) => p.type === 'string_lit' || (p.type === 'identifier' && p !== parts[0])).map(labelText);
      if ((keyword !== 'resource' && keyword !== 'data') || labels.length !== 2 || !labels[0].startsWith('genesyscloud_')) return;
      const attributes = new Map<string, Location>();
      const inner = parts.find((p) => p.type === 'body');
      const values = inner ? bodyValues(inner, [], attributes) : {};
      // Comments are extras in the grammar: one inside the block may hang on the block or on its body.
      const comments = [...precedingComments(items, i), ...parts.filter((c) => c.type === 'comment'), ...(inner ? kids(inner).filter((c) => c.type === 'comment') : [])];
      const suppressions = [];
      const problems = [];
      for (const c of comments) {
        const parsed = parseSuppressionComment(c.text);
        if (!parsed) continue;
        if ('problem' in parsed) problems.push({ code: 'invalid-suppression' as const, message: parsed.problem, location: at(c) });
        else suppressions.push({ ...parsed, location: at(c) });
      }
      out.push({ file, index: out.length, mode: keyword === 'data' ? 'data' : 'resource', type: labels[0], name: labels[1], values, location: at(node), attributes, suppressions, problems });
    });
    return out;
  } finally {
    tree.delete();
  }
}

function firstMissing(node: Node): Node | undefined {
  if (node.isMissing) return node;
  for (const c of kids(node)) {
    const found = firstMissing(c);
    if (found) return found;
  }
  return undefined;
}

/** Comment lines directly above the block (no blank line between). */
function precedingComments(items: Node[], i: number): Node[] {
  const found: Node[] = [];
  let line = items[i].startPosition.row;
  for (let j = i - 1; j >= 0 && items[j].type === 'comment' && items[j].endPosition.row >= line - 1; j -= 1) {
    found.unshift(items[j]);
    line = items[j].startPosition.row;
  }
  return found;
}

function labelText(node: Node): string {
  return node.type === 'identifier' ? node.text : node.text.slice(1, -1);
}

function bodyValues(body: Node, path: (string | number)[], locations: Map<string, Location>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const counts = new Map<string, number>();
  for (const item of kids(body)) {
    if (item.type === 'attribute') {
      const name = kids(item)[0].text;
      const expr = kids(item).find((c) => c.type === 'expression');
      values[name] = expr ? evaluate(expr) : null;
      locations.set(attributePath([...path, name]), at(expr ?? item));
    } else if (item.type === 'block') {
      const parts = kids(item);
      const name = parts[0].text;
      const inner = parts.find((p) => p.type === 'body');
      const labels = parts.filter((p) => p.type === 'string_lit' || (p.type === 'identifier' && p !== parts[0])).map(labelText);
      if (name === 'dynamic' && labels.length === 1) {
        // dynamic "x" { for_each = ..., content { ... } }, as Terraform's JSON syntax writes it.
        const dynamic = (values.dynamic ??= {}) as Record<string, unknown[]>;
        const spec = inner ? bodyValues(inner, [...path, labels[0]], new Map()) : {};
        (dynamic[labels[0]] ??= []).push(spec);
        continue;
      }
      const i = counts.get(name) ?? 0;
      counts.set(name, i + 1);
      locations.set(attributePath([...path, name, i]), at(item));
      if (i === 0) locations.set(attributePath([...path, name]), at(item));
      ((values[name] ??= []) as unknown[]).push(inner ? bodyValues(inner, [...path, name, i], locations) : {});
    }
  }
  return values;
}

/** A literal's value, or UnknownValue for anything Terraform evaluates later. */
function evaluate(node: Node): unknown {
  switch (node.type) {
    case 'expression': {
      const parts = kids(node);
      return parts.length === 1 ? evaluate(parts[0]) : unknown(node);
    }
    case 'literal_value':
      return evaluate(kids(node)[0]);
    case 'numeric_lit':
      return Number(node.text);
    case 'bool_lit':
      return node.text === 'true';
    case 'null_lit':
      return null;
    case 'string_lit':
      return unescapeTemplate(unescapeQuoted(kids(node).filter((c) => c.type === 'template_literal').map((c) => c.text).join('')));
    case 'template_expr':
      return evaluateTemplate(kids(node)[0]);
    case 'collection_value':
      return evaluate(kids(node)[0]);
    case 'tuple':
      return kids(node).filter((c) => c.type === 'expression').map(evaluate);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const elem of kids(node).filter((c) => c.type === 'object_elem')) {
        const [key, value] = kids(elem).filter((c) => c.type === 'expression');
        const k = objectKey(key);
        if (k === undefined) return unknown(node);
        out[k] = evaluate(value);
      }
      return out;
    }
    case 'operation': {
      const unary = kids(node)[0];
      if (unary.type === 'unary_operation' && kids(unary)[0].text === '-') {
        const v = evaluate(kids(unary)[1]);
        if (typeof v === 'number') return -v;
      }
      return unknown(node);
    }
    case 'function_call': {
      const [name, , args] = kids(node);
      if (name.text === 'jsonencode' && args?.type === 'function_arguments') {
        const exprs = kids(args).filter((c) => c.type === 'expression');
        if (exprs.length === 1) {
          const v = evaluate(exprs[0]);
          if (isKnown(v)) return JSON.stringify(v);
        }
      }
      return unknown(node);
    }
    default:
      return unknown(node);
  }
}

function objectKey(key: Node): string | undefined {
  const parts = kids(key);
  if (parts.length === 1 && parts[0].type === 'variable_expr') return parts[0].text;
  const v = evaluate(key);
  return typeof v === 'string' ? v : undefined;
}

function isKnown(v: unknown): boolean {
  if (v instanceof UnknownValue) return false;
  if (Array.isArray(v)) return v.every(isKnown);
  if (typeof v === 'object' && v !== null) return Object.values(v).every(isKnown);
  return true;
}

const unknown = (node: Node) => new UnknownValue(referencesIn(node.text));

/** A quoted or heredoc template: its text when it has no interpolation or directive. */
function evaluateTemplate(node: Node): unknown {
  if (kids(node).some((c) => c.type === 'template_interpolation' || c.type === 'template_directive')) return unknown(node);
  if (node.type === 'quoted_template') return unescapeTemplate(unescapeQuoted(kids(node).filter((c) => c.type === 'template_literal').map((c) => c.text).join('')));
  if (node.type !== 'heredoc_template') return unknown(node);
  // Heredoc text from the source (the grammar's literal drops the first line's indentation): the lines between
  // the opening line and the closing marker; `<<-` removes the lines' common indentation.
  const source = node.text;
  const lines = source.slice(source.indexOf('\n') + 1).split('\n').slice(0, -1);
  const indented = source.startsWith('<<-');
  const strip = indented ? Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length)) : 0;
  return unescapeTemplate(lines.map((l) => l.slice(Number.isFinite(strip) ? strip : 0)).join('\n') + (lines.length ? '\n' : ''));
}

/** HCL's template escapes: `$${` and `%%{` are the literal `${` and `%{`. */
const unescapeTemplate = (text: string) => text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');

function unescapeQuoted(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) => {
    if (e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
    return ({ n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' } as Record<string, string>)[e] ?? `\\${e}`;
  });
}
