/**
 * `npm run fuzz`: a seeded, bounded fuzz of every entry point that takes hostile input (not part of
 * `npm test`; it takes minutes). 100,000 inputs (FUZZ_RUNS to change, FUZZ_SEED for another seed): request
 * bodies derived from the real schemas and mutated, odd JSON, huge and control-character strings, unknown
 * operations, scopes and permissions. Reports exceptions, the slowest input, diagnostics whose pointer
 * does not resolve into the body, messages repeating more input than ECHO_LIMIT allows, then runs the
 * injection sweep (every string prop of every construct, rendered by real Terraform).
 */
import { listOperations } from '../../src/genesys';
import type { Operation } from '../../src/genesys/types';
import { bodyRules, ECHO_LIMIT, REFERENCE_ECHO_LIMIT, lookupOperation, validatePermissions, validateRequest, validateScopes, type Diagnostic, type Rule } from '../../src/validation';
import { sweep } from '../support/injection-sweep';
import { pointerResolves } from '../support/pointer-resolves';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261125);

/** mulberry32: small, seeded, good enough to pick cases. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)];

const ODD_STRINGS = ['', ' ', '__proto__', 'constructor', 'toString', '\u0000', '\n::error file=a.js::x', '\u001b[31m', '\ud800', '\udfff', '😀', '${file("/etc/hostname")}', '%{ if true }x%{ endif }', '$${x}', '~0~1/', '1e400', 'NaN', 'true', '12', '0.1'];
function oddString(): string {
  switch (int(6)) {
    case 0: return pick(ODD_STRINGS);
    case 1: return pick(ODD_STRINGS).repeat(1 + int(200));
    case 2: return 'x'.repeat(int(500) === 0 ? 1_000_000 : int(300)); // rarely 1 MB
    case 3: return String.fromCharCode(...Array.from({ length: int(40) }, () => int(0x10000)));
    default: return Math.random.name + int(1e9).toString(36);
  }
}

function oddValue(depth: number): unknown {
  switch (int(depth > 6 ? 5 : 9)) {
    case 0: return null;
    case 1: return pick([true, false]);
    case 2: return pick([0, -1, 1.5, 2 ** 31, -(2 ** 63), Number.MAX_VALUE, 1e-300, 5]);
    case 3: case 4: return oddString();
    case 5: case 6: return Array.from({ length: int(4) }, () => oddValue(depth + 1));
    default: return Object.fromEntries(Array.from({ length: int(4) }, () => [oddString().slice(0, 64), oddValue(depth + 1)]));
  }
}

/** A value near what the rule accepts, with one in five positions replaced by something odd. */
function fromRule(rule: Rule, depth: number): unknown {
  if (depth > 8 || int(5) === 0) return oddValue(depth);
  switch (rule.kind) {
    case 'object': {
      const names = Object.keys(rule.properties);
      const chosen = [...rule.required, ...names.filter(() => int(3) === 0)];
      const out: Record<string, unknown> = {};
      for (const name of chosen) if (rule.properties[name]) out[name] = fromRule(rule.properties[name](), depth + 1);
      if (int(6) === 0) out[oddString().slice(0, 80)] = oddValue(depth + 1);
      return out;
    }
    case 'array': return Array.from({ length: int(4) }, () => fromRule(rule.items(), depth + 1));
    case 'string': return rule.enum && int(2) ? pick(rule.enum) : rule.format === 'date-time' && int(2) ? '2026-11-25T10:00:00Z' : oddString().slice(0, 40);
    case 'integer': case 'number': return rule.enum ? pick(rule.enum) : int(2) ? int(100) : pick([-1, 0.5, 2 ** 40, '7']);
    case 'boolean': return int(4) ? pick([true, false]) : 'true';
    case 'any': return oddValue(depth + 1);
  }
}


/** The longest run of a message copied from one of the input's strings (keys or values). */
function echoesMore(message: string, inputs: readonly string[], limit: number): boolean {
  return inputs.some((input) => {
    const probe = input.slice(0, limit + 1);
    return probe.length > limit && probe.trim() !== '' && message.includes(probe);
  });
}

function strings(value: unknown, out: string[] = [], depth = 0): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object' && depth < 12) for (const [k, v] of Object.entries(value)) { out.push(k); strings(v, out, depth + 1); }
  return out;
}

const bodied = listOperations().filter((op) => op.schemaKnown && op.body);
const all = listOperations();
let exceptions = 0;
const firstExceptions: string[] = [];
let diagnostics = 0;
let unresolved = 0;
let overEchoed = 0;
let slowest = { ms: 0, what: '' };
for (const op of bodied.slice(0, 50)) validateRequest({ method: op.method, path: op.path, body: {} }); // warm-up: rule compilation, look-up indexes
validateRequest({ method: 'GET', path: '/warm-up' });
lookupOperation('warmUp');
validatePermissions(['warm:up']);
validateScopes(['warm-up']);
const started = Date.now();

for (let run = 0; run < RUNS; run += 1) {
  const kind = int(10);
  let what = '';
  let input: unknown;
  let check: () => Diagnostic[];
  if (kind < 6) {
    const op: Operation = pick(bodied);
    const rule = bodyRules(op);
    const body = rule && int(8) ? fromRule(rule, 0) : oddValue(0);
    const path = op.path.replace(/\{\w+\}/g, () => (int(10) ? 'id-1' : oddString().slice(0, 50)));
    input = body;
    what = `${op.method} ${path}`;
    check = () => validateRequest({ method: op.method, path, body });
  } else if (kind < 8) {
    const ref = int(2) ? `${pick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'BREW'])} /api/v2/${oddString()}` : `${pick(all).operationId}${oddString()}`;
    input = ref;
    what = `operation ${ref.slice(0, 60)}`;
    check = () => [lookupOperation(ref)].filter((d): d is Diagnostic => 'code' in d);
  } else {
    const names = Array.from({ length: 1 + int(20) }, () => (int(3) ? oddString() : oddValue(1))) as string[];
    input = names;
    what = `${kind === 8 ? 'scopes' : 'permissions'} x${names.length}`;
    check = () => (kind === 8 ? validateScopes(names) : validatePermissions(names));
  }
  const t0 = process.hrtime.bigint();
  let found: Diagnostic[] = [];
  try {
    found = check();
  } catch (error) {
    exceptions += 1;
    if (firstExceptions.length < 5) firstExceptions.push(`${what}: ${(error as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (ms > slowest.ms) slowest = { ms, what: `${what} (${JSON.stringify(input)?.length ?? 0} bytes of JSON)` };
  diagnostics += found.length;
  const texts = strings(input);
  for (const d of found) {
    if (kind < 6 && !pointerResolves(input, d.pointer)) unresolved += 1;
    // Messages only: suggestions name real operations and properties, which may share a long prefix with the input.
    if (echoesMore(d.message, texts, d.code === 'unknown-operation' ? REFERENCE_ECHO_LIMIT : ECHO_LIMIT)) {
      overEchoed += 1;
      if (process.env.FUZZ_DEBUG && overEchoed < 6) console.log('ECHO', what, JSON.stringify(d).slice(0, 400));
    }
  }
}

const seconds = (Date.now() - started) / 1000;
console.log(`fuzz: ${RUNS} inputs (seed ${SEED}) in ${seconds.toFixed(1)} s`);
console.log(`  exceptions: ${exceptions}${firstExceptions.map((e) => `\n    ${e}`).join('')}`);
console.log(`  slowest input: ${slowest.ms.toFixed(1)} ms: ${slowest.what}`);
console.log(`  diagnostics: ${diagnostics}; unresolvable pointers: ${unresolved}; messages repeating more input than allowed (${ECHO_LIMIT} characters, ${REFERENCE_ECHO_LIMIT} for an operation reference): ${overEchoed}`);
const s = sweep();
const props = Object.values(s.props).reduce((a, b) => a + b, 0);
console.log(`injection sweep: ${props} string props of ${Object.keys(s.props).length} constructs (${JSON.stringify(s.props)}), ${s.injected} marker values injected, ${s.emitted} reached Terraform, ${s.markersChecked} markers rendered by terraform, problems: ${s.problems.length}`);
console.log(`  not written to Terraform (no sink): ${s.notEmitted.join(', ')}`);
for (const p of s.problems) console.log(`  PROBLEM: ${p}`);
process.exitCode = exceptions || unresolved || overEchoed || s.problems.length ? 1 : 0;
