import type { AppletContext, ExecFailure, Flavor, HostInfo, SpawnRequest, TextReader, TextWriter } from './types.ts';
import { Vfs } from '../../kernel/fs/vfs.ts';
import type { CharDevice } from '../../kernel/fs/devices.ts';
import type { Kernel, ProgramMain } from '../../kernel/kernel.ts';
import type { OpenFile } from '../../kernel/proc/fd-table.ts';
import { type Process, statusCode } from '../../kernel/proc/process.ts';
import { type InStream, StringIn } from '../../kernel/stream.ts';
import { readAll, readChunk, readUntil, unread, writeTo } from '../interpreter/io.ts';
import { OpenFile as OF } from '../../kernel/proc/fd-table.ts';
import { type Errno, FsError } from '../../kernel/fs/errors.ts';

export interface ContextDeps {
  kernel: Kernel;
  devices: Map<number, CharDevice>;
  host: HostInfo;
  /** Starts a program by PATH lookup as a child of `proc` (execvp). */
  spawnProgram: (parent: Process, argv: string[], env: Map<string, string>, fds: ReturnType<Process['fds']['clone']>) => Process | { error: string; status: number };
  /** execvp's lookup and load without starting anything (exec in the same process). */
  resolveProgram: (caller: Process, argv: string[], file?: string) => { main: ProgramMain; exe: string } | { errno: Errno };
}

function reader(proc: Process, f: OpenFile | undefined): TextReader {
  return {
    tty: f?.input?.tty === true,
    read: async () => (f?.input ? readChunk(proc, f) : null),
    readAll: async () => (f?.input ? readAll(proc, f) : ''),
    readLine: async () => {
      if (!f?.input) return null;
      const r = await readUntil(proc, f, '\n');
      return r === null ? null : r.text;
    },
  };
}

function writer(proc: Process, fd: number): TextWriter {
  const f = () => proc.fds.get(fd);
  return {
    get tty() {
      return f()?.output?.tty === true;
    },
    write: (data: string) => writeTo(proc, f(), data),
  };
}

export function makeContext(deps: ContextDeps, proc: Process, argv: string[], name: string, flavor: Flavor): AppletContext {
  const fs = new Vfs(deps.kernel, proc, deps.devices);
  let ticks = 0;
  return {
    argv,
    name,
    flavor,
    progName: flavor === 'gnu' && argv[0] ? argv[0] : name,
    proc,
    kernel: deps.kernel,
    fs,
    env: proc.env,
    stdin: reader(proc, proc.fds.get(0)),
    stdout: writer(proc, 1),
    stderr: writer(proc, 2),
    host: deps.host,
    open(path: string): InStream {
      if (path === '-') {
        const f = proc.fds.get(0);
        if (!f?.input) throw new FsError('EBADF', path);
        return { read: () => readChunk(proc, f), close: () => {} };
      }
      return fs.openRead(path);
    },
    async spawn(req: SpawnRequest): Promise<number> {
      const fds = proc.fds.clone();
      if (req.stdin !== undefined) fds.set(0, new OF(new StringIn(req.stdin), null, 'pipe'));
      const child = deps.spawnProgram(proc, req.argv, req.env ?? proc.env, fds);
      if (!(child instanceof Object) || 'error' in child) {
        const c = child as { error: string; status: number };
        await writeTo(proc, proc.fds.get(2), `${name}: ${c.error}\n`).catch(() => {});
        return c.status;
      }
      return waitChild(deps, proc, child as Process);
    },
    async exec(execArgv: string[], env?: Map<string, string>, file?: string): Promise<number | ExecFailure> {
      const e = env ?? proc.env;
      // PATH is looked up in the environment the program will get, as execvpe does.
      const saved = proc.env;
      proc.env = e;
      const image = deps.resolveProgram(proc, execArgv, file);
      proc.env = saved;
      if ('errno' in image) return { errno: image.errno };
      proc.argv = execArgv;
      proc.env = e;
      proc.comm = (execArgv[0] ?? '').split('/').pop()!.slice(0, 15);
      proc.exe = image.exe;
      return image.main(proc);
    },
    async fork(main: (child: AppletContext) => Promise<number>): Promise<number> {
      const child = deps.kernel.spawn(proc, {
        argv: [...proc.argv],
        env: new Map(proc.env),
        main: (p) => {
          p.comm = proc.comm;
          p.exe = proc.exe;
          return main(makeContext(deps, p, [...argv], name, flavor));
        },
      });
      return waitChild(deps, proc, child);
    },
    sleep: (ms: number) => deps.kernel.sleep(proc, ms),
    async tick(units = 1) {
      ticks += units;
      proc.cpuMicros += units;
      if (proc.needsCheckpoint) await proc.checkpoint();
      if (ticks > 4096) {
        ticks = 0;
        await deps.kernel.yield(4);
        if (proc.needsCheckpoint) await proc.checkpoint();
      }
    },
  };
}

async function waitChild(deps: ContextDeps, proc: Process, p: Process): Promise<number> {
  const st = await proc.wait<Awaited<typeof p.exited>>((resolve) => {
    void p.exited.then(resolve);
    return () => {};
  }, false);
  deps.kernel.reap(p);
  return statusCode(st);
}

export { unread };
