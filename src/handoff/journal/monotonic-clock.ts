/**
 * Epoch milliseconds that, once started, advance only with the monotonic clock: a step of the system
 * clock (NTP correcting a wrong clock, a VM resumed, an operator's `date -s`) moves none of the journal's
 * times, so no de-duplication key or lease expires early and no retry waits for hours. It starts at the
 * wall time, or at `floor` (the latest time the journal already holds) if the wall clock is behind it,
 * so journal times never go backward across restarts either.
 */
export class MonotonicClock {
  private readonly base: number;
  private readonly started = performance.now();

  constructor(floor: number) {
    this.base = Math.max(Date.now(), floor);
  }

  now(): number {
    return Math.round(this.base + performance.now() - this.started);
  }

  /** Wall clock minus this clock: 0 until the system clock is stepped (or, at start, if it was behind `floor`). */
  driftMs(): number {
    return Date.now() - this.now();
  }
}
