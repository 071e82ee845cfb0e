import { FsError } from '../../../kernel/fs/errors.ts';
import type { AppletContext } from '../types.ts';
import type { MatchResult, PosixRegex } from './posix-regex.ts';
import type { Subst } from './sed-program.ts';
import { CaseBuilder } from './sed-text.ts';

/**
 * The s command (GNU's do_subst): leftmost-longest matches left to right; an empty match right
 * where the previous match ended does not count (so `a*` replaced globally in `baaac` gives
 * `xbxcx`). Returns the new pattern space, or null when nothing was replaced.
 */
export function substitute(ps: string, re: PosixRegex, s: Subst): string | null {
  const want = Math.max(1, s.occurrence);
  let out = '';
  let start = 0;
  let prevEnd = -1;
  let count = 0;
  let replaced = false;
  while (start <= ps.length) {
    const m = re.exec(ps, start);
    if (!m) break;
    if (m.start === m.end && m.start === prevEnd) {
      if (m.start >= ps.length) break;
      out += ps.slice(start, m.start + 1);
      start = m.start + 1;
      continue;
    }
    out += ps.slice(start, m.start);
    count++;
    if (count < want) out += ps.slice(m.start, m.end);
    else {
      out += replacement(s, m);
      replaced = true;
    }
    prevEnd = m.end;
    start = m.end;
    if (m.start === m.end) {
      if (start < ps.length) out += ps[start];
      start++;
    }
    if (replaced && !s.global) break;
  }
  if (!replaced) return null;
  if (start < ps.length) out += ps.slice(start);
  return out;
}

function replacement(s: Subst, m: MatchResult): string {
  const b = new CaseBuilder();
  for (const item of s.items) {
    if ('lit' in item) b.append(item.lit);
    else if ('ref' in item) b.append(m.groups[item.ref] ?? '');
    else b.set(item.case);
  }
  return b.out;
}

const LIST_ESCAPES: Record<number, string> = { 7: '\\a', 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r', 92: '\\\\' };

/** The l command: C escapes and octal for unprintable bytes, `\` line breaks, `$` at the end. */
export function listLine(ps: string, width: number): string {
  let out = '';
  let col = 0;
  for (let i = 0; i < ps.length; i++) {
    const code = ps.charCodeAt(i);
    const piece = LIST_ESCAPES[code] ?? (code >= 32 && code < 127 ? ps[i]! : `\\${(code & 255).toString(8).padStart(3, '0')}`);
    if (width > 0 && col + piece.length > width - 1) {
      out += '\\\n';
      col = 0;
    }
    out += piece;
    col += piece.length;
  }
  return `${out}$\n`;
}

/** Runs a command with /bin/sh (as popen does) and returns what it wrote on stdout. */
export async function runShell(ctx: AppletContext, command: string): Promise<string> {
  const tmp = `/tmp/.sed-e.${ctx.proc.id}`;
  await ctx.spawn({ argv: ['sh', '-c', `exec >${tmp}\n${command}`] });
  try {
    const text = ctx.fs.readFile(tmp);
    ctx.fs.unlink(tmp);
    return text;
  } catch (e) {
    if (e instanceof FsError) return '';
    throw e;
  }
}
