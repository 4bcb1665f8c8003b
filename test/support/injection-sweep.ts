/**
 * The injection sweep: every string-typed prop of every construct exported from src/index.ts (found with
 * the TypeScript compiler over the props interfaces, so a new prop is swept without editing this file)
 * gets a value holding `${...}`, `%{...}` and `$${...}`; the stack is synthesized and every synthesized
 * string holding a marker is rendered by real Terraform (`terraform apply` of outputs, no provider), which
 * must give each marker back literally.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { Construct } from 'constructs';
import * as library from '../../src';

const ROOT = path.join(__dirname, '..', '..');

/** A prop path: property names, `[]` for an array element. */
export type PropPath = string[];

/** Constructor name -> paths of its string-typed props (an `unknown` prop takes a string too). */
export function stringProps(): Map<string, PropPath[]> {
  const program = ts.createProgram([path.join(ROOT, 'src/index.ts')], { strict: true, resolveJsonModule: true, esModuleInterop: true, noEmit: true });
  const checker = program.getTypeChecker();
  const entry = checker.getSymbolAtLocation(program.getSourceFile(path.join(ROOT, 'src/index.ts')) as ts.SourceFile) as ts.Symbol;
  const found = new Map<string, PropPath[]>();
  for (const symbol of checker.getExportsOfModule(entry)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (!(target.flags & ts.SymbolFlags.Class)) continue;
    const exported = (library as Record<string, unknown>)[symbol.name];
    if (typeof exported !== 'function' || !(exported.prototype instanceof Construct)) continue;
    const declaration = target.valueDeclaration as ts.ClassDeclaration;
    const ctor = checker.getTypeOfSymbolAtLocation(target, declaration).getConstructSignatures()[0];
    const props = ctor?.getParameters()[2];
    if (!props) continue;
    const paths: PropPath[] = [];
    walk(checker, checker.getTypeOfSymbolAtLocation(props, declaration), [], paths, new Set());
    found.set(symbol.name, paths);
  }
  return found;
}

/** Declared in this package's src (not cdktf's own types, not constructs passed in). */
function ownObjectType(type: ts.Type): boolean {
  const declaration = type.getSymbol()?.declarations?.[0];
  if (!declaration || !declaration.getSourceFile().fileName.startsWith(path.join(ROOT, 'src'))) return false;
  return !(type.getSymbol()!.flags & ts.SymbolFlags.Class) && !ts.isClassDeclaration(declaration);
}

function walk(checker: ts.TypeChecker, type: ts.Type, at: PropPath, out: PropPath[], seen: Set<ts.Type>): void {
  if (type.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any)) return void out.push(at);
  type = checker.getNonNullableType(type);
  const parts = type.isUnion() ? type.types : [type];
  if (parts.some((t) => t.flags & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral | ts.TypeFlags.Unknown | ts.TypeFlags.Any))) {
    out.push(at);
    return;
  }
  for (const part of parts) {
    if (checker.isArrayType(part)) {
      walk(checker, checker.getTypeArguments(part as ts.TypeReference)[0], [...at, '[]'], out, seen);
    } else if (part.flags & ts.TypeFlags.Object && (at.length === 0 || ownObjectType(part) || part.getSymbol()?.name === '__type') && !seen.has(part)) {
      if (part.getCallSignatures().length > 0) continue; // functions (e.g. isUnknown) are not strings
      seen.add(part);
      for (const prop of checker.getPropertiesOfType(part)) {
        const declaration = prop.valueDeclaration ?? prop.declarations?.[0];
        if (declaration) walk(checker, checker.getTypeOfSymbolAtLocation(prop, declaration), [...at, prop.name], out, seen);
      }
      seen.delete(part);
    }
  }
}

/** A prop value with `${...}`, `%{...}` and `$${...}`; evaluated, it would read EVALUATED / DIRECTIVE. */
export function marker(id: number): string {
  return `<m${id}:\${upper("evaluated")}|%{ for c in ["d"] }\${upper(c)}IRECTIVE%{ endfor }|$\${upper("escaped")}>`;
}
export const MARKERS_PER_VALUE = 3;

/** A deep copy of `value` with the prop at `at` set to `leaf` (the first element of arrays). */
function setAt(value: unknown, at: PropPath, leaf: unknown, where: string): unknown {
  if (at.length === 0) return leaf;
  const [head, ...rest] = at;
  if (head === '[]') {
    if (!Array.isArray(value) || value.length === 0) throw new Error(`${where}: the sweep fixture needs a non-empty array here`);
    return [setAt(value[0], rest, leaf, `${where}[0]`), ...value.slice(1)];
  }
  if (value === null || typeof value !== 'object' || !(head in value)) throw new Error(`${where}.${head}: missing from the sweep fixture; add it`);
  return { ...(value as object), [head]: setAt((value as Record<string, unknown>)[head], rest, leaf, `${where}.${head}`) };
}

/**
 * Full props for each exported construct (every optional prop set, so every string prop can be swept); a
 * construct with variants that write different props (grant type, engine) has one base per variant.
 */
function fixtures(stack: TerraformStack): Record<string, (() => Record<string, unknown>)[]> {
  const secret = new TerraformVariable(stack, 'secret', { type: 'string', sensitive: true }).stringValue;
  let clients = 0;
  let outputs = 0;
  const client = () => new library.GenesysOAuthClient(stack, `fixture-client-${clients++}`, { name: 'c', operations: ['postConversationCobrowse'] });
  return {
    GenesysOAuthClient: ['CLIENT-CREDENTIALS', 'CODE'].map((grantType) => () => ({
      name: 'client', description: 'd', operations: ['postConversationCobrowse'], grantType, divisionId: 'div',
      additionalPermissions: ['conversation:cobrowse:add'], additionalScopes: ['conversations'], registeredRedirectUris: ['https://example.com/cb'],
    })),
    CobrowseSettings: [() => ({
      name: 'web', description: 'd', languages: ['en-us'], defaultLanguage: 'en-us', channels: ['Webmessaging'],
      maskSelectors: ['#a'], readonlySelectors: ['#b'], pauseCriteria: [{ urlFragment: '/pay', condition: 'Includes' }],
      deployment: { name: 'dep', description: 'd', allowedDomains: ['example.com'], flowId: 'flow' },
    })],
    PayloadCheck: ['preconditions', 'provider'].map((engine) => () => ({ operation: 'postConversationsCallbacks', body: { callbackNumbers: ['b'] }, engine })),
    CobrowseTrigger: [() => ({
      name: 'trigger', region: 'us-east-1', oauthClient: client(), existingMonitorId: '1', webhookUrl: 'https://example.com/hook',
      webhookName: 'hook', webhookSecret: secret, webhookAuthHeader: 'X-Secret', conversationIdTag: 'conversation_id',
      monitor: { type: 'query alert', query: 'q', name: 'm', message: 'msg', tags: ['t'] },
      fallback: { operation: 'postTaskmanagementWorkitems', body: 'b' },
      secretEnv: { clientId: 'A', clientSecret: 'B', webhookSecret: 'C' }, configOutputName: `out_${outputs++}`,
    })],
  };
}

export interface SweepResult {
  /** Props swept, per construct. */
  props: Record<string, number>;
  /** Marker values injected (one per prop and fixture variant). */
  injected: number;
  /** Marker values whose prop reached the synthesized JSON; each came back literally. */
  emitted: number;
  /** Props never written to Terraform in a variant (e.g. a literal webhookSecret is refused and dropped). */
  notEmitted: string[];
  markersChecked: number;
  /** Problems found; empty when every marker came back literally. */
  problems: string[];
}

/** Synthesizes one instance per (construct, string prop) and renders every marker string with Terraform. */
export function sweep(): SweepResult {
  const stack = new TerraformStack(new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'sweep-out-')) }), 'sweep');
  const make = fixtures(stack);
  const injected: { id: number; what: string }[] = [];
  const props: Record<string, number> = {};
  for (const [name, paths] of stringProps()) {
    // Nothing to inject into (PayloadCheckStack takes only a stack; the PayloadChecks it copies are swept).
    if (paths.length === 0) continue;
    if (!make[name]) throw new Error(`${name}: exported construct without a sweep fixture; add one`);
    props[name] = paths.length;
    const Ctor = (library as unknown as Record<string, new (s: Construct, id: string, p: unknown) => Construct>)[name];
    for (const at of paths) {
      make[name].forEach((base, variant) => {
        const id = injected.length;
        const what = `${name}${make[name].length > 1 ? `#${variant}` : ''}.${at.join('.').replace(/\.\[\]/g, '[0]')}`;
        new Ctor(stack, `i${id}`, setAt(base(), at, marker(id), name));
        injected.push({ id, what });
      });
    }
  }
  const doc = JSON.parse(Testing.synth(stack)) as Record<string, unknown>;
  const strings = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.includes('<m')) strings.add(v);
    } else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => { collect(k); collect(x); });
  };
  // Attribute values (block labels such as output names are identifiers, not templates).
  const blocks = (section: unknown, depth: number): unknown[] =>
    depth === 0 ? [section] : Object.values((section ?? {}) as object).flatMap((s) => blocks(s, depth - 1));
  [...blocks(doc.resource, 2), ...blocks(doc.data, 2), ...blocks(doc.output, 1), ...blocks(doc.locals, 1), ...blocks(doc.provider, 1)].forEach(collect);
  const rendered = render([...strings], doc.variable as object | undefined);
  const problems: string[] = [];
  if (typeof rendered === 'string') problems.push(rendered);
  const values = typeof rendered === 'string' ? [] : rendered;
  for (const v of values) if (/EVALUATED|DIRECTIVE/.test(v)) problems.push(`Terraform evaluated a prop value: ${v.slice(0, 200)}`);
  const notEmitted: string[] = [];
  let emitted = 0;
  for (const { id, what } of injected) {
    const raw = [...strings].some((s) => s.includes(`<m${id}:`));
    if (!raw) notEmitted.push(what);
    else if (values.some((v) => v.includes(marker(id)) || v.includes(JSON.stringify(marker(id)).slice(1, -1)))) emitted += 1; // as is, or inside a JSON document
    else problems.push(`${what}: its marker did not come back literally from Terraform`);
  }
  return { props, injected: injected.length, emitted, notEmitted, markersChecked: emitted * MARKERS_PER_VALUE, problems };
}

/** Each string as a Terraform output (the document's variables declared so references resolve); their values, or Terraform's error. */
function render(strings: string[], variables: object | undefined): string[] | string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sweep-tf-'));
  try {
    const vars = Object.fromEntries(Object.entries(variables ?? {}).map(([k, v]) => [k, { ...(v as object), default: 'V' }]));
    const output = Object.fromEntries(strings.map((s, i) => [`s${i}`, { value: s }]));
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ variable: vars, output }));
    const env = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' };
    const tf = (...args: string[]) => spawnSync('terraform', args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 28 });
    for (const args of [['init', '-backend=false', '-input=false', '-no-color'], ['apply', '-auto-approve', '-input=false', '-no-color']]) {
      const r = tf(...args);
      if (r.status !== 0) return `terraform ${args[0]} failed: ${r.stdout}${r.stderr}`;
    }
    const out = tf('output', '-json');
    const json = JSON.parse(out.stdout) as Record<string, { value: unknown }>;
    return strings.map((_, i) => String(json[`s${i}`].value));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
