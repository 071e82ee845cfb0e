import type { OutStream } from '../../kernel/stream.ts';

export type StreamName = 'stdout' | 'stderr';

export interface LogEntry {
  stream: StreamName;
  /** Virtual time of the write (ms). */
  time: number;
  data: string;
}

/**
 * A container's output as the json-file driver keeps it: every write with its stream and time.
 * Attached clients (`docker run`, `attach`, `logs -f`) follow it live.
 */
export class LogBuffer {
  readonly entries: LogEntry[] = [];
  private readonly wakers = new Set<() => void>();
  /** Lines a PID 1 run again after a host restore will write a second time (see expectReplay). */
  private replay: { entries: LogEntry[]; next: number; same: (was: LogEntry, stream: StreamName, line: string) => boolean } | null = null;

  constructor(private readonly now: () => number) {}

  /**
   * PID 1 of a container brought back after a restore of the host (persist/) starts over and
   * writes its output again: as long as what it writes repeats `entries` in order (as `same`
   * judges), it is not logged twice. The first line that differs ends the replay.
   */
  expectReplay(entries: LogEntry[], same: (was: LogEntry, stream: StreamName, line: string) => boolean): void {
    this.replay = entries.length ? { entries: [...entries], next: 0, same } : null;
  }

  /** Like the json-file driver, one entry per line (a trailing partial line is its own entry). */
  append(stream: StreamName, data: string): void {
    if (data === '') return;
    const time = this.now();
    let at = 0;
    while (at < data.length) {
      const nl = data.indexOf('\n', at);
      const end = nl < 0 ? data.length : nl + 1;
      const line = data.slice(at, end);
      at = end;
      const r = this.replay;
      if (r && r.same(r.entries[r.next]!, stream, line)) {
        if (++r.next === r.entries.length) this.replay = null;
        continue;
      }
      this.replay = null;
      this.entries.push({ stream, time, data: line });
    }
    for (const w of [...this.wakers]) w();
  }

  /** Resolves at the next append (or when `poke` is called, e.g. at container exit). */
  next(): Promise<void> {
    return new Promise((r) => {
      const w = () => {
        this.wakers.delete(w);
        r();
      };
      this.wakers.add(w);
    });
  }

  poke(): void {
    for (const w of [...this.wakers]) w();
  }

  /** A pty's output as the engine logs it: everything on stdout, with ONLCR applied. */
  ttySink(): OutStream {
    return {
      write: async (_w, data) => this.append('stdout', data.replace(/\r?\n/g, '\r\n')),
      close: () => {},
      tty: true,
    };
  }

  /** The fd a container process writes to: appends never block (the driver buffers). */
  sink(stream: StreamName): OutStream {
    return {
      write: async (_w, data) => this.append(stream, data),
      close: () => {},
    };
  }
}
