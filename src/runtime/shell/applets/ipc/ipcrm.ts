import { FsError } from '../../../kernel/fs/errors.ts';
import { type IpcKind, ipcLookup, ipcRemove, ipcTable } from '../../../kernel/ipc/objects.ts';
import { getopt, OptError, type ParsedOpts } from '../getopt.ts';
import { errx, UL_VERSION } from '../nsutils/ul-common.ts';
import type { Applet, AppletContext } from '../types.ts';
import { BB_USAGE, IPCRM_HELP } from './ipc-help.ts';

const WORDS: Record<string, IpcKind> = { shm: 'shm', msg: 'msg', sem: 'sem' };
const BY_LETTER: Record<string, IpcKind> = { m: 'shm', q: 'msg', s: 'sem' };
const VERBOSE: Record<IpcKind, string> = { shm: 'shared memory segment', msg: 'message queue', sem: 'semaphore' };
const LONG = {
  'shmem-id': { arg: 'required' as const, key: 'm' }, 'shmem-key': { arg: 'required' as const, key: 'M' },
  'queue-id': { arg: 'required' as const, key: 'q' }, 'queue-key': { arg: 'required' as const, key: 'Q' },
  'semaphore-id': { arg: 'required' as const, key: 's' }, 'semaphore-key': { arg: 'required' as const, key: 'S' },
  all: { arg: 'optional' as const, key: 'a' }, verbose: { key: 'v' }, version: { key: 'V' }, help: { key: 'h' },
};
const TRY = (ctx: AppletContext) => `Try '${ctx.name} --help' for more information.\n`;

/** strtoul(s, 0) as a key_t: hex, octal or decimal, all of the string. */
function parseKey(s: string): number | null {
  const t = s.trim();
  const m = /^[+-]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(t);
  if (!m) return null;
  const body = m[1]!;
  const n = /^0[xX]/.test(body) ? parseInt(body, 16) : body.length > 1 && body[0] === '0' ? parseInt(body, 8) : Number(body);
  return (t.startsWith('-') ? -n : n) | 0;
}

/** ipcrm (util-linux 2.38): removes IPC objects by id or key, all of a kind with -a. */
const ipcrm: Applet = {
  async run(ctx) {
    const args = ctx.argv.slice(1);
    if (args.length === 0) return 0;
    const bb = ctx.flavor === 'busybox';
    if (Object.hasOwn(WORDS, args[0]!)) return legacy(ctx, WORDS[args[0]!]!, args.slice(1), bb);
    let opts: ParsedOpts;
    let bad: OptError | null = null;
    const short = bb ? 'q:m:s:Q:M:S:' : 'q:m:s:Q:M:S:a::vhV';
    try {
      opts = getopt(args, { short, long: bb ? {} : LONG });
    } catch (e) {
      if (!(e instanceof OptError)) throw e;
      bad = e;
      // Options before the bad one have already removed their objects, as getopt_long's loop does.
      let n = args.length - 1;
      for (; n > 0; n--) {
        try {
          getopt(args.slice(0, n), { short, long: bb ? {} : LONG });
          break;
        } catch { /* shorter prefix */ }
      }
      opts = n > 0 ? getopt(args.slice(0, n), { short, long: bb ? {} : LONG }) : { list: [], operands: [] };
    }
    let errors = 0;
    let verbose = false;
    let all: IpcKind | 'all' | null = null;
    const remove = async (kind: IpcKind, id: number, byKey: boolean, shown: string): Promise<void> => {
      if (verbose) await ctx.stdout.write(`removing ${VERBOSE[kind]} id \`${id}'\n`);
      const e = ipcRemove(ctx.proc, kind, id);
      if (!e) return;
      errors++;
      const what = e === 'EINVAL' ? 'invalid' : 'permission denied for';
      await ctx.stderr.write(`${ctx.name}: ${what} ${byKey ? 'key' : 'id'} (${bb ? shown : id})\n`);
    };
    for (const [k, v] of opts.list) {
      if (k === 'h') return (await ctx.stdout.write(IPCRM_HELP), 0);
      if (k === 'V') return (await ctx.stdout.write(`ipcrm from util-linux ${UL_VERSION}\n`), 0);
      if (k === 'v') verbose = true;
      else if (k === 'a') {
        if (v !== undefined && !Object.hasOwn(WORDS, v)) return errx(ctx, `unknown argument: ${v}`);
        all = v === undefined ? 'all' : WORDS[v]!;
      } else if (BY_LETTER[k]) {
        const id = /^[+-]?\d+$/.test(v!.trim()) ? Number(v) : NaN;
        if (Number.isNaN(id) || Math.abs(id) > 2 ** 31) return errx(ctx, bb ? `invalid number '${v}'` : `failed to parse argument: '${v}'`);
        await remove(BY_LETTER[k]!, id, false, v!);
      } else {
        const kind = BY_LETTER[k.toLowerCase()]!;
        const key = parseKey(v!);
        if (key === null) return errx(ctx, bb ? `invalid number '${v}'` : `failed to parse argument: '${v}'`);
        if (key === 0) {
          errors++;
          await ctx.stderr.write(`${ctx.name}: illegal key (${v})\n`);
          continue;
        }
        const o = ipcLookup(ctx.proc, kind, key);
        if (typeof o === 'string') {
          errors++;
          await ctx.stderr.write(`${ctx.name}: ${o === 'EACCES' ? 'permission denied for' : 'invalid'} key (${v})\n`);
          continue;
        }
        await remove(kind, o.id, true, v!);
      }
    }
    if (all) {
      // remove_all walks shared memory, then semaphores, then queues
      for (const kind of ['shm', 'sem', 'msg'] as const) {
        if (all === 'all' || all === kind) for (const o of ipcTable(ctx.proc.ns.ipc).list(kind)) await remove(kind, o.id, false, String(o.id));
      }
    }
    if (bad) {
      if (bb) return (await ctx.stderr.write(`${ctx.name}: ${bad.message}\n${BB_USAGE.ipcrm}`), 1);
      await ctx.stderr.write(`${ctx.name}: ${bad.message}\n${TRY(ctx)}`);
      return 1;
    }
    if (opts.operands.length) {
      if (bb) return (await ctx.stderr.write(BB_USAGE.ipcrm!), 1);
      await ctx.stderr.write(`${ctx.name}: unknown argument: ${opts.operands[0]}\n${TRY(ctx)}`);
      return 1;
    }
    return bb ? errors : errors ? 1 : 0;
  },
};

/** The old syntax `ipcrm shm|msg|sem ID...`. */
async function legacy(ctx: AppletContext, kind: IpcKind, ids: string[], bb: boolean): Promise<number> {
  if (ids.length === 0) {
    if (bb) return (await ctx.stderr.write(BB_USAGE.ipcrm!), 1);
    await ctx.stderr.write(`${ctx.name}: not enough arguments\n${TRY(ctx)}`);
    return 1;
  }
  let errors = 0;
  for (const s of ids) {
    if (!/^\d+$/.test(s) || Number(s) > 2 ** 31 - 1) {
      errors++;
      await ctx.stderr.write(`${ctx.name}: invalid id: ${s}\n`);
      continue;
    }
    const e = ipcRemove(ctx.proc, kind, Number(s));
    if (!e) continue;
    errors++;
    const msg = bb ? `can't remove id ${s}: ${new FsError(e).text}` : `${e === 'EINVAL' ? 'invalid' : 'permission denied for'} id (${s})`;
    await ctx.stderr.write(`${ctx.name}: ${msg}\n`);
  }
  if (errors) return 1;
  await ctx.stdout.write('resource(s) deleted\n');
  return 0;
}

export default ipcrm;
