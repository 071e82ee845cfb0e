import { errText, fail } from '../errors.ts';
import { getopt } from '../getopt.ts';
import type { AppletContext } from '../types.ts';
import { busyboxOptError } from './busybox-usage.ts';
import { statPath } from './stat-path.ts';

/**
 * busybox du [-aHLdclsxhmk] [FILE]...: a plain recursive readdir walk. Sizes are kept in
 * 512-byte blocks (bytes with -b) and printed in KiB rounded to nearest; anything with
 * several links (directories included) is counted once unless -l.
 */
export async function duBusybox(ctx: AppletContext): Promise<number> {
  let p;
  try {
    p = getopt(ctx.argv.slice(1), { short: 'aHLd:clsxhmkb' });
  } catch (e) {
    return busyboxOptError(ctx, e);
  }
  let unit = ctx.env.has('POSIXLY_CORRECT') ? 512 : 1024;
  let maxDepth = Infinity;
  let derefDepth = 0;
  const f = new Set<string>();
  for (const [k, v] of p.list) {
    f.add(k);
    if (k === 'h') unit = 0;
    else if (k === 'k') unit = 1024;
    else if (k === 'm') unit = 1024 * 1024;
    else if (k === 'b') unit = 1;
    else if (k === 's') maxDepth = 0;
    else if (k === 'd') {
      if (!/^\d+$/.test(v!)) {
        await fail(ctx, `invalid number '${v}'`);
        return 1;
      }
      maxDepth = Number(v);
    } else if (k === 'L') derefDepth = Infinity;
    else if (k === 'H') derefDepth = 1;
  }
  const bytes = f.has('b');
  const seen = new Set<string>();
  let status = 0;
  let rootDev = 0;
  const print = (size: number, name: string) => ctx.stdout.write(`${bbHuman(size, bytes ? 1 : 512, unit)}\t${name}\n`);
  const walk = async (path: string, depth: number): Promise<number> => {
    await ctx.tick();
    let ps;
    try {
      ps = statPath(ctx.fs, path, derefDepth > depth);
    } catch (e) {
      await fail(ctx, `${path}: ${errText(e)}`);
      status = 1;
      return 0;
    }
    const st = ps.st;
    if (f.has('x')) {
      if (depth === 0) rootDev = st.dev;
      else if (st.dev !== rootDev) return 0;
    }
    let sum = bytes ? st.size : ps.blocks;
    if (!f.has('l') && st.nlink > 1) {
      const key = `${st.dev}:${st.ino}`;
      if (seen.has(key)) return 0;
      seen.add(key);
    }
    if (st.type === 'dir') {
      let names: string[] = [];
      try {
        names = ctx.fs.readdir(path);
      } catch (e) {
        await fail(ctx, `${path}: ${errText(e)}`);
        status = 1;
        return sum;
      }
      for (const n of names) sum += await walk(path.endsWith('/') ? path + n : `${path}/${n}`, depth + 1);
    } else if (!f.has('a') && depth !== 0) return sum;
    if (depth <= maxDepth) await print(sum, path);
    return sum;
  };
  let total = 0;
  for (const file of p.operands.length ? p.operands : ['.']) total += await walk(file, 0);
  if (f.has('c')) await print(total, 'total');
  return status;
}

/** make_human_readable_str(val, blockSize, unit): unit 0 autoscales with one decimal. */
export function bbHuman(val: number, blockSize: number, unit: number): string {
  if (val === 0) return '0';
  // coreutils rounds fixed units up; busybox adds most of a unit before rounding to nearest
  if (unit > 1 && blockSize === 512) val += Math.floor((unit - 1) / 1024);
  let v = blockSize > 1 ? val * blockSize : val;
  if (unit) return String(Math.floor((v + Math.floor(unit / 2)) / unit));
  const units = ['', 'K', 'M', 'G', 'T', 'P', 'E'];
  let u = 0;
  let frac = 0;
  while (v >= 1024) {
    frac = Math.floor(((v % 1024) * 10 + 512) / 1024);
    v = Math.floor(v / 1024);
    u++;
  }
  if (frac >= 10) {
    v++;
    frac = 0;
  }
  return u === 0 ? String(v) : `${v}.${frac}${units[u]}`;
}
