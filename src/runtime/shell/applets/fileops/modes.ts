/**
 * gnulib modechange: compile a chmod-style mode (octal or symbolic) and apply it to an
 * existing mode, with the same corner cases (umask when no `who`, X, u/g/o copies, and
 * directories keeping set-id bits unless an octal mode of 5+ digits mentions them).
 */
type Op = '=' | '+' | '-';
type Flag = 'ordinary' | 'copy' | 'xifx';
interface Change {
  op: Op;
  flag: Flag;
  affected: number;
  value: number;
  mentioned: number;
}

const ALLM = 0o7777;
const RWXUGO = 0o777;

export type ModeChanges = Change[];

export function compileMode(s: string): ModeChanges | null {
  if (/^[0-7]/.test(s)) {
    if (!/^[0-7]+$/.test(s)) return null;
    let v = 0;
    for (const c of s) {
      v = v * 8 + Number(c);
      if (v > ALLM) return null;
    }
    const mentioned = s.length < 5 ? (v & 0o6000) | 0o1000 | RWXUGO : ALLM;
    return [{ op: '=', flag: 'ordinary', affected: ALLM, value: v, mentioned }];
  }
  const out: Change[] = [];
  let p = 0;
  for (;;) {
    let affected = 0;
    for (; ; p++) {
      const c = s[p];
      if (c === 'u') affected |= 0o4700;
      else if (c === 'g') affected |= 0o2070;
      else if (c === 'o') affected |= 0o1007;
      else if (c === 'a') affected |= ALLM;
      else if (c === '=' || c === '+' || c === '-') break;
      else return null;
    }
    while (s[p] === '=' || s[p] === '+' || s[p] === '-') {
      const op = s[p++] as Op;
      // gnulib: an operator without `who` may take an octal number ("-7", "=640"); it
      // names every bit, so `=755` also clears a directory's set-group-ID bit.
      if (!affected && /[0-7]/.test(s[p] ?? '')) {
        const m = /^[0-7]+/.exec(s.slice(p))![0];
        const v = parseInt(m, 8);
        if (v > ALLM) return null;
        p += m.length;
        out.push({ op, flag: 'ordinary', affected: ALLM, value: v, mentioned: ALLM });
        if (s[p] !== undefined && s[p] !== ',') return null;
        continue;
      }
      let value = 0;
      let flag: Flag = 'copy';
      const c = s[p];
      if (c === 'u') (value = 0o700), p++;
      else if (c === 'g') (value = 0o070), p++;
      else if (c === 'o') (value = 0o007), p++;
      else {
        flag = 'ordinary';
        for (; ; p++) {
          const v = s[p];
          if (v === 'r') value |= 0o444;
          else if (v === 'w') value |= 0o222;
          else if (v === 'x') value |= 0o111;
          else if (v === 'X') flag = 'xifx';
          else if (v === 's') value |= 0o6000;
          else if (v === 't') value |= 0o1000;
          else break;
        }
      }
      out.push({ op, flag, affected, value, mentioned: affected ? affected & value : value });
    }
    if (s[p] === ',') {
      p++;
      continue;
    }
    return p === s.length ? out : null;
  }
}

/** mode_adjust: the new permission bits (07777) of a node with `old` mode. */
export function adjustMode(old: number, dir: boolean, umask: number, changes: ModeChanges): number {
  let mode = old & ALLM;
  for (const ch of changes) {
    const omit = (dir ? 0o6000 : 0) & ~ch.mentioned;
    let value = ch.value;
    if (ch.flag === 'copy') {
      value &= mode;
      value |= (value & 0o444 ? 0o444 : 0) | (value & 0o222 ? 0o222 : 0) | (value & 0o111 ? 0o111 : 0);
    } else if (ch.flag === 'xifx' && (mode & 0o111 || dir)) value |= 0o111;
    value &= (ch.affected ? ch.affected : ~umask) & ~omit;
    if (ch.op === '=') {
      const preserved = (ch.affected ? ~ch.affected : 0) | omit;
      mode = (mode & preserved) | value;
    } else if (ch.op === '+') mode |= value;
    else mode &= ~value;
  }
  return mode & ALLM;
}

/** Mode for a new node created with -m MODE: relative to a=rwx, as mkdir/mkfifo/install do. */
export function modeFromString(s: string, dir: boolean, umask: number): number | null {
  const ch = compileMode(s);
  return ch ? adjustMode(0o777, dir, umask, ch) : null;
}

/** rwxr-xr-x with s/S/t/T, the nine characters after the type letter of `ls -l`. */
export function permString(mode: number): string {
  const b = (bit: number, c: string) => (mode & bit ? c : '-');
  const special = (x: boolean, s: boolean, lo: string, hi: string) => (s ? (x ? lo : hi) : x ? 'x' : '-');
  return (
    b(0o400, 'r') + b(0o200, 'w') + special(!!(mode & 0o100), !!(mode & 0o4000), 's', 'S') +
    b(0o040, 'r') + b(0o020, 'w') + special(!!(mode & 0o010), !!(mode & 0o2000), 's', 'S') +
    b(0o004, 'r') + b(0o002, 'w') + special(!!(mode & 0o001), !!(mode & 0o1000), 't', 'T')
  );
}

export const TYPE_CHAR: Record<string, string> = { file: '-', dir: 'd', symlink: 'l', chr: 'c', blk: 'b', fifo: 'p', sock: 's' };

export const octal4 = (m: number): string => (m & ALLM).toString(8).padStart(4, '0');
