import type { AppletContext } from '../types.ts';
import { ttyNumber, ttyOf } from './proc-table.ts';
import { PsParseError } from './ps-parse.ts';

/** How ps classifies a word: BSD letters, pids, SysV -letters, GNU --words. */
export function argType(s: string): 'bsd' | 'pid' | 'sysv' | 'gnu' | 'fail' {
  const letter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);
  const digit = (c: string | undefined) => c !== undefined && /\d/.test(c);
  if (letter(s[0])) return 'bsd';
  if (digit(s[0]) || s[0] === '+') return 'pid';
  if (s[0] !== '-') return 'fail';
  if (letter(s[1])) return 'sysv';
  if (digit(s[1])) return 'pid';
  if (s[1] !== '-') return 'fail';
  return letter(s[2]) ? 'gnu' : 'fail';
}

/** strtoul(s, &end, 0) accepting the whole string only. */
export function strtoul(s: string): number | null {
  const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.exec(s);
  if (!m) return null;
  const body = m[2]!;
  const v = /^0[xX]/.test(body) ? parseInt(body.slice(2), 16) : body.length > 1 && body.startsWith('0') ? parseInt(body, 8) : Number(body);
  return m[1] === '-' ? -v : v;
}

export function myTty(ctx: AppletContext): number {
  return ttyNumber(ttyOf(ctx.proc));
}

/** A terminal by name as parse_tty looks it up (pts nodes are assumed, /dev/pts is not populated). */
export function parseTty(ctx: AppletContext, s: string): number {
  const paths = s.startsWith('/') ? [s] : [`/dev/pts/${s}`, `/dev/${s}`, `/dev/tty${s}`, `/dev/pty${s}`, `/dev/${s}nsole`];
  for (const path of paths) {
    const pts = /^\/dev\/(pts\/\d+)$/.exec(path);
    if (pts) return ttyNumber(pts[1]!);
    let st;
    try {
      st = ctx.fs.stat(path);
    } catch {
      continue;
    }
    if (st.type !== 'chr') throw new PsParseError('list member was not a TTY');
    return st.rdev;
  }
  if (s === '-' || s === '?') return 0;
  throw new PsParseError('TTY could not be found');
}
