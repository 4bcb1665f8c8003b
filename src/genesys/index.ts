import { getDefinition, SNAPSHOT } from './snapshot';
import type { Caveat, JsonSchema, Misconception, PropertyCondition } from './types';

export * from './types';
export { closestOperationId, closestOperations, describeOperation, findOperation, findRemovedOperation, getOperation, getRemovedOperation, listOperations, methodsAt, parseOperationRef, routeRequest } from './operations';
export { REGIONS, REGION_CHOICES, findRegion } from './regions';

export const OAUTH_SCOPES: ReadonlySet<string> = new Set(SNAPSHOT.oauthScopes);
export const PERMISSIONS: ReadonlySet<string> = new Set(SNAPSHOT.permissions);
export const MISCONCEPTIONS: readonly Misconception[] = SNAPSHOT.misconceptions;
export const PROPERTY_CONDITIONS: readonly PropertyCondition[] = SNAPSHOT.conditions;
export const CAVEATS: readonly Caveat[] = SNAPSHOT.caveats;
/** Where the snapshot came from (repository, commit, `apiVersion`, sha256 of the extract). */
export const SNAPSHOT_SOURCE: Readonly<Record<string, string>> = SNAPSHOT.source;

/** Follows `$ref`s into the snapshot's definitions. */
export function resolveRef(schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref && hops < 32; hops += 1) {
    const target = getDefinition(definitionName(current.$ref));
    if (!target) break;
    current = target;
  }
  return current;
}

export function definitionName(ref: string): string {
  return ref.replace('#/definitions/', '');
}
