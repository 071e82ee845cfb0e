import { errText, fail } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { dfBusybox } from './df-busybox.ts';
import { ALL_FIELDS, type Column, type Field, FIELD, formatTable, type RowInput, rowCells } from './df-fields.ts';
import { dedupe, type MountEntry, mountEntries, statOrNull } from './df-mounts.ts';
import { type FsUsage, fsUsage } from './fs-usage.ts';
import { envBlockSize, H, humanReadable, parseBlockSize } from './human.ts';
import { quote, quotef } from './quote.ts';

const LONG = {
  all: { key: 'a' }, 'block-size': { arg: 'required', key: 'B' }, inodes: { key: 'i' }, 'human-readable': { key: 'h' }, si: { key: 'H' },
  local: { key: 'l' }, 'no-sync': {}, output: { arg: 'optional' }, portability: { key: 'P' }, sync: {}, total: {},
  type: { arg: 'required', key: 't' }, 'print-type': { key: 'T' }, 'exclude-type': { arg: 'required', key: 'x' }, help: {}, version: {},
} as const;

/** df [-ahHiklmPTv] [-B SIZE] [-t TYPE] [-x TYPE] [--output[=FIELDS]] [--total] [FILE]... */
const df: Applet = {
  async run(ctx) {
    if (ctx.flavor === 'busybox') return dfBusybox(ctx);
    const tryHelp = async (msg: string) => {
      await fail(ctx, msg);
      await ctx.stderr.write(`Try '${ctx.name} --help' for more information.\n`);
      return 1;
    };
    let p;
    try {
      p = getopt(ctx.argv.slice(1), { short: 'aB:iF:hHklmPTt:vx:', long: LONG });
    } catch (e) {
      if (!(e instanceof OptError)) throw e;
      return tryHelp(e.message);
    }
    let all = false;
    let human: number | null = null;
    let blockSize = 1024;
    let mode: 'default' | 'inodes' | 'output' = 'default';
    let posix = false;
    let printType = false;
    let total = false;
    const select: string[] = [];
    const exclude: string[] = [];
    let cols: Column[] = [];
    for (const [k, v] of p.list) {
      switch (k) {
        case 'a': all = true; break;
        case 'B': {
          const b = parseBlockSize(v!);
          if (!b) {
            const long = ctx.argv.some((a) => a.startsWith('--b'));
            await fail(ctx, `invalid ${long ? '--block-size' : '-B'} argument ${quote(v!)}`);
            return 1;
          }
          [human, blockSize] = [b.opts, b.size];
          break;
        }
        case 'i':
          if (mode === 'output') return tryHelp('options -i and --output are mutually exclusive');
          mode = 'inodes';
          break;
        case 'h': [human, blockSize] = [H.autoscale | H.SI | H.base1024, 1]; break;
        case 'H': [human, blockSize] = [H.autoscale | H.SI, 1]; break;
        case 'k': [human, blockSize] = [0, 1024]; break;
        case 'm': [human, blockSize] = [0, 1024 * 1024]; break;
        case 'P':
          if (mode === 'output') return tryHelp('options -P and --output are mutually exclusive');
          posix = true;
          break;
        case 'T':
          if (mode === 'output') return tryHelp('options -T and --output are mutually exclusive');
          printType = true;
          break;
        case 't': case 'F': select.push(v!); break;
        case 'x': exclude.push(v!); break;
        case 'total': total = true; break;
        case 'output': {
          if (mode === 'inodes') return tryHelp('options -i and --output are mutually exclusive');
          if (posix) return tryHelp('options -P and --output are mutually exclusive');
          if (printType) return tryHelp('options -T and --output are mutually exclusive');
          mode = 'output';
          if (v !== undefined) {
            for (const name of v.split(',')) {
              if (!(ALL_FIELDS as string[]).includes(name)) return tryHelp(`option --output: field ${quote(name)} unknown`);
              if (cols.some((c) => c.field === name)) return tryHelp(`option --output: field ${quote(name)} used more than once`);
              cols.push(outputColumn(name as Field));
            }
          }
          break;
        }
      }
    }
    for (const t of select) {
      if (exclude.includes(t)) {
        await fail(ctx, `file system type ${quote(t)} both selected and excluded`);
        return 1;
      }
    }
    if (human === null) {
      if (posix) [human, blockSize] = [0, ctx.env.has('POSIXLY_CORRECT') ? 512 : 1024];
      else {
        const b = envBlockSize(ctx.env, 'DF_BLOCK_SIZE');
        [human, blockSize] = [b.opts, b.size];
      }
    }
    const hmode = mode !== 'default' ? mode : human & H.autoscale ? 'human' : posix ? 'posix' : 'default';
    if (hmode === 'output' && cols.length === 0) cols = ALL_FIELDS.map(outputColumn);
    else if (hmode !== 'output') cols = defaultColumns(hmode, printType);
    const sizeCaption = `${hmode === 'posix' ? String(blockSize) : blocksHeader(blockSize, human)}-blocks`;
    const blocksCaption = hmode === 'default' || hmode === 'posix' || (hmode === 'output' && !(human & H.autoscale));
    const header = cols.map((c) => (c.field === 'size' && blocksCaption ? sizeCaption : c.caption));

    let status = 0;
    const files: string[] = [];
    for (const f of p.operands) {
      if (statOrNull(ctx.fs, f)) files.push(f);
      else {
        try {
          ctx.fs.stat(f);
        } catch (e) {
          await fail(ctx, `${quotef(f)}: ${errText(e)}`);
        }
        status = 1;
      }
    }
    const typeOk = (t: string) => (select.length === 0 || select.includes(t)) && !exclude.includes(t);
    const rows: RowInput[] = [];
    const entries = mountEntries(ctx.fs);
    const add = (me: MountEntry, file: string | null) => {
      if (!typeOk(me.type)) return;
      if (file === null && me.dummy && !all) return;
      let usage: FsUsage;
      try {
        usage = fsUsage(ctx.fs.mountOf(file ?? me.dir));
      } catch {
        return;
      }
      if (usage.blocks === 0 && !all && file === null) return;
      rows.push({ source: me.devname, fstype: me.type, file: file ?? '-', target: me.dir, usage });
    };
    if (p.operands.length > 0) {
      for (const f of files) {
        const me = pointEntry(ctx, entries, f);
        if (me) add(me, f);
      }
    } else {
      const list = all ? entries : dedupe(ctx.fs, entries, (me) => !me.dummy && typeOk(me.type));
      for (const me of list) add(me, null);
    }
    if (rows.length === 0) {
      if (status === 0) {
        await fail(ctx, 'no file systems processed');
        return 1;
      }
      return status;
    }
    const cells = rows.map((r) => rowCells(cols, r, human!, blockSize));
    if (total) {
      const sum: FsUsage = { bsize: 1, frsize: 1, blocks: 0, bfree: 0, bavail: 0, files: 0, ffree: 0, namelen: 0, magic: 0, fsid: '' };
      for (const { usage: u } of rows) {
        sum.blocks += u.blocks * u.frsize;
        sum.bfree += u.bfree * u.frsize;
        sum.bavail += u.bavail * u.frsize;
        sum.files += u.files;
        sum.ffree += u.ffree;
      }
      const hasSource = cols.some((c) => c.field === 'source');
      cells.push(rowCells(cols, { source: 'total', fstype: '-', file: '-', target: hasSource ? '-' : 'total', usage: sum }, human, blockSize));
    }
    await ctx.stdout.write(formatTable(cols, [header, ...cells]));
    return status;
  },
};
export default df;

function outputColumn(field: Field): Column {
  return { field, caption: field === 'size' ? 'Size' : field === 'avail' ? 'Avail' : FIELD[field].caption };
}

function defaultColumns(mode: 'default' | 'human' | 'posix' | 'inodes', printType: boolean): Column[] {
  const c = (field: Field, caption = FIELD[field].caption): Column => ({ field, caption });
  const head = [c('source'), ...(printType ? [c('fstype')] : [])];
  if (mode === 'inodes') return [...head, c('itotal'), c('iused'), c('iavail'), c('ipcent'), c('target')];
  if (mode === 'human') return [...head, c('size', 'Size'), c('used'), c('avail', 'Avail'), c('pcent'), c('target')];
  return [...head, c('size'), c('used'), c('avail'), c('pcent', mode === 'posix' ? 'Capacity' : 'Use%'), c('target')];
}

/** The "1K" of "1K-blocks": the base that states the block size exactly wins. */
function blocksHeader(size: number, human: number): string {
  let opts = H.suppressPointZero | H.autoscale | H.SI | (human & (H.groupDigits | H.base1024 | H.B));
  let q1000 = size;
  let q1024 = size;
  let d1000: boolean;
  let d1024: boolean;
  do {
    d1000 = q1000 % 1000 === 0;
    q1000 = Math.floor(q1000 / 1000);
    d1024 = q1024 % 1024 === 0;
    q1024 = Math.floor(q1024 / 1024);
  } while (d1000 && d1024);
  if (d1000 < d1024) opts |= H.base1024;
  if (d1024 < d1000) opts &= ~H.base1024;
  if (!(opts & H.base1024)) opts |= H.B;
  return humanReadable(size, opts, 1, 1);
}

/** get_point: the mount whose directory is the longest prefix of FILE's real name, on FILE's device. */
function pointEntry(ctx: AppletContext, entries: MountEntry[], file: string): MountEntry | null {
  let resolved: string;
  try {
    resolved = ctx.fs.realpath(file);
  } catch {
    return null;
  }
  const dev = ctx.fs.stat(file).dev;
  let best: MountEntry | null = null;
  let bestLen = 0;
  for (const me of entries) {
    if (best && !best.dummy && me.dummy) continue;
    const len = me.dir.length;
    if (bestLen <= len && len <= resolved.length && (len === 1 || ((len === resolved.length || resolved[len] === '/') && resolved.startsWith(me.dir)))) {
      best = me;
      bestLen = len;
    }
  }
  if (best && statOrNull(ctx.fs, best.dir)?.dev === dev) return best;
  best = null;
  for (const me of entries) {
    if (me.dev === dev && (!best || best.dummy || !me.dummy) && statOrNull(ctx.fs, me.dir)?.dev === dev) best = me;
  }
  return best;
}
