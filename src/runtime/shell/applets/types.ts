import type { Vfs } from '../../kernel/fs/vfs.ts';
import type { Kernel } from '../../kernel/kernel.ts';
import type { Process } from '../../kernel/proc/process.ts';
import type { InStream } from '../../kernel/stream.ts';
import type { Errno } from '../../kernel/fs/errors.ts';

/** Which implementation's texts and options an applet follows: GNU coreutils etc. or busybox. */
export type Flavor = 'gnu' | 'busybox';

export interface TextReader {
  /** Next chunk (byte string) or null at EOF. */
  read(): Promise<string | null>;
  readAll(): Promise<string>;
  /** Next line without its newline, or null at EOF; consumes only that line. */
  readLine(): Promise<string | null>;
  readonly tty: boolean;
}

export interface TextWriter {
  write(data: string): Promise<void>;
  readonly tty: boolean;
}

export interface ExecFailure {
  errno: Errno;
}

export interface SpawnRequest {
  argv: string[];
  env?: Map<string, string>;
  /** Data for the child's stdin; default: inherit. */
  stdin?: string;
}

/** Everything a program sees of the model: its process, files, streams and the kernel. */
export interface AppletContext {
  readonly argv: string[];
  /** The applet name (basename of argv[0], or busybox's dispatch name). */
  readonly name: string;
  /** What GNU tools call themselves in messages: argv[0] as typed (`/usr/bin/seq: ...`). */
  readonly progName: string;
  readonly flavor: Flavor;
  readonly proc: Process;
  readonly kernel: Kernel;
  readonly fs: Vfs;
  readonly env: Map<string, string>;
  readonly stdin: TextReader;
  readonly stdout: TextWriter;
  readonly stderr: TextWriter;
  /** Opens a file (or device) for streaming reads; `-` is stdin. */
  open(path: string): InStream;
  /** Runs another program to completion and returns its shell status (xargs, find -exec, env). */
  spawn(req: SpawnRequest): Promise<number>;
  /**
   * execvp(3) in this process (unshare, nsenter, chroot): looks `argv[0]` up in PATH, then runs
   * that program as this same process and resolves to its exit status. `file` is what to look up
   * when argv[0] is only a name for the program (a login shell's `-bash`). If execve fails nothing
   * runs and the result is the errno, for the caller's own message.
   */
  exec(argv: string[], env?: Map<string, string>, file?: string): Promise<number | ExecFailure>;
  /** fork(2): runs `main` in a child process (with its own context) and waits; the child's shell status. */
  fork(main: (child: AppletContext) => Promise<number>): Promise<number>;
  sleep(ms: number): Promise<void>;
  /** Accounts CPU work; long loops call this so Ctrl-C and budgets apply. */
  tick(units?: number): Promise<void>;
  /** The host (hostname, users) for programs that report on the machine. */
  readonly host: HostInfo;
}

/** Facts about the machine programs may read (what uname and friends report). */
export interface HostInfo {
  readonly kernelRelease: string;
  readonly kernelVersion: string;
  readonly machine: string;
  readonly memTotalKb: number;
  readonly cpus: number;
}

export interface Applet {
  run(ctx: AppletContext): Promise<number>;
}

export type AppletLoader = () => Promise<Applet>;
