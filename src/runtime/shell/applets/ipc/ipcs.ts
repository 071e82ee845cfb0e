import { type IpcKind, ipcAccess, ipcTable } from '../../../kernel/ipc/objects.ts';
import { getopt, OptError } from '../getopt.ts';
import { errx, ulOpts } from '../nsutils/ul-common.ts';
import type { Applet, AppletContext } from '../types.ts';
import { BB_USAGE, IPCS_HELP } from './ipc-help.ts';
import { idNames } from './ipc-view.ts';
import { detail } from './ipcs-detail.ts';
import { type Format, TABLES, type Unit } from './ipcs-tables.ts';

const FORMATS: Record<string, Format> = { t: 'time', c: 'creator', p: 'pid', l: 'limits', u: 'status' };
const KINDS: Record<string, IpcKind> = { q: 'msg', m: 'shm', s: 'sem' };
const LONG = {
  id: { arg: 'required' as const, key: 'i' }, queues: { key: 'q' }, shmems: { key: 'm' }, semaphores: { key: 's' },
  all: { key: 'a' }, time: { key: 't' }, pid: { key: 'p' }, creator: { key: 'c' }, limits: { key: 'l' },
  summary: { key: 'u' }, human: {}, bytes: { key: 'b' }, version: { key: 'V' }, help: { key: 'h' },
};

interface Request { kinds: Set<IpcKind>; format: Format; unit: Unit; id?: number }

/** ipcs: the System V IPC objects of the caller's IPC namespace (util-linux 2.38, busybox). */
const ipcs: Applet = {
  async run(ctx) {
    const req = ctx.flavor === 'busybox' ? await busyboxOpts(ctx) : await gnuOpts(ctx);
    if (typeof req === 'number') return req;
    const table = ipcTable(ctx.proc.ns.ipc);
    if (req.id !== undefined) {
      if (ctx.flavor !== 'busybox' && req.kinds.size !== 1) return errx(ctx, 'when using an ID, a single resource must be specified');
      const kind = (['shm', 'sem', 'msg'] as const).find((k) => req.kinds.has(k))!;
      const o = table.find(kind, req.id);
      if (ctx.flavor === 'busybox') {
        const call = `${kind}ctl`;
        if (!o) return bbFail(ctx, `${call}: Invalid argument`, 0);
        if (!ipcAccess(ctx.proc, o, 0o444)) return bbFail(ctx, `${call}: Permission denied`, 0);
      }
      if (!o) return errx(ctx, `id ${req.id} not found`, 0);
      const d = detail(kind, o, req.unit, ctx.proc);
      if ('err' in d) return errx(ctx, d.err);
      await ctx.stdout.write(d.out);
      return 0;
    }
    const kinds = req.kinds.size ? req.kinds : new Set<IpcKind>(['msg', 'shm', 'sem']);
    const names = idNames(ctx);
    let out = '\n';
    for (const kind of ['msg', 'shm', 'sem'] as const) {
      if (!kinds.has(kind)) continue;
      out += TABLES[kind]({ objects: table.list(kind), format: req.format, unit: req.unit, busybox: ctx.flavor === 'busybox', pidns: ctx.proc.ns.pid, ...names }) + '\n';
    }
    await ctx.stdout.write(out);
    return 0;
  },
};

async function gnuOpts(ctx: AppletContext): Promise<Request | number> {
  const opts = await ulOpts(ctx, { short: 'i:qmsatpclubVh', long: LONG }, IPCS_HELP);
  if (typeof opts === 'number') return opts;
  const req: Request = { kinds: new Set(), format: 'default', unit: 'default' };
  for (const [k, v] of opts.list) {
    if (k === 'i') {
      if (!/^[+-]?\d+$/.test(v!.trim()) || Math.abs(Number(v)) > 2 ** 31) return errx(ctx, `failed to parse id argument: '${v}'`);
      req.id = Number(v);
    } else if (k === 'a') for (const x of Object.values(KINDS)) req.kinds.add(x);
    else if (KINDS[k]) req.kinds.add(KINDS[k]!);
    else if (FORMATS[k]) req.format = FORMATS[k]!;
    else if (k === 'human') req.unit = 'human';
    else if (k === 'b') req.unit = 'bytes';
  }
  return req;
}

/** busybox getopt32("i:aqsmtcplu"): the last of -t -c -p -l -u in that order wins, not the last given. */
async function busyboxOpts(ctx: AppletContext): Promise<Request | number> {
  let list: [string, string | undefined][];
  try {
    list = getopt(ctx.argv.slice(1), { short: 'i:aqsmtcplu' }).list;
  } catch (e) {
    if (!(e instanceof OptError)) throw e;
    await ctx.stderr.write(`${ctx.name}: ${e.message}\n${BB_USAGE.ipcs}`);
    return 1;
  }
  const seen = new Set(list.map(([k]) => k));
  const req: Request = { kinds: new Set(), format: 'default', unit: 'bytes' };
  for (const k of 'tcplu') if (seen.has(k)) req.format = FORMATS[k]!;
  for (const [k, v] of list) {
    if (k === 'i') {
      if (!/^-?\d+$/.test(v!)) return bbFail(ctx, `invalid number '${v}'`, 1);
      req.id = Number(v);
    } else if (KINDS[k]) req.kinds.add(KINDS[k]!);
  }
  if (req.id !== undefined && req.kinds.size === 0) {
    await ctx.stderr.write(BB_USAGE.ipcs!);
    return 1;
  }
  if (seen.has('a')) for (const x of Object.values(KINDS)) req.kinds.add(x);
  return req;
}

async function bbFail(ctx: AppletContext, msg: string, status: number): Promise<number> {
  await ctx.stderr.write(`${ctx.name}: ${msg}\n`);
  return status;
}

export default ipcs;
