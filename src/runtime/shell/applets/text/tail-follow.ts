import { FsError } from '../../../kernel/fs/errors.ts';
import type { AppletContext } from '../types.ts';

export interface Followed {
  name: string;
  label: string;
  offset: number;
  present: boolean;
  /** Already reported as inaccessible (said once, like GNU). */
  gone: boolean;
}

export interface FollowOptions {
  byName: boolean;
  retry: boolean;
  interval: number;
  pid?: number;
  headers: boolean;
  last: string;
}

/**
 * `tail -f`: the model has no inotify, so poll like `---disable-inotify` would, sleeping on the
 * virtual clock between looks. Ends only when --pid's process is gone (or by a signal).
 */
export async function follow(ctx: AppletContext, files: Followed[], o: FollowOptions): Promise<void> {
  let last = o.last;
  for (;;) {
    const pidGone = o.pid !== undefined && !alive(ctx, o.pid);
    await ctx.sleep(pidGone ? 0 : Math.max(1, o.interval));
    for (const f of files) {
      let data: string;
      try {
        if (ctx.fs.stat(f.name).type !== 'file') continue;
        data = ctx.fs.readFile(f.name);
      } catch (e) {
        if (!(e instanceof FsError)) throw e;
        if (o.byName && f.present && !f.gone) {
          await ctx.stderr.write(`tail: '${f.name}' has become inaccessible: ${e.message}\n`);
          f.gone = true;
          f.present = false;
        }
        continue;
      }
      let from = f.offset;
      if (!f.present) {
        if (f.gone || o.retry) await ctx.stderr.write(`tail: '${f.name}' has appeared;  following new file\n`);
        f.present = true;
        f.gone = false;
        from = 0;
      } else if (data.length < f.offset) {
        await ctx.stderr.write(`tail: ${f.name}: file truncated\n`);
        from = 0;
      }
      if (data.length > from) {
        if (o.headers && last !== f.label) await ctx.stdout.write(`\n==> ${f.label} <==\n`);
        last = f.label;
        await ctx.stdout.write(data.slice(from));
      }
      f.offset = data.length;
    }
    if (pidGone) return;
    await ctx.tick(1);
  }
}

function alive(ctx: AppletContext, pid: number): boolean {
  const p = ctx.kernel.byPid(pid, ctx.proc);
  return p !== undefined && !p.reaped;
}
