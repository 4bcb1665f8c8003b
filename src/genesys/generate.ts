/**
 * Regenerates src/genesys/data/snapshot.json from the public spec extract in ../shared/genesys/
 * (`npm run gen:genesys [SPEC_FILE [OUT_FILE]]`). Keeps the operations, the request-body schemas they reach, the scope and
 * permission lists, and the curated misconceptions, after checking every name those cite against the spec.
 */
import { createHash } from 'crypto';
import { readFileSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import type { JsonSchema, Misconception, Operation } from './types';

/** An operation as the spec extract writes it: `otherOperations` have no body or path parameters. */
type SpecOperation = Omit<Operation, 'replacement' | 'schemaKnown' | 'body' | 'pathParams'> & Partial<Pick<Operation, 'body' | 'pathParams'>>;

interface Spec {
  source: Record<string, string>;
  operations: SpecOperation[];
  otherOperations: SpecOperation[];
  definitions: Record<string, JsonSchema>;
  oauthScopes: string[];
  permissions: string[];
}

const dataDir = join(__dirname, 'data');
const specFile = resolve(process.argv[2] ?? join(__dirname, '..', '..', '..', 'shared', 'genesys', 'platform-api.json'));
const specText = readFileSync(specFile, 'utf8');
const spec = JSON.parse(specText) as Spec;
const readData = <T>(name: string): T => JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as T;
const misconceptions = readData<{ misconceptions: Misconception[] }>('misconceptions.json').misconceptions;
const replacements = readData<{ byPathPrefix: { prefix: string; replacement: string }[] }>('replacements.json').byPathPrefix;

/** Keywords the validator understands; the rest (examples, x-genesys-*, position) is dropped. */
const KEPT = new Set(['type', 'format', 'pattern', 'enum', '$ref', 'required', 'minimum', 'maximum', 'minLength',
  'maxLength', 'minItems', 'maxItems', 'readOnly', 'description']);

function slim(schema: JsonSchema, refs: Set<string>): JsonSchema {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (KEPT.has(key)) out[key] = value;
    if (key === '$ref') refs.add(String(value).replace('#/definitions/', ''));
  }
  if (schema.properties) {
    out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, slim(v, refs)]));
  }
  if (schema.items) out.items = slim(schema.items, refs);
  if (schema.additionalProperties !== undefined) {
    out.additionalProperties = typeof schema.additionalProperties === 'object'
      ? slim(schema.additionalProperties, refs) : schema.additionalProperties;
  }
  return out as JsonSchema;
}

/** "DEPRECATED: use DELETE /routing/queues/..." and "[... Use POST /api/v2/... instead]" name their replacement. */
function replacementOf(op: SpecOperation): string | null {
  if (!op.deprecated) return null;
  const stated = /\buse\s+(GET|POST|PUT|PATCH|DELETE)\s+(\/\S+?)[.\]\s]/i.exec(`${op.summary} `);
  if (stated) {
    const path = stated[2].startsWith('/api/v2/') ? stated[2] : `/api/v2${stated[2]}`;
    return `${stated[1].toUpperCase()} ${path}`;
  }
  return replacements.find((r) => op.path.startsWith(r.prefix))?.replacement ?? null;
}

const definitions: Record<string, JsonSchema> = {};
const pending: string[] = [];
function keep(schema: JsonSchema): JsonSchema {
  const refs = new Set<string>();
  const slimmed = slim(schema, refs);
  pending.push(...refs);
  return slimmed;
}

function toOperation(op: SpecOperation, schemaKnown: boolean): Operation {
  return {
    method: op.method.toUpperCase(),
    path: op.path,
    operationId: op.operationId,
    domain: op.domain,
    summary: op.summary,
    deprecated: op.deprecated,
    replacement: replacementOf(op),
    scopes: op.scopes,
    permissions: op.permissions,
    body: op.body ? { required: op.body.required, schema: keep(op.body.schema) } : null,
    pathParams: op.pathParams ?? [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
    schemaKnown,
  };
}

// The extract lists an operation once per API area it is tagged with: keep its first (most detailed) entry.
const seen = new Set<string>();
const firstOfEach = (op: SpecOperation) => !seen.has(op.operationId) && seen.add(op.operationId);
const operations = [
  ...spec.operations.filter(firstOfEach).map((op) => toOperation(op, true)),
  ...spec.otherOperations.filter(firstOfEach).map((op) => toOperation({ ...op, body: null }, false)),
];
while (pending.length > 0) {
  const name = pending.pop() as string;
  if (definitions[name]) continue;
  const found = spec.definitions[name];
  if (!found) throw new Error(`definition ${name} is referenced but not in ${specFile}`);
  definitions[name] = keep(found);
}

function checkCurated(): string[] {
  const ids = new Set(operations.map((o) => o.operationId));
  const scopes = new Set(spec.oauthScopes);
  const permissions = new Set(spec.permissions);
  const problems: string[] = [];
  for (const m of misconceptions) {
    const cited = [...m.instead];
    if (m.match.kind === 'body-property') cited.push(...m.match.operations);
    if (m.match.kind === 'operation' && m.match.checkBodyAs) cited.push(m.match.checkBodyAs);
    for (const id of cited) if (!ids.has(id)) problems.push(`${m.id}: no operation ${id}`);
    if (m.match.kind === 'scope' && scopes.has(m.match.value)) problems.push(`${m.id}: ${m.match.value} IS a scope`);
    if (m.match.kind === 'permission' && permissions.has(m.match.value)) problems.push(`${m.id}: ${m.match.value} IS a permission`);
    const match = m.match;
    if (match.kind === 'operation' && operations.some((o) => o.method === match.method && o.path === match.path)) {
      problems.push(`${m.id}: ${match.method} ${match.path} exists`);
    }
  }
  return problems;
}

const problems = checkCurated();
if (problems.length > 0) {
  process.stderr.write(`curated data contradicts the spec:\n${problems.join('\n')}\n`);
  process.exit(1);
}

const snapshot = {
  source: { ...spec.source, extract: 'shared/genesys/platform-api.json', sha256: createHash('sha256').update(specText).digest('hex') },
  operations,
  definitions: Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b))),
  oauthScopes: [...spec.oauthScopes].sort(),
  permissions: [...spec.permissions].sort(),
  misconceptions,
};
writeFileSync(resolve(process.argv[3] ?? join(dataDir, 'snapshot.json')), `${JSON.stringify(snapshot)}\n`);
process.stdout.write(`snapshot: ${operations.length} operations, ${Object.keys(definitions).length} definitions, ` +
  `${snapshot.oauthScopes.length} scopes, ${snapshot.permissions.length} permissions\n`);
