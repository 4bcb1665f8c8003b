/** A slot taken ahead of its task: run one task in it with `start`, or give it back with `cancel`. */
export interface ReservedSlot {
  start(task: () => Promise<void>): void;
  cancel(): void;
}

/** Runs queued tasks with at most `concurrency` at a time; `idle()` resolves when none is queued or running. */
export class WorkQueue {
  private readonly queued: (() => Promise<void>)[] = [];
  private running = 0;
  private waiters: (() => void)[] = [];

  constructor(private readonly concurrency: number) {}

  /** Tasks queued or running (a reserved slot counts as running). */
  get load(): number {
    return this.running + this.queued.length;
  }

  /** `task` must not reject (it reports its own outcome). */
  push(task: () => Promise<void>): void {
    this.queued.push(task);
    this.pump();
  }

  /** Takes a free slot now, if there is one and nothing is waiting for it; null otherwise. */
  reserve(): ReservedSlot | null {
    if (this.running >= this.concurrency || this.queued.length) return null;
    this.running += 1;
    let taken = false;
    const take = () => !taken && (taken = true);
    return {
      start: (task) => {
        if (take()) void task().finally(() => this.done());
      },
      cancel: () => {
        if (take()) this.done();
      },
    };
  }

  idle(): Promise<void> {
    if (this.load === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private pump(): void {
    while (this.running < this.concurrency && this.queued.length) {
      const task = this.queued.shift() as () => Promise<void>;
      this.running += 1;
      void task().finally(() => this.done());
    }
  }

  private done(): void {
    this.running -= 1;
    this.pump();
    if (this.load === 0) {
      for (const resolve of this.waiters.splice(0)) resolve();
    }
  }
}
