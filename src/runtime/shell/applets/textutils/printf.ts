import { busyboxHelp } from './bb-usage.ts';
import { gnuInfo } from './gnu-info.ts';
import { busyboxUsage } from '../text/usage.ts';
import type { Applet, AppletContext } from '../types.ts';
import { formatOne } from './cfloat.ts';
import { ArgReader, shellQuote } from './printf-args.ts';

const SPEC = /%([-+ #0'I]*)(\*|\d+)?(?:\.(\*|\d*))?([hlLjtz]*)(.?)/y;

/** printf FORMAT [ARG...] as the coreutils program (the shell builtin is the interpreter's). */
const printf: Applet = {
  async run(ctx) {
    if (await busyboxHelp(ctx)) return 0;
    const bb = ctx.flavor === 'busybox';
    const who = bb ? 'printf' : ctx.argv[0]!;
    if (!bb && ctx.argv.length === 2 && (await gnuInfo(ctx, ctx.argv.slice(1)))) return 0;
    let args = ctx.argv.slice(1);
    if (args[0] === '--') args = args.slice(1);
    if (args.length === 0) {
      if (bb) {
        await busyboxUsage(ctx);
        return 1;
      }
      await ctx.stderr.write(`${who}: missing operand\nTry '${who} --help' for more information.\n`);
      return 1;
    }
    const utf8 = /utf-?8/i.test(ctx.env.get('LC_ALL') || ctx.env.get('LC_CTYPE') || ctx.env.get('LANG') || '');
    const r = format(args[0]!, args.slice(1), bb, utf8);
    await ctx.stdout.write(r.out);
    for (const e of r.errors) await ctx.stderr.write(`${who}: ${e}\n`);
    if (r.fatal) {
      await ctx.stderr.write(`${who}: ${r.fatal}\n`);
      return 1;
    }
    if (r.excess !== undefined && !bb) await ctx.stderr.write(`${who}: warning: ignoring excess arguments, starting with '${r.excess}'\n`);
    return r.errors.length ? 1 : 0;
  },
};
export default printf;

interface Result {
  out: string;
  errors: string[];
  fatal?: string;
  excess?: string;
}

function format(fmt: string, args: string[], bb: boolean, utf8: boolean): Result {
  const rd = new ArgReader(bb);
  let out = '';
  let ai = 0;
  const next = () => (ai < args.length ? args[ai++] : undefined);
  const done = (extra: Partial<Result> = {}): Result => ({ out, errors: rd.errors, ...extra });
  for (;;) {
    const start = ai;
    for (let i = 0; i < fmt.length; ) {
      const c = fmt[i]!;
      if (c === '\\') {
        const e = escape(fmt, i, false, utf8);
        if (e.stop) return done();
        if (e.error) return done({ fatal: e.error });
        out += e.text;
        i = e.end;
        continue;
      }
      if (c !== '%') {
        out += c;
        i++;
        continue;
      }
      if (fmt[i + 1] === '%') {
        out += '%';
        i += 2;
        continue;
      }
      SPEC.lastIndex = i;
      const m = SPEC.exec(fmt)!;
      const [whole, flags = '', w, p, mods = '', conv = ''] = m;
      // coreutils accepts %q only bare: any flag, width, precision or length is rejected.
      const bareQ = conv !== 'q' || whole === '%q';
      if (!conv || !'diouxXfFeEgGaAcsbq'.includes(conv) || (bb && 'aAq'.includes(conv)) || (!bb && !bareQ)) {
        if (bb) return done({ fatal: `%${whole.slice(1, whole.length - mods.length - conv.length)}${fmt.slice(i + whole.length - conv.length)}: invalid format` });
        return done({ fatal: `${whole}: invalid conversion specification` });
      }
      i += whole.length;
      const star = (what: string): number | string => {
        const a = next() ?? '';
        const v = rd.int(a, false);
        return v > 2147483647n || v < -2147483648n ? `invalid ${what}: '${a}'` : Number(v);
      };
      const wv = w === '*' ? star('field width') : w ? Number(w) : undefined;
      if (typeof wv === 'string') return done({ fatal: wv });
      let width = wv;
      let left = flags.includes('-');
      if (width !== undefined && width < 0) {
        left = true;
        width = -width;
      }
      const pv = p === undefined ? undefined : p === '*' ? star('precision') : Number(p || '0');
      if (typeof pv === 'string') return done({ fatal: pv });
      let prec = pv;
      if (prec !== undefined && prec < 0) prec = undefined;
      const arg = next();
      const fl = left && !flags.includes('-') ? `${flags}-` : flags;
      const piece = convert(conv, arg, fl, width, prec, rd, utf8);
      if (piece.fatal) return done({ fatal: piece.fatal });
      if (piece.stop) {
        out += piece.text;
        return done();
      }
      out += piece.text;
    }
    if (ai >= args.length) break;
    if (ai === start) return done({ excess: args[ai] });
  }
  return done();
}

function pad(s: string, width: number | undefined, flags: string, zeroOk: boolean): string {
  if (width === undefined || s.length >= width) return s;
  if (flags.includes('-')) return s.padEnd(width);
  if (zeroOk && flags.includes('0')) {
    const sign = /^[-+ ]/.test(s) ? s[0]! : '';
    const pre = /^[-+ ]?0[xX]/.test(s) ? s.slice(sign.length, sign.length + 2) : '';
    return sign + pre + s.slice(sign.length + pre.length).padStart(width - sign.length - pre.length, '0');
  }
  return s.padStart(width);
}

function convert(conv: string, arg: string | undefined, flags: string, width: number | undefined, prec: number | undefined, rd: ArgReader, utf8: boolean): { text: string; stop?: boolean; fatal?: string } {
  const a = arg ?? '';
  switch (conv) {
    case 's':
      return { text: pad(prec === undefined ? a : a.slice(0, prec), width, flags, false) };
    case 'q':
      return { text: pad(shellQuote(a), width, flags, false) };
    case 'c':
      return { text: pad(a === '' ? (arg === undefined ? '' : '\0') : a[0]!, width, flags, false) };
    case 'b': {
      let s = '';
      for (let i = 0; i < a.length; ) {
        if (a[i] !== '\\') {
          s += a[i++];
          continue;
        }
        const e = escape(a, i, true, utf8);
        if (e.stop) return { text: pad(prec === undefined ? s : s.slice(0, prec), width, flags, false), stop: true };
        if (e.error) return { text: '', fatal: e.error };
        s += e.text;
        i = e.end;
      }
      return { text: pad(prec === undefined ? s : s.slice(0, prec), width, flags, false) };
    }
    case 'd':
    case 'i': {
      const v = arg === undefined ? 0n : rd.int(a, false);
      let s = (v < 0n ? -v : v).toString();
      if (prec !== undefined) s = prec === 0 && v === 0n ? '' : s.padStart(prec, '0');
      const sign = v < 0n ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
      return { text: pad(sign + s, width, flags, prec === undefined) };
    }
    case 'o':
    case 'u':
    case 'x':
    case 'X': {
      const v = arg === undefined ? 0n : rd.int(a, true);
      let s = v.toString(conv === 'o' ? 8 : conv === 'u' ? 10 : 16);
      if (conv === 'X') s = s.toUpperCase();
      if (prec !== undefined) s = prec === 0 && v === 0n ? '' : s.padStart(prec, '0');
      if (flags.includes('#')) {
        if (conv === 'o' && !s.startsWith('0')) s = `0${s}`;
        else if (v !== 0n && (conv === 'x' || conv === 'X')) s = `0${conv}${s}`;
      }
      return { text: pad(s, width, flags, prec === undefined) };
    }
    default: {
      const v = arg === undefined ? 0 : rd.float(a);
      return { text: formatOne(v, flags, width, prec, conv) };
    }
  }
}

/** One backslash escape at `i`: printf's format escapes, or %b's (where `\0NNN` is octal). */
function escape(s: string, i: number, forB: boolean, utf8: boolean): { text: string; end: number; stop?: boolean; error?: string } {
  const c = s[i + 1];
  if (c === undefined) return { text: '\\', end: i + 1 };
  const simple: Record<string, string> = { '"': '"', '\\': '\\', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
  if (c === 'c') return { text: '', end: i + 2, stop: true };
  if (simple[c] !== undefined) return { text: simple[c]!, end: i + 2 };
  if (c === "'" && !forB) return { text: "'", end: i + 2 };
  if (c === 'x') {
    const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 2));
    if (!m) return { text: '', end: i + 2, error: 'missing hexadecimal number in escape' };
    return { text: String.fromCharCode(parseInt(m[0], 16)), end: i + 2 + m[0].length };
  }
  if (/[0-7]/.test(c)) {
    const from = forB && c === '0' ? i + 2 : i + 1;
    const m = /^[0-7]{0,3}/.exec(s.slice(from))!;
    return { text: String.fromCharCode(parseInt(m[0] || '0', 8) & 0xff), end: from + m[0].length };
  }
  if (c === 'u' || c === 'U') {
    const n = c === 'u' ? 4 : 8;
    const m = new RegExp(`^[0-9a-fA-F]{${n}}`).exec(s.slice(i + 2));
    if (!m) return { text: '', end: i + 2, error: 'missing hexadecimal number in escape' };
    const cp = parseInt(m[0], 16);
    const text = utf8 ? Buffer.from(String.fromCodePoint(cp), 'utf8').toString('latin1') : cp < 0x80 ? String.fromCharCode(cp) : `\\${c}${m[0].toUpperCase()}`;
    return { text, end: i + 2 + n };
  }
  return { text: `\\${c}`, end: i + 2 };
}
