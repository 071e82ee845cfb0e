import type { InStream, OutStream } from '../stream.ts';

/** An open file description, shared by dup/fork; closed when the last reference goes. */
export class OpenFile {
  refs = 1;
  constructor(
    readonly input: InStream | null,
    readonly output: OutStream | null,
    /** For /proc/PID/fd links and error messages. */
    readonly label: string,
  ) {}
  ref(): OpenFile {
    this.refs++;
    return this;
  }
  unref(): void {
    if (--this.refs > 0) return;
    this.input?.close();
    this.output?.close();
  }
}

export class FdTable {
  private readonly fds = new Map<number, OpenFile>();

  get(fd: number): OpenFile | undefined {
    return this.fds.get(fd);
  }
  /** Installs `file` at `fd`, closing what was there (dup2 semantics; takes over the reference). */
  set(fd: number, file: OpenFile): void {
    const old = this.fds.get(fd);
    this.fds.set(fd, file);
    if (old && old !== file) old.unref();
    else if (old === file) file.unref();
  }
  close(fd: number): boolean {
    const f = this.fds.get(fd);
    if (!f) return false;
    this.fds.delete(fd);
    f.unref();
    return true;
  }
  /** Lowest free descriptor at or above `min` (F_DUPFD). */
  free(min = 0): number {
    let fd = min;
    while (this.fds.has(fd)) fd++;
    return fd;
  }
  entries(): [number, OpenFile][] {
    return [...this.fds.entries()].sort((a, b) => a[0] - b[0]);
  }
  /** fork(): the child shares every open file description. */
  clone(): FdTable {
    const t = new FdTable();
    for (const [fd, f] of this.fds) t.fds.set(fd, f.ref());
    return t;
  }
  closeAll(): void {
    for (const f of this.fds.values()) f.unref();
    this.fds.clear();
  }
}
