import { FsError } from '../../../kernel/fs/errors.ts';
import { type IpcKind, ipcGet } from '../../../kernel/ipc/objects.ts';
import { errx, ulOpts } from '../nsutils/ul-common.ts';
import type { Applet } from '../types.ts';
import { IPCMK_HELP } from './ipc-help.ts';

const LONG = { shmem: { arg: 'required' as const, key: 'M' }, semaphore: { arg: 'required' as const, key: 'S' }, queue: { key: 'Q' }, mode: { arg: 'required' as const, key: 'p' }, version: { key: 'V' }, help: { key: 'h' } };

/** strtosize(): a number with an optional K/M/G... suffix (`KiB`/`K` = 1024, `KB` = 1000). */
function parseSize(s: string): number | null {
  const m = /^(\d+)(?:([KMGTPEZY])(iB|B)?)?$/i.exec(s);
  if (!m) return null;
  const power = m[2] ? 'KMGTPEZY'.indexOf(m[2].toUpperCase()) + 1 : 0;
  return Number(m[1]) * (m[3]?.toUpperCase() === 'B' ? 1000 : 1024) ** power;
}

const CREATED: Record<IpcKind, [string, string]> = {
  shm: ['Shared memory id', 'create share memory failed'],
  msg: ['Message queue id', 'create message queue failed'],
  sem: ['Semaphore id', 'create semaphore failed'],
};

/** ipcmk (util-linux 2.38): creates a queue, segment or semaphore array with a random key. */
const ipcmk: Applet = {
  async run(ctx) {
    const opts = await ulOpts(ctx, { short: 'hM:QS:p:Vh', long: LONG }, IPCMK_HELP);
    if (typeof opts === 'number') return opts;
    const ask = new Map<IpcKind, number>();
    let mode = 0o644;
    for (const [k, v] of opts.list) {
      if (k === 'M') {
        const size = parseSize(v!);
        if (size === null) return errx(ctx, `failed to parse size: '${v}': Invalid argument`);
        ask.set('shm', size);
      } else if (k === 'S') {
        if (!/^\s*[+-]?\d+$/.test(v!)) return errx(ctx, `failed to parse elements: '${v}'`);
        if (Math.abs(Number(v)) > 2 ** 31) return errx(ctx, `failed to parse elements: '${v}': Numerical result out of range`);
        ask.set('sem', Number(v));
      } else if (k === 'Q') ask.set('msg', 0);
      else if (k === 'p') mode = parseInt(/^\s*\+?([0-7]*)/.exec(v!)![1] || '0', 8);
    }
    if (ask.size === 0) {
      await ctx.stderr.write(`${ctx.name}: bad usage\nTry '${ctx.name} --help' for more information.\n`);
      return 1;
    }
    // ipcmk creates the segment first, then the queue, then the semaphores, whatever the option order.
    for (const kind of ['shm', 'msg', 'sem'] as const) {
      if (!ask.has(kind)) continue;
      const key = ctx.kernel.random.nextU32() | 0;
      const r = ipcGet(ctx.kernel, ctx.proc, kind, key, ask.get(kind)!, mode);
      if (typeof r === 'string') return errx(ctx, `${CREATED[kind][1]}: ${new FsError(r).text}`);
      await ctx.stdout.write(`${CREATED[kind][0]}: ${r.id}\n`);
    }
    return 0;
  },
};

export default ipcmk;
