import { makedev } from '../../../kernel/fs/devices.ts';
import { FsError } from '../../../kernel/fs/errors.ts';
import { errText, q, qa, usageError } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { modeFromString } from './modes.ts';

/** mkfifo [-m MODE] NAME... and mknod [-m MODE] NAME TYPE [MAJOR MINOR]. */
const mknod: Applet = {
  async run(ctx) {
    let p;
    try {
      p = getopt(ctx.argv.slice(1), { short: 'm:Z', long: { mode: { key: 'm', arg: 'required' }, context: { key: 'Z', arg: 'optional' } } });
    } catch (e) {
      return usageError(ctx, e);
    }
    const modeArg = p.list.filter(([k]) => k === 'm').pop()?.[1];
    let mode: number | undefined;
    if (modeArg !== undefined) {
      const m = modeFromString(modeArg, false, 0);
      if (m === null) {
        await ctx.stderr.write(`${ctx.name}: invalid mode\n`);
        return 1;
      }
      mode = m;
      if (mode & ~0o777) {
        await ctx.stderr.write(`${ctx.name}: mode must specify only file permission bits\n`);
        return 1;
      }
    }
    return ctx.name === 'mkfifo' ? fifo(ctx, p.operands, mode) : node(ctx, p.operands, mode);
  },
};
export default mknod;

async function fifo(ctx: AppletContext, names: string[], mode: number | undefined): Promise<number> {
  if (names.length === 0) return usageError(ctx, new OptError('missing operand'));
  let status = 0;
  for (const n of names) {
    try {
      ctx.fs.mknod(n, 'fifo', 0o666);
      if (mode !== undefined) ctx.fs.chmod(n, mode);
    } catch (e) {
      await ctx.stderr.write(`${ctx.name}: cannot create fifo ${qa(n)}: ${errText(e)}\n`);
      status = 1;
    }
  }
  return status;
}

async function node(ctx: AppletContext, ops: string[], mode: number | undefined): Promise<number> {
  if (ops.length === 0) return usageError(ctx, new OptError('missing operand'));
  if (ops.length === 1) return usageError(ctx, new OptError(`missing operand after ${qa(ops[0]!)}`));
  const [name, type] = [ops[0]!, ops[1]!];
  if (!['b', 'c', 'u', 'p'].includes(type)) return usageError(ctx, new OptError(`invalid device type ${qa(type)}`));
  const isFifo = type === 'p';
  const need = isFifo ? 2 : 4;
  if (ops.length < need) {
    await ctx.stderr.write(`${ctx.name}: missing operand after ${qa(ops[ops.length - 1]!)}\n`);
    if (ops.length === 2) await ctx.stderr.write('Special files require major and minor device numbers.\n');
    await ctx.stderr.write(`Try '${ctx.name} --help' for more information.\n`);
    return 1;
  }
  if (ops.length > need) {
    await ctx.stderr.write(`${ctx.name}: extra operand ${qa(ops[need]!)}\n`);
    if (isFifo) await ctx.stderr.write('Fifos do not have major and minor device numbers.\n');
    await ctx.stderr.write(`Try '${ctx.name} --help' for more information.\n`);
    return 1;
  }
  let rdev = 0;
  if (!isFifo) {
    for (const [what, v] of [['major', ops[2]!], ['minor', ops[3]!]] as const) {
      if (!/^\d+$/.test(v)) {
        await ctx.stderr.write(`${ctx.name}: invalid ${what} device number ${qa(v)}\n`);
        return 1;
      }
    }
    rdev = makedev(Number(ops[2]), Number(ops[3]));
  }
  try {
    if (!isFifo && ctx.proc.creds.uid !== 0) throw new FsError('EPERM');
    ctx.fs.mknod(name, isFifo ? 'fifo' : type === 'b' ? 'blk' : 'chr', 0o666, rdev);
    if (mode !== undefined) ctx.fs.chmod(name, mode);
  } catch (e) {
    await ctx.stderr.write(`${ctx.name}: ${q(name)}: ${errText(e)}\n`);
    return 1;
  }
  return 0;
}
