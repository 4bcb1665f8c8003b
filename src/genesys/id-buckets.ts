/**
 * The snapshot's operationId index, split into ID_BUCKETS records of about 50 ids each (operationId →
 * operation index), so a look-up by operationId parses one bucket, not all 3,313 ids. The generator and the
 * loader must put an id in the same bucket: both use idBucket.
 */
export const ID_BUCKETS = 64;

/** FNV-1a over the id's UTF-16 code units, modulo ID_BUCKETS. */
export function idBucket(operationId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < operationId.length; i += 1) hash = Math.imul(hash ^ operationId.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % ID_BUCKETS;
}
