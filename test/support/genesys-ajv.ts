/**
 * Plain ajv (allErrors) over the snapshot's definitions with the rule tree's semantics (rules.ts): objects
 * closed as Genesys closes them, `readOnly` properties not required, int32 bounds, anchored patterns, and
 * the same format regexes (FORMAT_PATTERNS). The baseline of the validation bench and an independent
 * check of validateBody's verdicts (test/validation/ajv-agreement.test.ts).
 */
import Ajv, { type ValidateFunction } from 'ajv';
import { getDefinition, SNAPSHOT } from '../../src/genesys/snapshot';
import type { JsonSchema, Operation } from '../../src/genesys/types';
import { FORMAT_PATTERNS } from '../../src/validation';

function ajvDefinitions(): Record<string, unknown> {
  const close = (schema: JsonSchema): unknown => {
    const out: Record<string, unknown> = { ...schema };
    delete out.readOnly;
    if (schema.properties) {
      const props = schema.properties;
      out.properties = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, close(v)]));
      if (schema.required) out.required = schema.required.filter((p) => !props[p]?.readOnly);
      if (schema.additionalProperties === undefined) out.additionalProperties = false;
    }
    if (schema.items) out.items = close(schema.items);
    if (typeof schema.additionalProperties === 'object') out.additionalProperties = close(schema.additionalProperties);
    if (schema.pattern) out.pattern = `^(?:${schema.pattern})$`;
    if (schema.format === 'int32') Object.assign(out, { minimum: -2147483648, maximum: 2147483647, ...out });
    if (schema.format && !FORMAT_PATTERNS[schema.format]) delete out.format;
    return out;
  };
  return Object.fromEntries(SNAPSHOT.definitionNames.map((name) => [name, close(getDefinition(name) as JsonSchema)]));
}

/** A compiler of operations' body schemas to ajv validate functions (allErrors, same formats). */
export function genesysAjv(): (op: Operation) => ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const [format, pattern] of Object.entries(FORMAT_PATTERNS)) ajv.addFormat(format, new RegExp(pattern));
  ajv.addSchema({ $id: 'genesys', definitions: ajvDefinitions() });
  return (op) => {
    const ref = op.body?.schema.$ref;
    if (!ref) throw new Error(`${op.operationId}: no body schema reference`);
    return ajv.compile({ $ref: `genesys${ref}` });
  };
}
