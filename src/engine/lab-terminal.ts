import type { TerminalIo } from './exercise-host.ts';

/** What a caller of `Lab.run` may attach: live output, typed input, the terminal's kind. */
export interface RunIo {
  sink?: { out: (s: string) => void; err: (s: string) => void };
  liveInput?: () => Promise<string | null>;
  interactive?: boolean;
  tty?: boolean;
}

const KEEP = 1 << 20;

/**
 * The lab's side of the student's terminal. The session always writes here; we keep each
 * command's output (the `output` and `history` checks need it) and pass it on to whoever
 * attached for this command (the TUI's pane), or to nobody while setup runs silently.
 */
export class LabTerminal implements TerminalIo {
  private out: string[] = [];
  private err: string[] = [];
  private size = 0;
  private attached: RunIo = {};

  constructor(
    readonly interactive: boolean,
    readonly tty: boolean,
  ) {}

  readonly sink = {
    out: (s: string) => this.keep(this.out, s, this.attached.sink?.out),
    err: (s: string) => this.keep(this.err, s, this.attached.sink?.err),
  };

  /** No live input attached means end of input, as `lab exec` gives a program reading the terminal. */
  readonly liveInput = (): Promise<string | null> => this.attached.liveInput?.() ?? Promise.resolve(null);

  private keep(into: string[], s: string, forward?: (s: string) => void): void {
    if (this.size < KEEP) {
      into.push(s.slice(0, KEEP - this.size));
      this.size += s.length;
    }
    forward?.(s);
  }

  attach(io: RunIo): void {
    this.attached = io;
  }

  /** The output since the last take. */
  take(): { stdout: string; stderr: string } {
    const r = { stdout: this.out.join(''), stderr: this.err.join('') };
    this.out = [];
    this.err = [];
    this.size = 0;
    return r;
  }

  fits(io: RunIo): boolean {
    return (io.interactive === undefined || io.interactive === this.interactive) && (io.tty === undefined || io.tty === this.tty);
  }
}
