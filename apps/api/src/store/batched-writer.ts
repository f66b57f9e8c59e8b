interface Pending<T> {
  items: T[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: writes queued during one event-loop turn, or while the previous write runs, go to
 * the database together, and each caller's promise settles only once its items are committed.
 */
export class BatchedWriter<T> {
  private queue: Pending<T>[] = [];
  private scheduled = false;
  private running: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly writeBatch: (items: T[]) => Promise<void>,
    private readonly maxItems = 500,
  ) {}

  write(items: T[]): Promise<void> {
    if (this.closed) return Promise.reject(new Error("the writer is closed"));
    if (items.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.queue.push({ items, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.running = this.flush().finally(() => {
        this.running = undefined;
        if (this.queue.length > 0) this.schedule();
      });
    });
  }

  private async flush(): Promise<void> {
    const batch: Pending<T>[] = [];
    let count = 0;
    while (
      this.queue.length > 0 &&
      (batch.length === 0 || count + this.queue[0]!.items.length <= this.maxItems)
    ) {
      const next = this.queue.shift()!;
      batch.push(next);
      count += next.items.length;
    }
    try {
      await this.writeBatch(batch.flatMap((pending) => pending.items));
      for (const pending of batch) pending.resolve();
    } catch (error) {
      for (const pending of batch) pending.reject(error);
    }
  }

  /** Refuses new writes and waits until everything queued is written. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.queue.length > 0 || this.scheduled || this.running) {
      await (this.running ?? new Promise((resolve) => setImmediate(resolve)));
    }
  }
}
