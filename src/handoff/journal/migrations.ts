/**
 * Versioned schema of the alert journal. A migration is applied once, in order, in a transaction that
 * also records its version in `handoff_schema`; never edit one that has shipped, add the next.
 * `{serial}` and `{bigint}` are the only dialect differences.
 */
export const MIGRATIONS: readonly { version: number; statements: readonly string[] }[] = [
  {
    version: 1,
    statements: [
      `CREATE TABLE handoff_alerts (
        row_id {serial},
        uid TEXT NOT NULL UNIQUE,
        trigger_name TEXT NOT NULL,
        alert_id TEXT NOT NULL,
        cycle_key TEXT,
        transition TEXT NOT NULL,
        priority INTEGER NOT NULL,
        operation_id TEXT NOT NULL,
        conversation_id TEXT,
        call_json TEXT NOT NULL,
        external_tag TEXT,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error_json TEXT,
        result_id TEXT,
        accepted_at {bigint} NOT NULL,
        finished_at {bigint},
        next_attempt_at {bigint},
        in_flight_since {bigint},
        owner TEXT,
        lease_until {bigint}
      )`,
      `CREATE INDEX handoff_alerts_due ON handoff_alerts (trigger_name, next_attempt_at) WHERE state = 'pending'`,
      `CREATE INDEX handoff_alerts_alert_id ON handoff_alerts (trigger_name, alert_id, row_id)`,
      `CREATE INDEX handoff_alerts_state ON handoff_alerts (trigger_name, state, row_id)`,
      `CREATE INDEX handoff_alerts_finished ON handoff_alerts (accepted_at) WHERE state <> 'pending'`,
      // One row per alert identity while it is a duplicate candidate; expires by time (see accept).
      `CREATE TABLE handoff_dedupe (
        dedupe_key TEXT PRIMARY KEY,
        uid TEXT NOT NULL,
        accepted_at {bigint} NOT NULL
      )`,
    ],
  },
];

export function dialect(sql: string, types: { serial: string; bigint: string }): string {
  return sql.replace('{serial}', types.serial).replace(/\{bigint\}/g, types.bigint);
}
