import { OpenFile } from '../../../kernel/proc/fd-table.ts';
import type { InStream, OutStream, Waiter } from '../../../kernel/stream.ts';
import type { Container } from '../../container/container.ts';

/** Docker's default detach keys. */
export const DETACH_KEYS = '\x10\x11';

/**
 * The client side of `docker run -it` / `docker attach`: the container's stdio goes to the
 * student's terminal until they type Ctrl-P Ctrl-Q, then the client lets go (the container keeps
 * running; its output goes on into the logs).
 */
export class TerminalAttach {
  detached = false;
  private onDetach: Array<() => void> = [];

  constructor(private readonly client: OpenFile[], private readonly c: Container) {}

  /** Resolves when the student detaches. */
  whenDetached(): Promise<void> {
    return this.detached ? Promise.resolve() : new Promise((r) => this.onDetach.push(r));
  }

  private detach(): void {
    this.detached = true;
    for (const w of this.onDetach.splice(0)) w();
  }

  files(): OpenFile[] {
    const input = this.client[0]!.input;
    const self = this;
    const stdin: InStream = {
      tty: input?.tty,
      async read(w: Waiter): Promise<string | null> {
        if (self.detached || !input) return w.wait<string | null>(() => () => {});
        const data = await input.read(w);
        if (data === null) return null;
        const at = data.indexOf(DETACH_KEYS);
        if (at < 0) return data;
        self.detach();
        return at > 0 ? data.slice(0, at) : w.wait<string | null>(() => () => {});
      },
      close() {},
    };
    const out = (fd: 1 | 2): OutStream => {
      const target = this.client[fd]!.output;
      return {
        tty: target?.tty,
        write: async (w, data) => {
          if (this.detached || !target) this.c.logs.append('stdout', data);
          else await target.write(w, data);
        },
        close() {},
      };
    };
    return [new OpenFile(stdin, null, '/dev/pts/0'), new OpenFile(null, out(1), '/dev/pts/0'), new OpenFile(null, out(2), '/dev/pts/0')];
  }
}
