/**
 * Plain ajv (allErrors) over the snapshot's definitions with the rule tree's semantics (rules.ts), written
 * independently as JSON Schema: objects closed as Genesys closes them (names Genesys's own code sends,
 * undocumented.json, allowed), `readOnly` properties not required, required properties Genesys's own code
 * omits not required, int32 bounds, anchored portable patterns, the same format regexes (FORMAT_PATTERNS),
 * PATCH bodies with nothing required, and below the root an object with an `id` being a reference (its
 * other required properties not required, its `id` not read-only). Required properties that repeat a path
 * parameter are left to the caller (ajv has no per-operation view). The baseline of the validation bench
 * and an independent check of validateBody's verdicts (test/validation/ajv-agreement.test.ts).
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { getDefinition, SNAPSHOT } from '../../src/genesys/snapshot';
import type { JsonSchema, Operation } from '../../src/genesys/types';
import { FORMAT_PATTERNS } from '../../src/validation';
// Which patterns are checked at all (JS and RE2 read them alike) is the rule tree's decision, shared here.
import { isPortablePattern } from '../../src/validation/rules';

/** How a set of definitions reads `required`: strictly (POST, PUT) or not at all (PATCH). */
type Reading = 'strict' | 'partial';

function ajvDefinitions(reading: Reading): Record<string, unknown> {
  const close = (schema: JsonSchema, definition?: string): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...schema };
    delete out.readOnly;
    if (schema.$ref) out.$ref = `${schema.$ref}__nested`;
    if (schema.properties) {
      const props = schema.properties;
      const undocumented = SNAPSHOT.undocumentedProperties.filter((u) => u.definition === definition).map((u) => u.property);
      const omitted = SNAPSHOT.omittedRequired.filter((u) => u.definition === definition).map((u) => u.property);
      out.properties = {
        ...Object.fromEntries(Object.entries(props).map(([k, v]) => [k, close(v)])),
        ...Object.fromEntries(undocumented.map((name) => [name, {}])),
      };
      out.required = reading === 'partial' ? [] : (schema.required ?? []).filter((p) => !props[p]?.readOnly && !omitted.includes(p));
      if (schema.additionalProperties === undefined) out.additionalProperties = false;
    }
    if (schema.items) out.items = close(schema.items);
    if (typeof schema.additionalProperties === 'object') out.additionalProperties = close(schema.additionalProperties);
    if (schema.pattern) {
      if (isPortablePattern(schema.pattern)) out.pattern = `^(?:${schema.pattern})$`;
      else delete out.pattern;
    }
    if (schema.format === 'int32') Object.assign(out, { minimum: -2147483648, maximum: 2147483647, ...out });
    if (schema.format && !FORMAT_PATTERNS[schema.format]) delete out.format;
    return out;
  };
  const definitions: Record<string, unknown> = {};
  for (const name of SNAPSHOT.definitionNames) {
    const root = close(getDefinition(name) as JsonSchema, name);
    definitions[name] = root;
    const props = root.properties as Record<string, unknown> | undefined;
    // Below the root: with an `id`, a reference (nothing else required, `id` just a string).
    definitions[`${name}__nested`] = props && Object.hasOwn(props, 'id')
      ? { if: { required: ['id'] }, then: { ...root, required: [] }, else: root }
      : root;
  }
  return definitions;
}

/** A compiler of operations' body schemas to ajv validate functions (allErrors, same formats). */
export function genesysAjv(): (op: Operation) => ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const [format, pattern] of Object.entries(FORMAT_PATTERNS)) ajv.addFormat(format, new RegExp(pattern));
  for (const reading of ['strict', 'partial'] as const) ajv.addSchema({ $id: reading, definitions: ajvDefinitions(reading) });
  return (op) => {
    const ref = op.body?.schema.$ref;
    if (!ref) throw new Error(`${op.operationId}: no body schema reference`);
    return ajv.compile({ $ref: `${op.method === 'PATCH' ? 'partial' : 'strict'}${ref}` });
  };
}
