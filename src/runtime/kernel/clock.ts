interface Timer {
  at: number;
  seq: number;
  fire: () => void;
  cancelled: boolean;
}

/**
 * The virtual clock: time moves only when every task is blocked (to the next timer) or when
 * CPU work is accounted. `sleep 1000` therefore costs no real time and is deterministic.
 */
export class VirtualClock {
  private timers: Timer[] = [];
  private seq = 0;
  /** Milliseconds since the Unix epoch, fractional allowed. */
  constructor(public now: number) {}

  setTimer(delayMs: number, fire: () => void): () => void {
    const t: Timer = { at: this.now + Math.max(0, delayMs), seq: this.seq++, fire, cancelled: false };
    this.timers.push(t);
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    return () => {
      t.cancelled = true;
    };
  }

  hasTimers(): boolean {
    this.timers = this.timers.filter((t) => !t.cancelled);
    return this.timers.length > 0;
  }

  /** Jump to the earliest timer and fire every timer due then. Returns false if none exist. */
  advanceToNext(): boolean {
    if (!this.hasTimers()) return false;
    this.now = Math.max(this.now, this.timers[0]!.at);
    this.fireDue();
    return true;
  }

  /** Let time pass (CPU work), firing timers that fall due. */
  advance(ms: number): void {
    this.now += ms;
    this.fireDue();
  }

  private fireDue(): void {
    while (this.timers.length > 0 && this.timers[0]!.at <= this.now) {
      const t = this.timers.shift()!;
      if (!t.cancelled) t.fire();
    }
  }

  get seconds(): number {
    return Math.floor(this.now / 1000);
  }
}
