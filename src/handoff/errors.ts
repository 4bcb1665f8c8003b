/** The trigger config cannot drive the handoff service; `problems` name each field and the fix. */
export class HandoffConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid trigger config:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'HandoffConfigError';
  }
}

/** An environment variable named by the config's `secretEnv` is not set. */
export class MissingSecretError extends Error {
  constructor(readonly variables: readonly { env: string; field: string }[]) {
    super(
      variables
        .map((v) => `environment variable ${v.env} is not set (named by the trigger config's secretEnv.${v.field}); set it before starting the service`)
        .join('\n'),
    );
    this.name = 'MissingSecretError';
  }
}
