import { errText, qa, usageError } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { ArgmatchError, argmatch } from './backup.ts';
import { parseDate } from './date-parse.ts';
import { errCode } from './paths.ts';

/** touch [-acfhm] [-d DATE | -t STAMP | -r FILE] FILE... */
const touch: Applet = {
  async run(ctx) {
    let p;
    let which = { a: false, m: false };
    let noCreate = false;
    let noDeref = false;
    let when: { a: number; m: number } | undefined;
    let dateArg: string | undefined;
    let ref: string | undefined;
    try {
      p = getopt(ctx.argv.slice(1), {
        short: 'acd:fhmr:t:',
        long: {
          'no-create': { key: 'c' }, date: { key: 'd', arg: 'required' }, 'no-dereference': { key: 'h' },
          reference: { key: 'r', arg: 'required' }, time: { arg: 'required' },
        },
      });
      for (const [k, v] of p.list) {
        if (k === 'a') which.a = true;
        else if (k === 'm') which.m = true;
        else if (k === 'c') noCreate = true;
        else if (k === 'h') noDeref = true;
        else if (k === 'd') dateArg = v;
        else if (k === 'r') ref = v;
        else if (k === 't') {
          const t = parseStamp(v!, ctx.kernel.clock.now);
          if (t === null) return invalid(ctx, v!);
          when = { a: t, m: t };
        } else if (k === 'time') {
          const w = argmatch(v!, [['atime', 'a'], ['access', 'a'], ['use', 'a'], ['mtime', 'm'], ['modify', 'm']], '--time');
          which = { ...which, [w]: true };
        }
      }
    } catch (e) {
      if (e instanceof ArgmatchError) return usageError(ctx, new OptError(e.message));
      return usageError(ctx, e);
    }
    if (when && (dateArg !== undefined || ref !== undefined)) return usageError(ctx, new OptError('cannot specify times from more than one source'));
    if (ref !== undefined) {
      try {
        const st = noDeref ? ctx.fs.lstat(ref) : ctx.fs.stat(ref);
        when = { a: st.atime, m: st.mtime };
      } catch (e) {
        await ctx.stderr.write(`${ctx.name}: failed to get attributes of ${qa(ref)}: ${errText(e)}\n`);
        return 1;
      }
    }
    if (dateArg !== undefined) {
      const base = when?.m ?? ctx.kernel.clock.now;
      const t = parseDate(dateArg, base);
      if (t === null) return invalid(ctx, dateArg);
      when = { a: t, m: t };
    }
    if (p.operands.length === 0) return usageError(ctx, new OptError('missing file operand'));
    if (!which.a && !which.m) which = { a: true, m: true };
    let status = 0;
    for (const file of p.operands) {
      const now = ctx.kernel.clock.now;
      const t = when ?? { a: now, m: now };
      if (!(await touchOne(ctx, file, which.a ? t.a : undefined, which.m ? t.m : undefined, noCreate, noDeref))) status = 1;
    }
    return status;
  },
};
export default touch;

async function invalid(ctx: AppletContext, v: string): Promise<number> {
  await ctx.stderr.write(`${ctx.name}: invalid date format ${qa(v)}\n`);
  return 1;
}

async function touchOne(ctx: AppletContext, file: string, atime: number | undefined, mtime: number | undefined, noCreate: boolean, noDeref: boolean): Promise<boolean> {
  let openErr: unknown;
  if (!noCreate && !noDeref && !file.endsWith('/')) {
    try {
      if (!ctx.fs.exists(file)) ctx.fs.writeFile(file, '', { noTrunc: true });
    } catch (e) {
      if (errCode(e) !== 'EISDIR') openErr = e;
    }
  }
  try {
    ctx.fs.utimes(file, atime, mtime, !noDeref);
    return true;
  } catch (e) {
    // busybox reports either failure as perror(FILE).
    if (ctx.flavor === 'busybox' && (openErr || !(noCreate && errCode(e) === 'ENOENT'))) {
      await ctx.stderr.write(`touch: ${file}: ${errText(openErr ?? e)}\n`);
      return false;
    }
    if (openErr) {
      await ctx.stderr.write(`${ctx.name}: cannot touch ${qa(file)}: ${errText(openErr)}\n`);
      return false;
    }
    if (noCreate && errCode(e) === 'ENOENT') return true;
    await ctx.stderr.write(`${ctx.name}: setting times of ${qa(file)}: ${errText(e)}\n`);
    return false;
  }
}

/** touch -t [[CC]YY]MMDDhhmm[.ss] (posixtime). */
export function parseStamp(s: string, now: number): number | null {
  const m = /^(\d{8}|\d{10}|\d{12})(?:\.(\d{2}))?$/.exec(s);
  if (!m) return null;
  const d = m[1]!;
  let year: number;
  let rest: string;
  if (d.length === 12) (year = Number(d.slice(0, 4))), (rest = d.slice(4));
  else if (d.length === 10) {
    const yy = Number(d.slice(0, 2));
    year = yy < 69 ? 2000 + yy : 1900 + yy;
    rest = d.slice(2);
  } else (year = new Date(now).getUTCFullYear()), (rest = d);
  const [mo, day, hh, mm] = [0, 2, 4, 6].map((i) => Number(rest.slice(i, i + 2)));
  const ss = m[2] ? Number(m[2]) : 0;
  if (mo! < 1 || mo! > 12 || day! < 1 || day! > new Date(Date.UTC(year, mo!, 0)).getUTCDate() || hh! > 23 || mm! > 59 || ss > 60) return null;
  return Date.UTC(year, mo! - 1, day!, hh!, mm!, ss);
}
