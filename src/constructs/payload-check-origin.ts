/**
 * Where a PayloadCheck copied by PayloadCheckStack came from: its plan-time messages name the construct the
 * user wrote (`app/trigger/fallback-check`), not the copy. Read when the preconditions are written, at synth.
 */
import type { IConstruct } from 'constructs';

const origins = new WeakMap<IConstruct, IConstruct>();

/** Records that `copy` checks what `source` (or what `source` was itself copied from) checks. */
export function recordOrigin(copy: IConstruct, source: IConstruct): void {
  origins.set(copy, origins.get(source) ?? source);
}

/** The construct path the user wrote for `check`. */
export function originPath(check: IConstruct): string {
  return (origins.get(check) ?? check).node.path;
}
