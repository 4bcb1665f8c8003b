/**
 * Regenerates the snapshot in src/genesys/data/ from the public spec extract in ../shared/genesys/
 * (`npm run gen:genesys [SPEC_FILE [OUT_DIR]]`): platform-api.json, its provenance file (what is unknown)
 * and removed-operations.json, read from the spec file's folder. Keeps the operations, the request-body
 * schemas they reach, the scope and permission lists, the removed operations, and the curated data
 * (misconceptions, property conditions, caveats), after checking every name those cite against the spec.
 *
 * Written as two files (snapshot.ts reads them): `snapshot-records.jsonl` holds one record per line (each
 * operation, each definition, each API area's path trie, the operationId buckets), and `snapshot.json`
 * everything else, with the records' byte offsets. A process parses only the records it uses.
 */
import { createHash } from 'crypto';
import { readFileSync, writeFileSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { ID_BUCKETS, idBucket } from './id-buckets';
import { buildRoutes, storeApart } from './routes';
import type { SnapshotIndex } from './snapshot';
import type { Caveat, JsonSchema, Misconception, Operation, PropertyCondition, RemovedOperation, UndocumentedOperation, UndocumentedProperty } from './types';

/** An operation as the spec extract writes it: `otherOperations` have no body or path parameters. */
type SpecOperation = Omit<Operation, 'replacement' | 'schemaKnown' | 'scopesKnown' | 'permissionsKnown' | 'body' | 'pathParams'>
  & Partial<Pick<Operation, 'body' | 'pathParams'>>;

interface Provenance {
  scopesUnknown: string[];
  permissionsUnknown: string[];
}

interface Removed {
  operations: { method: string; path: string; operationId: string; removedIn: string }[];
}

interface RemovedBodies {
  source: Record<string, string>;
  bodies: Record<string, { required: boolean; schema: JsonSchema }>;
  definitions: Record<string, JsonSchema>;
}

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
const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const readShared = <T>(name: string): T => readJson<T>(join(dirname(specFile), name));
const readData = <T>(name: string): T => readJson<T>(join(dataDir, name));
const provenance = readShared<Provenance>('platform-api.provenance.json');
const removed = readShared<Removed>('removed-operations.json').operations;
const removedBodies = readData<RemovedBodies>('removed-bodies.json');
const misconceptions = readData<{ misconceptions: Misconception[] }>('misconceptions.json').misconceptions;
const conditions = readData<{ conditions: PropertyCondition[] }>('property-conditions.json').conditions;
const caveats = readData<{ caveats: Caveat[] }>('caveats.json').caveats;
const undocumented = readData<{ operations: UndocumentedOperation[]; properties: UndocumentedProperty[]; omittedRequired: UndocumentedProperty[] }>('undocumented.json');
const replacements = readData<{ byPathPrefix: { prefix: string; replacement: string }[] }>('replacements.json').byPathPrefix;
const scopesUnknown = new Set(provenance.scopesUnknown);
const permissionsUnknown = new Set(provenance.permissionsUnknown);

/** Keywords the validator understands; the rest (examples, x-genesys-*, position) is dropped. */
const KEPT = new Set(['type', 'format', 'pattern', 'enum', '$ref', 'required', 'minimum', 'maximum', 'minLength',
  'maxLength', 'minItems', 'maxItems', 'readOnly', 'description']);

/**
 * Swagger writes a Java `Map<String, Object>` as `additionalProperties: {"type": "object"}`: its values are
 * any JSON value (work item custom fields hold strings, numbers and booleans), not only objects. The same
 * bare schema as a property's is a Java `Object`.
 */
function isAnyValueMap(values: JsonSchema): boolean {
  return values.type === 'object' && !values.properties && values.additionalProperties === undefined && !values.$ref;
}

/** Where the snapshot reads an any-value map (the generator's report lists them). */
const anyValueMaps = new Set<string>();

/** Where the snapshot reads a bare `{"type": "object"}` (a Java `Object`: any JSON value). */
const anyValues = new Set<string>();

function slim(schema: JsonSchema, refs: Set<string>, where = ''): JsonSchema {
  const out: Record<string, unknown> = {};
  // A Java `Object` field is written `{"type": "object"}` too: any JSON value (a data table's schema
  // takes `"additionalProperties": false`). Without its type, the rules read it as any value.
  const anyValue = isAnyValueMap(schema) && where.includes('.');
  if (anyValue) anyValues.add(where);
  for (const [key, value] of Object.entries(schema)) {
    if (KEPT.has(key) && !(anyValue && key === 'type')) out[key] = value;
    if (key === '$ref') refs.add(String(value).replace('#/definitions/', ''));
  }
  if (schema.properties) {
    out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, slim(v, refs, `${where}.${k}`)]));
  }
  if (schema.items) out.items = slim(schema.items, refs, `${where}[]`);
  const values = schema.additionalProperties;
  if (values !== undefined) {
    if (typeof values === 'object' && isAnyValueMap(values)) anyValueMaps.add(where);
    out.additionalProperties = typeof values !== 'object' ? values : isAnyValueMap(values) ? true : slim(values, refs, `${where}{}`);
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
  return replacementByPath(op.path);
}

function replacementByPath(path: string): string | null {
  return replacements.find((r) => path.startsWith(r.prefix))?.replacement ?? null;
}

const definitions: Record<string, JsonSchema> = {};
const pending: string[] = [];
function keep(schema: JsonSchema, where: string): JsonSchema {
  const refs = new Set<string>();
  const slimmed = slim(schema, refs, where);
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
    scopesKnown: !scopesUnknown.has(op.operationId),
    permissions: op.permissions,
    permissionsKnown: !permissionsUnknown.has(op.operationId),
    body: op.body ? { required: op.body.required, schema: keep(op.body.schema, `${op.operationId} body`) } : null,
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
const removedOperations: RemovedOperation[] = removed.map((op) => ({
  method: op.method.toUpperCase(),
  path: op.path,
  operationId: op.operationId,
  removedIn: op.removedIn,
  replacement: replacementByPath(op.path),
  body: removedBodies.bodies[op.operationId] ? { ...removedBodies.bodies[op.operationId], schema: keep(removedBodies.bodies[op.operationId].schema, `${op.operationId} body`) } : null,
}));
// Removed bodies' definitions come from the previous extract; current ones from the spec. A name in both is refused.
const definitionSources: Record<string, JsonSchema> = { ...removedBodies.definitions, ...spec.definitions };
while (pending.length > 0) {
  const name = pending.pop() as string;
  if (definitions[name]) continue;
  const found = definitionSources[name];
  if (!found) throw new Error(`definition ${name} is referenced but not in ${specFile} nor removed-bodies.json`);
  definitions[name] = keep(found, name);
}

function checkCurated(): string[] {
  const ids = new Set(operations.map((o) => o.operationId));
  // Old bodies explain old code; they are never what a misconception tells anyone to use.
  const explainable = new Set([...ids, ...removedOperations.filter((o) => o.body).map((o) => o.operationId)]);
  const scopes = new Set(spec.oauthScopes);
  const permissions = new Set(spec.permissions);
  const problems: string[] = [];
  for (const name of Object.keys(removedBodies.definitions)) if (spec.definitions[name]) problems.push(`removed-bodies: ${name} is a current definition`);
  for (const id of Object.keys(removedBodies.bodies)) if (!removed.some((o) => o.operationId === id)) problems.push(`removed-bodies: ${id} is not a removed operation`);
  for (const op of removed) if (ids.has(op.operationId)) problems.push(`removed-operations: ${op.operationId} is still in the spec`);
  for (const c of conditions) problems.push(...checkCondition(c));
  for (const c of caveats) if (!ids.has(c.operation)) problems.push(`${c.id}: no operation ${c.operation}`);
  for (const u of undocumented.operations) {
    if (operations.some((o) => o.method === u.method && o.path === u.path)) problems.push(`undocumented: ${u.method} ${u.path} is in the spec`);
  }
  for (const u of undocumented.properties) {
    const properties = definitions[u.definition]?.properties;
    if (!properties) problems.push(`undocumented: no request definition ${u.definition}`);
    else if (properties[u.property]) problems.push(`undocumented: ${u.definition} has ${u.property}`);
  }
  for (const u of undocumented.omittedRequired) {
    if (!definitions[u.definition]?.required?.includes(u.property)) problems.push(`undocumented: ${u.definition} does not require ${u.property}`);
  }
  for (const m of misconceptions) {
    for (const id of m.instead) if (!ids.has(id)) problems.push(`${m.id}: no current operation ${id}`);
    const checked: string[] = [];
    if (m.match.kind === 'body-property') checked.push(...m.match.operations);
    if (m.match.kind === 'operation' && m.match.checkBodyAs) checked.push(m.match.checkBodyAs);
    for (const id of checked) if (!explainable.has(id)) problems.push(`${m.id}: no operation ${id} with a body`);
    if (m.match.kind === 'scope' && scopes.has(m.match.value)) problems.push(`${m.id}: ${m.match.value} IS a scope`);
    if (m.match.kind === 'permission' && permissions.has(m.match.value)) problems.push(`${m.id}: ${m.match.value} IS a permission`);
    const match = m.match;
    if (match.kind === 'operation' && operations.some((o) => o.method === match.method && o.path === match.path)) {
      problems.push(`${m.id}: ${match.method} ${match.path} exists`);
    }
  }
  return problems;
}

function checkCondition(c: PropertyCondition): string[] {
  const properties = spec.definitions[c.definition]?.properties;
  if (!properties) return [`${c.id}: no definition ${c.definition}`];
  const when = properties[c.when.property];
  return [
    ...(when?.enum?.includes(c.when.equals) ? [] : [`${c.id}: ${c.definition}.${c.when.property} has no value ${c.when.equals}`]),
    ...(properties[c.forbidden] ? [] : [`${c.id}: ${c.definition} has no property ${c.forbidden}`]),
  ];
}

/** The Platform API version the extract is at: the highest `API NNNNN` its source names. */
function apiVersion(source: Record<string, string>): string {
  const versions = [...Object.values(source).join(' ').matchAll(/\bAPI (\d{4,})\b/g)].map((m) => Number(m[1]));
  if (versions.length === 0) throw new Error(`${specFile}: its source names no API version`);
  return String(Math.max(...versions));
}

const problems = checkCurated();
if (problems.length > 0) {
  process.stderr.write(`curated data contradicts the spec:\n${problems.join('\n')}\n`);
  process.exit(1);
}

const definitionNames = Object.keys(definitions).sort((a, b) => a.localeCompare(b));
const records = [...operations.map((op) => JSON.stringify(op)), ...definitionNames.map((name) => JSON.stringify({ name, schema: definitions[name] }))];
const store = (value: unknown) => records.push(JSON.stringify(value)) - 1;
// Each API area's subtrie (`/api/v2/<area>`) is a record: 3 segments down.
const routes = storeApart(buildRoutes(operations), 3, store);
const buckets: Record<string, number>[] = Array.from({ length: ID_BUCKETS }, () => ({}));
operations.forEach((op, index) => { buckets[idBucket(op.operationId)][op.operationId] = index; });
const idBuckets = records.length;
buckets.forEach(store);
const offsets = [0];
for (const record of records) offsets.push(offsets[offsets.length - 1] + Buffer.byteLength(record) + 1);

const snapshot: SnapshotIndex = {
  source: {
    ...spec.source,
    apiVersion: apiVersion(spec.source),
    extract: 'shared/genesys/platform-api.json',
    sha256: createHash('sha256').update(specText).digest('hex'),
    removedBodiesFrom: `${removedBodies.source.repository} ${removedBodies.source.commit}`,
  },
  operationCount: operations.length,
  routes,
  removedOperations,
  removedRoutes: buildRoutes(removedOperations),
  undocumentedOperations: undocumented.operations,
  undocumentedRoutes: buildRoutes(undocumented.operations),
  undocumentedProperties: undocumented.properties,
  omittedRequired: undocumented.omittedRequired,
  longestPath: Math.max(...[...operations, ...removedOperations, ...undocumented.operations].map((op) => op.path.length)),
  idBuckets,
  definitionNames,
  records: offsets,
  oauthScopes: [...spec.oauthScopes].sort(),
  permissions: [...spec.permissions].sort(),
  misconceptions,
  conditions,
  caveats,
};
const outDir = resolve(process.argv[3] ?? dataDir);
writeFileSync(join(outDir, 'snapshot.json'), `${JSON.stringify(snapshot)}\n`);
writeFileSync(join(outDir, 'snapshot-records.jsonl'), `${records.join('\n')}\n`);
process.stdout.write(`snapshot (API ${snapshot.source.apiVersion}): ${operations.length} operations ` +
  `(${operations.filter((o) => !o.scopesKnown).length} with unknown scopes, ${operations.filter((o) => !o.permissionsKnown).length} with unknown permissions), ` +
  `${removedOperations.length} removed, ${definitionNames.length} definitions, ` +
  `${snapshot.oauthScopes.length} scopes, ${snapshot.permissions.length} permissions; ` +
  `${anyValueMaps.size} any-value maps (additionalProperties {"type": "object"}): ${[...anyValueMaps].sort().join(', ')}; ` +
  `${anyValues.size} any-value properties ({"type": "object"}): ${[...anyValues].sort().join(', ')}\n`);
