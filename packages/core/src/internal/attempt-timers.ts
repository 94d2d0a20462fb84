type Timer = ReturnType<typeof setTimeout> & { ref?: () => unknown; unref?: () => unknown };

/** One armed attempt timeout: `fire` runs once when it expires, unless it was finished first. */
export interface AttemptTimer {
  readonly ms: number;
  readonly at: number;
  done: boolean;
  readonly fire: () => void;
  /** Its own timer, past the queue limit. */
  timer?: Timer;
}

interface Queue {
  items: AttemptTimer[];
  head: number;
  timer: Timer | undefined;
}

const MAX_QUEUES = 16;

/**
 * Attempt timeouts without a timer per attempt. Timeouts of one length expire in the order they were
 * armed, so each length keeps a FIFO queue and one timer for its oldest live entry: arming is a push,
 * finishing marks the entry done and drops finished entries from the head. The timer holds the
 * process open only while an attempt waits (ref/unref), and is re-armed only while entries remain.
 * Past 16 distinct lengths (per-call `timeoutMs` values) an entry gets its own `setTimeout`. The
 * clock is `performance.now()`: monotonic, so a wall-clock jump neither fires nor delays a timeout.
 */
export class AttemptTimers {
  private readonly queues = new Map<number, Queue>();

  /** `shared: false` for a one-off length (an attempt cut short by the deadline): its own timer, no queue. */
  start(ms: number, fire: () => void, shared = true): AttemptTimer {
    const entry: AttemptTimer = { ms, at: performance.now() + ms, done: false, fire };
    let queue = this.queues.get(ms);
    if (queue === undefined) {
      if (!shared || this.queues.size >= MAX_QUEUES) {
        entry.timer = setTimeout(() => this.expire(entry), ms) as Timer;
        return entry;
      }
      queue = { items: [], head: 0, timer: undefined };
      this.queues.set(ms, queue);
    }
    if (queue.items.push(entry) === 1) {
      queue.timer?.ref?.();
    }
    if (queue.timer === undefined) {
      this.arm(queue, ms);
    }
    return entry;
  }

  finish(entry: AttemptTimer): void {
    entry.done = true;
    if (entry.timer !== undefined) {
      clearTimeout(entry.timer);
      return;
    }
    const queue = this.queues.get(entry.ms) as Queue;
    const items = queue.items;
    while (queue.head < items.length && (items[queue.head] as AttemptTimer).done) {
      queue.head++;
    }
    if (queue.head === items.length) {
      items.length = 0;
      queue.head = 0;
      queue.timer?.unref?.();
    }
  }

  private expire(entry: AttemptTimer): void {
    if (!entry.done) {
      entry.done = true;
      entry.fire();
    }
  }

  private arm(queue: Queue, delay: number): void {
    queue.timer = setTimeout(() => this.run(queue), Math.max(1, delay)) as Timer;
  }

  private run(queue: Queue): void {
    queue.timer = undefined;
    const items = queue.items;
    while (queue.head < items.length) {
      const entry = items[queue.head] as AttemptTimer;
      const left = entry.at - performance.now();
      if (!entry.done && left > 0) {
        this.arm(queue, left);
        return;
      }
      queue.head++;
      this.expire(entry);
    }
    items.length = 0;
    queue.head = 0;
  }
}
