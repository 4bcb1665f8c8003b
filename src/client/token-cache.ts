/** A bearer token and how long Genesys said it is valid. */
export interface IssuedToken {
  accessToken: string;
  expiresInSeconds: number;
}

/**
 * Caches the client-credentials token: one fetch at a time (concurrent callers share it), refreshed
 * `marginMs` before it expires (at most half its lifetime early), and dropped when Genesys rejects it.
 */
export class TokenCache {
  private current: { token: string; refreshAt: number } | null = null;
  private inflight: Promise<string> | null = null;

  constructor(
    private readonly fetchToken: () => Promise<IssuedToken>,
    private readonly now: () => number,
    private readonly marginMs: number,
  ) {}

  /** Whether `get` resolves without a token request: a token is cached and not due for refresh. */
  ready(): boolean {
    return this.current !== null && this.now() < this.current.refreshAt;
  }

  get(): Promise<string> {
    if (this.current && this.ready()) return Promise.resolve(this.current.token);
    this.inflight ??= this.fetchToken()
      .then(({ accessToken, expiresInSeconds }) => {
        const lifetimeMs = expiresInSeconds * 1000;
        this.current = { token: accessToken, refreshAt: this.now() + lifetimeMs - Math.min(this.marginMs, lifetimeMs / 2) };
        return accessToken;
      })
      .finally(() => {
        this.inflight = null;
      });
    return this.inflight;
  }

  /** Forget `token` after a 401, unless a newer token has replaced it meanwhile. */
  invalidate(token: string): void {
    if (this.current?.token === token) this.current = null;
  }
}
