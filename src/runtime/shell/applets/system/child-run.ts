import { STRERROR, type Errno } from '../../../kernel/fs/errors.ts';
import { OpenFile } from '../../../kernel/proc/fd-table.ts';
import type { Process } from '../../../kernel/proc/process.ts';
import type { AppletContext } from '../types.ts';

export interface ChildResult {
  /** Shell-style status (128+N for a signal). */
  status: number;
  /** The signal that ended the child, if any. */
  signal?: number;
  /** Set when execvp failed: nothing ran. */
  execError?: { errno: Errno; text: string };
}

export interface ChildOptions {
  /** Replace the child's stdin with /dev/null before exec (xargs reading its own stdin). */
  nullStdin?: boolean;
  /** Called once the child task exists (timeout arms its timer on it). */
  started?: (child: Process) => void;
  /** The environment for the command (default: the caller's). */
  env?: Map<string, string>;
}

/**
 * fork + execvp, the way programs that run commands do it: the exec failure is reported
 * back rather than printed, so each caller words it itself (`xargs: cmd: ...`,
 * `timeout: failed to run command 'cmd': ...`).
 */
export async function runChild(ctx: AppletContext, argv: string[], opts: ChildOptions = {}): Promise<ChildResult> {
  let proc: Process | null = null;
  let execError: ChildResult['execError'];
  const status = await ctx.fork(async (child) => {
    proc = child.proc;
    if (opts.nullStdin) {
      try {
        child.proc.fds.set(0, new OpenFile(child.fs.openRead('/dev/null'), null, '/dev/null'));
      } catch {
        // no /dev/null: keep the inherited stdin
      }
    }
    opts.started?.(child.proc);
    const r = await child.exec(argv, opts.env);
    if (typeof r === 'number') return r;
    execError = { errno: r.errno, text: STRERROR[r.errno] };
    return r.errno === 'ENOENT' ? 127 : 126;
  });
  const exit = (proc as Process | null)?.exitStatus;
  return { status, signal: exit?.signal, execError };
}

/** Die of `sig` ourselves (timeout passing on how its command ended). */
export async function raise(ctx: AppletContext, sig: number): Promise<void> {
  ctx.proc.dispositions.delete(sig);
  ctx.kernel.signal(ctx.proc, sig, ctx.proc);
  if (ctx.proc.needsCheckpoint) await ctx.proc.checkpoint();
}
