/** One structured log record. `event` is a stable dotted name (`genesys.retry`, `handoff.succeeded`, ...). */
export interface LogEntry {
  /** Severity. */
  level: 'debug' | 'info' | 'warn' | 'error';
  /** Stable event name, e.g. `genesys.retry`, `handoff.accepted`. */
  event: string;
  [field: string]: unknown;
}

/** Receives structured log records. Callers never pass secrets (client secret, tokens, webhook secret) in them. */
export type Logger = (entry: LogEntry) => void;

/** A logger writing one JSON object per line, with an ISO timestamp, to `stream` (default stderr). */
export function jsonLineLogger(stream: NodeJS.WritableStream = process.stderr): Logger {
  return (entry) => {
    stream.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
  };
}
