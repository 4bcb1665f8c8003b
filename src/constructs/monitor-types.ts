/**
 * `datadog_monitor.type` at synth: a value the provider refuses gets the provider's list, and where the
 * value names a monitor kind as Datadog's UI and docs do (`apm alert`, `logs`), the types that kind is
 * created with (src/genesys/data/datadog-monitor-types.json) instead of a did-you-mean that is only close
 * in spelling (`apm alert` is not a `rum alert`).
 */
import monitorTypes from '../genesys/data/datadog-monitor-types.json';
import { quote } from '../validation/messages';
import { enumProblem } from './allowed-values';
import { MONITOR_TYPES } from './bindings/constraints.generated';

/** The data's monitor kinds by lower-case name, e.g. `apm` -> ['query alert', 'trace-analytics alert']. */
const KINDS: ReadonlyMap<string, { kind: string; types: readonly string[] }> = new Map(
  Object.entries(monitorTypes.byKind as Record<string, string[]>).map(([kind, types]) => [kind.toLowerCase(), { kind, types }]),
);

/** Why `value` is not a `datadog_monitor.type` (undefined when it is, or is a token known only at plan). */
export function monitorTypeProblem(value: unknown): string | undefined {
  const problem = enumProblem(value, MONITOR_TYPES);
  if (problem === undefined || typeof value !== 'string') return problem;
  const named = KINDS.get(value.trim().toLowerCase().replace(/\s+(alert|monitor)$/, ''));
  if (!named) return problem;
  const types = named.types.map((t) => JSON.stringify(t)).join(' or ');
  return `${quote(value)} is not one of ${MONITOR_TYPES.join(', ')}; a Datadog ${named.kind} monitor has type ${types}.`;
}
