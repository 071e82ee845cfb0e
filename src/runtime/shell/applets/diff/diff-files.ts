import { colorize } from './diff-color.ts';
import type { Stat } from '../../../kernel/fs/types.ts';
import type { AppletContext } from '../types.ts';
import { formatContext, formatEd, formatNormal, formatUnified, hunksOf, realLines } from './diff-format.ts';
import type { DiffOptions } from './diff-options.ts';
import { diffTexts, toText } from './diff-seq.ts';
import { hardLocale } from './locale.ts';
import { formatSide } from './diff-side.ts';

/** One side of a comparison: its name as printed, its bytes, and its stat (null when absent, -N). */
export interface Side {
  name: string;
  data: string;
  st: Stat | null;
}

const isSpace = (c: string): boolean => c === ' ' || (c >= '\t' && c <= '\r');

/** The canonical form of a line under -i, -E, -Z, -b, -w: equal keys mean equal lines. */
export function lineKey(o: DiffOptions): (line: string) => string {
  const ws = o.whiteSpace;
  const lower = (s: string): string => (o.ignoreCase ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s);
  if (ws === 0) return lower;
  return (line) => {
    let s = line;
    if (ws === 5) s = s.replace(/[ \t\v\f\r]+/g, '');
    else if (ws === 4) s = s.replace(/[ \t\v\f\r]+$/, '').replace(/[ \t\v\f\r]+/g, ' ');
    else {
      if (ws & 1) s = expandTabs(s, o.tabsize);
      if (ws & 2) {
        let e = s.length;
        while (e > 0 && isSpace(s[e - 1]!)) e--;
        s = s.slice(0, e);
      }
    }
    return lower(s);
  };
}

function expandTabs(s: string, tabsize: number): string {
  let col = 0;
  let out = '';
  for (const c of s) {
    if (c === '\t') {
      const n = tabsize - (col % tabsize);
      out += ' '.repeat(n);
      col += n;
    } else if (c === '\b') {
      out += c;
      if (col > 0) col--;
    } else if (c === '\r') {
      out += c;
      col = 0;
    } else {
      out += c;
      col++;
    }
  }
  return out;
}

/** `2026-01-05 08:00:00.000000000 +0000`: GNU's %Y-%m-%d %H:%M:%S.%N %z of the mtime (UTC). */
function stamp(ms: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000);
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  const ns = p(((ms % 1000) + 1000) % 1000, 3) + '000000';
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${ns} +0000`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** POSIX wants -c headers in the C locale's ctime form: `Mon Jan  5 08:00:00 2026`. */
function ctimeStamp(ms: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

function header(ctx: AppletContext, mark: string, side: Side, label: string | undefined, style: 'unified' | 'context'): string {
  if (label !== undefined) return `${mark} ${label}\n`;
  if (ctx.flavor === 'busybox') return `${mark} ${side.name}\n`;
  const ms = side.st?.mtime ?? 0;
  return `${mark} ${side.name}\t${style === 'context' && !hardLocale(ctx, 'LC_TIME') ? ctimeStamp(ms) : stamp(ms)}\n`;
}

/**
 * Compares two files' contents and writes the report. Returns 0 (same), 1 (different).
 * `parentLine` is set for pairs found inside directories: GNU prints `diff OPTIONS A B` first.
 */
export async function diffFiles(ctx: AppletContext, o: DiffOptions, s0: Side, s1: Side, inDir: boolean): Promise<number> {
  const bb = ctx.flavor === 'busybox';
  const n0 = o.labels[0] ?? s0.name;
  const n1 = o.labels[1] ?? s1.name;
  let d0 = s0.data;
  let d1 = s1.data;
  const binary = !o.text && (d0.slice(0, 4096).includes('\0') || d1.slice(0, 4096).includes('\0'));
  const plainBrief = o.brief && !o.ignoreCase && o.whiteSpace === 0 && !o.ignoreBlank && !o.ignoreRe;
  if (binary || plainBrief) {
    if (d0 === d1) return 0;
    await ctx.stdout.write(o.brief || bb ? `Files ${n0} and ${n1} differ\n` : `Binary files ${n0} and ${n1} differ\n`);
    return 1;
  }
  if (o.stripCr) {
    d0 = d0.replace(/\r\n/g, '\n');
    d1 = d1.replace(/\r\n/g, '\n');
  }
  const a = toText(d0);
  const b = toText(d1);
  const ws = o.whiteSpace;
  const script = diffTexts(a, b, { key: lineKey(o), trailingBlind: ws >= 2 || o.style === 'ed', horizon: o.horizon, minimal: o.minimal });
  const hunks = hunksOf(script, a, b, o);
  const changes = hunks.some((h) => h.kind !== 0);
  if (o.brief) {
    if (changes) await ctx.stdout.write(`Files ${n0} and ${n1} differ\n`);
    return changes ? 1 : 0;
  }
  if (!changes && o.style !== 'side') return 0;
  const la = o.style === 'ed' || o.style === 'rcs' ? a.lines : realLines(a);
  const lb = o.style === 'ed' || o.style === 'rcs' ? b.lines : realLines(b);
  let out = '';
  if (o.style === 'unified') out += header(ctx, '---', s0, o.labels[0], 'unified') + header(ctx, '+++', s1, o.labels[1], 'unified') + formatUnified(hunks, la, lb, o);
  else if (o.style === 'context') out += header(ctx, '***', s0, o.labels[0], 'context') + header(ctx, '---', s1, o.labels[1], 'context') + formatContext(hunks, la, lb, o);
  else if (o.style === 'side') out += formatSide(hunks, la, lb, o);
  else if (o.style === 'ed') out += formatEd(hunks, lb, o, false);
  else if (o.style === 'rcs') out += formatEd(hunks, lb, o, true);
  else out += formatNormal(hunks, la, lb, o);
  if (o.color === 'always' || (o.color === 'auto' && ctx.stdout.tty)) out = colorize(out, o.style, o.palette);
  if (changes && inDir && !bb) out = `diff ${[...o.switches, n0, n1].join(' ')}\n${out}`;
  await ctx.stdout.write(out);
  if ((o.style === 'ed' || o.style === 'rcs') && (a.missingNewline || b.missingNewline)) {
    for (const [t, n] of [[a, n0], [b, n1]] as const) if (t.missingNewline) await ctx.stderr.write(`diff: ${n}: No newline at end of file\n\n`);
    return 2;
  }
  return changes ? 1 : 0;
}
