import { q } from '../errors.ts';
import { busyboxHelp } from './bb-usage.ts';
import { gnuInfo } from './gnu-info.ts';
import { compileRegex, RegexError } from '../regex/posix-regex.ts';
import { openInput, RecordReader } from '../text/input.ts';
import { parseOpts, usageFail } from '../text/usage.ts';
import type { Applet } from '../types.ts';
import { decError, LIMITS, xdectoimax } from './xdecto.ts';

type Style = { kind: 'a' | 't' | 'n' } | { kind: 'p'; test: (s: string) => boolean };

const LONGS = {
  'body-numbering': { arg: 'required' as const, key: 'b' },
  'section-delimiter': { arg: 'required' as const, key: 'd' },
  'footer-numbering': { arg: 'required' as const, key: 'f' },
  'header-numbering': { arg: 'required' as const, key: 'h' },
  'line-increment': { arg: 'required' as const, key: 'i' },
  'join-blank-lines': { arg: 'required' as const, key: 'l' },
  'number-format': { arg: 'required' as const, key: 'n' },
  'no-renumber': { key: 'p' },
  'number-separator': { arg: 'required' as const, key: 's' },
  'starting-line-number': { arg: 'required' as const, key: 'v' },
  'number-width': { arg: 'required' as const, key: 'w' },
};

/** nl: numbers lines by section (header/body/footer delimited by `\:\:\:`, `\:\:`, `\:`). */
const nl: Applet = {
  async run(ctx) {
    if (await busyboxHelp(ctx)) return 0;
    const bb = ctx.flavor === 'busybox';
    if (await gnuInfo(ctx, ctx.argv.slice(1))) return 0;
    const p = await parseOpts(ctx, ctx.argv.slice(1), bb ? { short: 'pw:s:v:i:b:' } : { short: 'b:d:f:h:i:l:n:ps:v:w:', long: LONGS });
    if (typeof p === 'number') return p;
    const styles: Record<string, Style> = { h: { kind: 'n' }, b: { kind: 't' }, f: { kind: 'n' } };
    let delim = '\\:';
    let format = 'rn';
    let width = 6;
    let sep = '\t';
    let start = 1n;
    let inc = 1n;
    let join = 1n;
    let renumber = true;
    const bad = async (msg: string) => {
      await ctx.stderr.write(`nl: ${msg}\n`);
      return 1;
    };
    for (const [k, v] of p.list) {
      const val = v ?? '';
      if (k === 'b' || k === 'h' || k === 'f') {
        if (bb) {
          styles.b = { kind: val[0] === 'a' ? 'a' : val[0] === 't' ? 't' : 'n' };
          continue;
        }
        const st = parseStyle(val);
        if (st === null) return usageFail(ctx, `invalid ${{ b: 'body', h: 'header', f: 'footer' }[k]} numbering style: '${val}'`);
        if (typeof st === 'string') return bad(st);
        styles[k] = st;
      } else if (k === 'd') delim = val.length === 1 ? `${val}:` : val;
      else if (k === 'n') {
        if (!['ln', 'rn', 'rz'].includes(val)) return usageFail(ctx, `invalid line numbering format: '${val}'`);
        format = val;
      } else if (k === 's') sep = val;
      else if (k === 'p') renumber = false;
      else {
        if (bb) {
          if (!/^\d+$/.test(val)) return bad(`invalid number '${val}'`);
          const n = BigInt(val);
          if (k === 'w') width = Number(n);
          else if (k === 'v') start = n;
          else inc = n;
          continue;
        }
        const [desc, min, max] = {
          w: ['invalid line number field width', 1n, LIMITS.INT_MAX],
          v: ['invalid starting line number', LIMITS.I64_MIN, LIMITS.I64_MAX],
          i: ['invalid line number increment', LIMITS.I64_MIN, LIMITS.I64_MAX],
          l: ['invalid line number of blank lines', 1n, LIMITS.I64_MAX],
        }[k as 'w' | 'v' | 'i' | 'l'] as [string, bigint, bigint];
        const d = xdectoimax(val, min, max);
        if (!d.ok) return bad(decError(desc, val, d));
        if (k === 'w') width = Number(d.value);
        else if (k === 'v') start = d.value;
        else if (k === 'i') inc = d.value;
        else join = d.value;
      }
    }
    const st = { line: start, blanks: 0n, style: styles.b! };
    const numbered = (n: bigint) => {
      const s = n.toString();
      if (format === 'ln') return s.padEnd(width);
      if (format === 'rz') return n < 0n ? `-${s.slice(1).padStart(width - 1, '0')}` : s.padStart(width, '0');
      return s.padStart(width);
    };
    const blank = ' '.repeat(width + sep.length);
    const sections = delim === '' ? [] : [[delim.repeat(3), 'h'], [delim.repeat(2), 'b'], [delim, 'f']];
    const files = p.operands.length ? p.operands : ['-'];
    let status = 0;
    for (const f of files) {
      const o = openInput(ctx, f);
      if (!o.ok) {
        await ctx.stderr.write(`nl: ${bb ? f : q(f)}: ${o.text}\n`);
        status = 1;
        continue;
      }
      const reader = new RecordReader(ctx, o.stream);
      let out = '';
      for (;;) {
        const rec = await reader.next();
        if (rec === null) break;
        const body = rec.endsWith('\n') ? rec.slice(0, -1) : rec;
        const sec = bb ? undefined : sections.find(([d]) => d === body);
        if (sec) {
          st.style = styles[sec[1]!]!;
          if (renumber) st.line = start;
          out += '\n';
        } else {
          let num = false;
          const s = st.style;
          if (s.kind === 'a') {
            if (join > 1n) {
              if (body !== '' || ++st.blanks === join) {
                num = true;
                st.blanks = 0n;
              }
            } else num = true;
          } else if (s.kind === 't') num = body !== '';
          else if (s.kind === 'p') num = s.test(body);
          if (num) {
            out += (bb ? BigInt.asUintN(32, st.line).toString().padStart(width) : numbered(st.line)) + sep;
            st.line += inc;
          } else out += blank;
          out += `${body}\n`;
        }
        if (out.length > 8192) {
          await ctx.stdout.write(out);
          out = '';
        }
      }
      await ctx.stdout.write(out);
      o.stream.close();
    }
    return status;
  },
};
export default nl;

/** a, t, n or pBRE; null for an unknown style, a string for a regex error. */
function parseStyle(v: string): Style | string | null {
  if (v === 'a' || v === 't' || v === 'n') return { kind: v };
  if (!v.startsWith('p')) return null;
  try {
    const re = compileRegex(v.slice(1), { extended: false, dialect: 'sed', icase: false }).regex;
    return { kind: 'p', test: (s) => re.test(s) };
  } catch (e) {
    if (e instanceof RegexError) return e.message;
    throw e;
  }
}
