import { getopt } from '../getopt.ts';
import type { AppletContext } from '../types.ts';
import { busyboxOptError, busyboxUsage } from './busybox-usage.ts';
import { bbHuman } from './du-busybox.ts';
import { type MountEntry, mountEntries, statOrNull } from './df-mounts.ts';
import { fsUsage } from './fs-usage.ts';

/**
 * busybox df [-PkmhTai] [-B SIZE] [-t TYPE] [FILESYSTEM]...: every /proc/mounts line (no
 * de-duplication), fixed-width columns, Use% rounded to nearest, a long device name pushes
 * the numbers to the next line unless -P.
 */
export async function dfBusybox(ctx: AppletContext): Promise<number> {
  let p;
  try {
    p = getopt(ctx.argv.slice(1), { short: 'PkmhTaiB:t:' });
  } catch (e) {
    return busyboxOptError(ctx, e);
  }
  const f = new Set(p.list.map(([k]) => k));
  let unit = ctx.env.has('POSIXLY_CORRECT') ? 512 : 1024;
  let type: string | undefined;
  let hdr: string | null = null;
  for (const [k, v] of p.list) {
    if (k === 'k') unit = 1024;
    else if (k === 'm') unit = 1024 * 1024;
    else if (k === 'h') [unit, hdr] = [0, '     Size'];
    else if (k === 't') type = v;
    else if (k === 'B') {
      const m = /^(\d*)([kKmMgG]?)$/.exec(v!);
      if (!m || v === '') return busyboxUsage(ctx, `invalid number '${v}'`);
      unit = Number(m[1] || 1) * 1024 ** ' kmg'.indexOf(m[2]!.toLowerCase() || ' ');
    }
  }
  if (f.has('i')) hdr = '   Inodes';
  hdr ??= `${f.has('P') ? String(unit) : bbHuman(unit, 0, 0).replace('.0', '')}-blocks`;
  let out = `Filesystem           ${f.has('T') ? 'Type       ' : ''}${hdr.padEnd(15)}Used Available ${f.has('P') ? 'Capacity' : 'Use%'} Mounted on\n`;
  await ctx.stdout.write(out);
  let status = 0;
  const entries = mountEntries(ctx.fs);
  const rows: MountEntry[] = [];
  if (p.operands.length === 0) rows.push(...entries);
  for (const name of p.operands) {
    const st = statOrNull(ctx.fs, name);
    const me = st ? entries.find((e) => name === e.dir || name === e.devname || statOrNull(ctx.fs, e.dir)?.dev === st.dev) : undefined;
    if (!me) {
      await ctx.stderr.write(`${ctx.name}: ${name}: can't find mount point\n`);
      status = 1;
      continue;
    }
    rows.push(me);
  }
  for (const me of rows) {
    if (type !== undefined && me.type !== type) continue;
    const u = fsUsage(ctx.fs.mountOf(me.dir));
    let [blocks, bfree, bavail, frsize] = [u.blocks, u.bfree, u.bavail, u.frsize];
    if (!(blocks > 0 || p.operands.length > 0 || f.has('a'))) continue;
    let disp = unit;
    if (f.has('i')) {
      [blocks, bfree, bavail, frsize] = [u.files, u.ffree, u.ffree, 1];
      if (disp) disp = 1;
    }
    const used = blocks - bfree;
    const pct = used + bavail ? Math.floor((used * 100 + Math.floor((used + bavail) / 2)) / (used + bavail)) : 0;
    out = me.devname.padEnd(20);
    if (me.devname.length > 20 && !f.has('P')) out += `\n${' '.repeat(20)}`;
    if (f.has('T')) {
      const t = ` ${me.type.padEnd(10)}`;
      out += t;
      if (t.length > 11 && !f.has('P')) out += `\n${' '.repeat(30)}`;
    }
    const num = (n: number) => bbHuman(n, frsize, disp).padStart(9);
    out += ` ${num(blocks)} ${num(used)} ${num(bavail)} ${String(pct).padStart(3)}% ${me.dir}\n`;
    await ctx.stdout.write(out);
  }
  return status;
}
