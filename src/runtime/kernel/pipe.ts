import { BrokenPipe, type InStream, type OutStream, type Waiter } from './stream.ts';

const PIPE_CAPACITY = 65536;

/** pipe(2): a bounded buffer; readers block while it is empty, writers while it is full. */
export class Pipe {
  private chunks: string[] = [];
  private size = 0;
  private readers = 0;
  private writers = 0;
  private wakeReaders: Array<() => void> = [];
  private wakeWriters: Array<() => void> = [];

  readEnd(): InStream {
    this.readers++;
    let open = true;
    return {
      read: (w) => this.read(w),
      close: () => {
        if (!open) return;
        open = false;
        this.readers--;
        this.wake(this.wakeWriters);
      },
    };
  }

  writeEnd(): OutStream {
    this.writers++;
    let open = true;
    return {
      write: (w, data) => this.write(w, data),
      close: () => {
        if (!open) return;
        open = false;
        this.writers--;
        this.wake(this.wakeReaders);
      },
    };
  }

  private wake(list: Array<() => void>): void {
    const all = list.splice(0);
    for (const f of all) f();
  }

  private async read(w: Waiter): Promise<string | null> {
    while (this.size === 0) {
      if (this.writers === 0) return null;
      await w.wait<void>((resolve) => {
        this.wakeReaders.push(resolve);
        return () => {
          const i = this.wakeReaders.indexOf(resolve);
          if (i >= 0) this.wakeReaders.splice(i, 1);
        };
      });
    }
    const data = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    this.wake(this.wakeWriters);
    return data;
  }

  private async write(w: Waiter, data: string): Promise<void> {
    let rest = data;
    while (rest.length > 0) {
      if (this.readers === 0) throw new BrokenPipe();
      const room = PIPE_CAPACITY - this.size;
      if (room <= 0) {
        await w.wait<void>((resolve) => {
          this.wakeWriters.push(resolve);
          return () => {
            const i = this.wakeWriters.indexOf(resolve);
            if (i >= 0) this.wakeWriters.splice(i, 1);
          };
        });
        continue;
      }
      const part = rest.slice(0, room);
      rest = rest.slice(room);
      this.chunks.push(part);
      this.size += part.length;
      this.wake(this.wakeReaders);
    }
  }
}
