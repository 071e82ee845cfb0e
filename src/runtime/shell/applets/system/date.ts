import { errText, fail, usageError } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { type Instant, parseDate } from './date-parse.ts';
import { gnuInfo } from './gnu-help.ts';
import { breakDown, strftime } from './timefmt.ts';
import { type Zone, localToEpoch, utcMs, zoneFromEnv } from './timezone.ts';

const ISO: Record<string, string> = { hours: '%Y-%m-%dT%H%:z', minutes: '%Y-%m-%dT%H:%M%:z', date: '%Y-%m-%d', seconds: '%Y-%m-%dT%H:%M:%S%:z', ns: '%Y-%m-%dT%H:%M:%S,%N%:z' };
const RFC3339: Record<string, string> = { date: '%Y-%m-%d', seconds: '%Y-%m-%d %H:%M:%S%:z', ns: '%Y-%m-%d %H:%M:%S.%N%:z' };
const BB_USAGE = `Usage: date [OPTIONS] [+FMT] [[-s] TIME]

Display time (using +FMT), or set time

\t-u\t\tWork in UTC (don't convert to local time)
\t[-s] TIME\tSet time to TIME
\t-d TIME\t\tDisplay TIME, not 'now'
\t-D FMT\t\tFMT (strptime format) for -s/-d TIME conversion
\t-r FILE\t\tDisplay last modification time of FILE
\t-R\t\tOutput RFC-2822 date
\t-I[SPEC]\tOutput ISO-8601 date
\t\t\tSPEC=date (default), hours, minutes, seconds or ns

Recognized TIME formats:
\t@seconds_since_1970
\thh:mm[:ss]
\t[YYYY.]MM.DD-hh:mm[:ss]
\tYYYY-MM-DD hh:mm[:ss]
\t[[[[[YY]YY]MM]DD]hh]mm[.ss]
\t'date TIME' form accepts MMDDhhmm[[YY]YY][.ss] instead
`;

class DateError extends Error {}

/** argmatch: exact or unambiguous prefix of one of `keys`. */
function argmatch(ctx: AppletContext, value: string, keys: string[], option: string): string {
  const hit = keys.includes(value) ? value : keys.filter((k) => k.startsWith(value)).length === 1 && value !== '' ? keys.find((k) => k.startsWith(value))! : undefined;
  if (hit) return hit;
  throw new OptError(`invalid argument '${value}' for '${option}'\nValid arguments are:\n${keys.map((k) => `  - '${k}'`).join('\n')}`);
  void ctx;
}

/** date [-u] [-d STR | -f FILE | -r FILE | -s STR] [+FORMAT | -I[FMT] | -R | --rfc-3339=FMT]. */
const date: Applet = {
  async run(ctx) {
    let opts;
    try {
      opts = getopt(ctx.argv.slice(1), {
        short: 'd:f:I::r:Rs:uD:',
        long: {
          date: { arg: 'required', key: 'd' }, file: { arg: 'required', key: 'f' }, 'iso-8601': { arg: 'optional', key: 'I' },
          reference: { arg: 'required', key: 'r' }, 'rfc-email': { key: 'R' }, 'rfc-822': { key: 'R' }, 'rfc-2822': { key: 'R' },
          'rfc-3339': { arg: 'required' }, set: { arg: 'required', key: 's' }, utc: { key: 'u' }, universal: { key: 'u' }, uct: { key: 'u' }, debug: {},
          ...(ctx.flavor === 'gnu' ? { help: {}, version: {} } : {}),
        },
      });
    } catch (e) {
      if (ctx.flavor === 'busybox' && e instanceof OptError) {
        await fail(ctx, e.message);
        await ctx.stderr.write(`BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\n${BB_USAGE}`);
        return 1;
      }
      return usageError(ctx, e);
    }
    let dateStr: string | undefined;
    let file: string | undefined;
    let ref: string | undefined;
    let setStr: string | undefined;
    let utc = false;
    let format: string | undefined;
    let formats = 0;
    for (const [k] of opts.list) if (k === 'help' || k === 'version') return gnuInfo(ctx, 'date', k);
    try {
      for (const [k, v] of opts.list) {
        if (k === 'd') dateStr = v;
        else if (k === 'f') file = v;
        else if (k === 'r') ref = v;
        else if (k === 's') setStr = v;
        else if (k === 'u') utc = true;
        else if (k === 'R') {
          format = '%a, %d %b %Y %H:%M:%S %z';
          formats++;
        } else if (k === 'I') {
          format = ISO[v === undefined ? 'date' : argmatch(ctx, v, Object.keys(ISO), '--iso-8601')];
          formats++;
        } else if (k === 'rfc-3339') {
          format = RFC3339[argmatch(ctx, v!, Object.keys(RFC3339), '--rfc-3339')];
          formats++;
        }
      }
    } catch (e) {
      return usageError(ctx, e);
    }
    const given = [dateStr, file, ref].filter((x) => x !== undefined).length;
    if (given > 1) return usageError(ctx, new OptError('the options to specify dates for printing are mutually exclusive'));
    if (given > 0 && setStr !== undefined) return usageError(ctx, new OptError('the options to print and set the time may not be used together'));
    const ops = opts.operands;
    if (ops.length > 1) return usageError(ctx, new OptError(`extra operand '${ops[1]}'`));
    let posixSet: string | undefined;
    if (ops.length === 1) {
      if (ops[0]!.startsWith('+')) {
        formats++;
        format = ops[0]!.slice(1);
      } else if (setStr !== undefined || given > 0) {
        const msg = `the argument '${ops[0]}' lacks a leading '+';\nwhen using an option to specify date(s), any non-option\nargument must be a format string beginning with '+'`;
        return usageError(ctx, new OptError(msg));
      }
      else posixSet = ops[0];
    }
    if (formats > 1) {
      await fail(ctx, 'multiple output formats specified');
      return 1;
    }
    const zone: Zone = utc ? { std: { abbr: 'UTC', offset: 0 } } : zoneFromEnv(ctx.env.get('TZ'));
    const fmt = format ?? '%a %b %e %H:%M:%S %Z %Y';
    const show = (t: Instant) => ctx.stdout.write(`${strftime(fmt, breakDown(t.sec * 1000, zone, t.nsec))}\n`);
    const nowMs = ctx.kernel.clock.now;
    try {
      if (file !== undefined) return await fromFile(ctx, file, nowMs, zone, show);
      let when: Instant;
      if (ref !== undefined) {
        const mtime = statMtime(ref, ctx);
        when = { sec: Math.floor(mtime / 1000), nsec: Math.round((mtime % 1000) * 1e6) };
      } else if (dateStr !== undefined || setStr !== undefined) {
        const text = (dateStr ?? setStr)!;
        const t = parseDate(text, nowMs, zone);
        if (!t) throw new DateError(`invalid date '${text}'`);
        when = t;
      } else if (posixSet !== undefined) {
        const t = posixTime(posixSet, nowMs, zone);
        if (!t) throw new DateError(`invalid date '${posixSet}'`);
        when = t;
      } else when = { sec: Math.floor(nowMs / 1000), nsec: Math.round((nowMs % 1000) * 1e6) };
      let status = 0;
      if (setStr !== undefined || posixSet !== undefined) status = await setClock(ctx, when);
      await show(when);
      return status;
    } catch (e) {
      if (!(e instanceof DateError)) throw e;
      await fail(ctx, e.message);
      return 1;
    }
  },
};
export default date;

function statMtime(path: string, ctx: AppletContext): number {
  try {
    return ctx.fs.stat(path).mtime;
  } catch (e) {
    throw new DateError(`${path}: ${errText(e)}`);
  }
}

async function fromFile(ctx: AppletContext, file: string, nowMs: number, zone: Zone, show: (t: Instant) => Promise<void>): Promise<number> {
  let text: string;
  try {
    text = file === '-' ? await ctx.stdin.readAll() : ctx.fs.readFile(file);
  } catch (e) {
    throw new DateError(`${file}: ${errText(e)}`);
  }
  let status = 0;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    const t = parseDate(line, nowMs, zone);
    if (t) await show(t);
    else {
      await fail(ctx, `invalid date '${line}'`);
      status = 1;
    }
    await ctx.tick();
  }
  return status;
}

/** The virtual clock only moves forward: setting it back keeps the current time. */
async function setClock(ctx: AppletContext, when: Instant): Promise<number> {
  if (ctx.proc.creds.uid !== 0) {
    await fail(ctx, 'cannot set date: Operation not permitted');
    return 1;
  }
  const target = when.sec * 1000 + when.nsec / 1e6;
  if (target > ctx.kernel.clock.now) ctx.kernel.clock.advance(target - ctx.kernel.clock.now);
  return 0;
}

/** `date MMDDhhmm[[CC]YY][.ss]`. */
function posixTime(s: string, nowMs: number, zone: Zone): Instant | null {
  const m = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2}|\d{4})?(?:\.(\d{2}))?$/.exec(s);
  if (!m) return null;
  const now = breakDown(nowMs, zone);
  const year = m[5] === undefined ? now.year : m[5].length === 4 ? Number(m[5]) : Number(m[5]) < 69 ? 2000 + Number(m[5]) : 1900 + Number(m[5]);
  const [mon, d, h, mi, sec] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[6] ?? 0)];
  if (mon < 1 || mon > 12 || d < 1 || d > new Date(utcMs(year, mon, 0)).getUTCDate() || h > 23 || mi > 59 || sec > 60) return null;
  return { sec: localToEpoch(zone, year, mon - 1, d, h, mi, sec), nsec: 0 };
}
