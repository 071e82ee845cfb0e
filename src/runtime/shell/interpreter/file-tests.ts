import type { Shell } from './shell.ts';
import { evaluateArithmetic } from './arith.ts';
import { arithEnv } from './substitute.ts';

/** The unary file/string operators shared by `test`, `[` and `[[`. */
export const UNARY_OPS = new Set(['-a', '-b', '-c', '-d', '-e', '-f', '-g', '-h', '-k', '-p', '-r', '-s', '-t', '-u', '-w', '-x', '-G', '-L', '-N', '-O', '-S', '-z', '-n', '-v', '-o', '-R']);
export const BINARY_OPS = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef', '=~']);

export function unaryTest(sh: Shell, op: string, arg: string): boolean {
  const st = (follow = true) => {
    try {
      return follow ? sh.vfs.stat(arg) : sh.vfs.lstat(arg);
    } catch {
      return null;
    }
  };
  const can = (want: number) => {
    try {
      sh.vfs.access(arg, want);
      return true;
    } catch {
      return false;
    }
  };
  switch (op) {
    case '-z': return arg === '';
    case '-n': return arg !== '';
    case '-e': case '-a': return st() !== null;
    case '-f': return st()?.type === 'file';
    case '-d': return st()?.type === 'dir';
    case '-b': return st()?.type === 'blk';
    case '-c': return st()?.type === 'chr';
    case '-p': return st()?.type === 'fifo';
    case '-S': return st()?.type === 'sock';
    case '-h': case '-L': return st(false)?.type === 'symlink';
    case '-s': return (st()?.size ?? 0) > 0;
    case '-g': return ((st()?.mode ?? 0) & 0o2000) !== 0;
    case '-u': return ((st()?.mode ?? 0) & 0o4000) !== 0;
    case '-k': return ((st()?.mode ?? 0) & 0o1000) !== 0;
    case '-r': return st() !== null && can(4);
    case '-w': return st() !== null && can(2) && !sh.vfs.mountOf(arg).options.ro;
    case '-x': return st() !== null && can(1);
    case '-O': return st()?.uid === sh.proc.creds.uid;
    case '-G': return st()?.gid === sh.proc.creds.gid;
    case '-N': { const s = st(); return s !== null && s.mtime > s.atime; }
    case '-t': return sh.fds.get(Number(arg))?.output?.tty === true || sh.fds.get(Number(arg))?.input?.tty === true;
    case '-v': return sh.vars.lookup(arg.replace(/\[.*$/, '')) !== undefined && !sh.vars.lookup(arg.replace(/\[.*$/, ''))!.unsetValue;
    case '-o': return (sh.opts as unknown as Record<string, boolean>)[arg] === true;
    case '-R': return false;
  }
  return false;
}

/** Integer operand check: bash reports `x: integer expression expected` (test) or evaluates (`[[`). */
export async function binaryTest(sh: Shell, op: string, l: string, r: string, arithmetic: boolean): Promise<boolean | string> {
  switch (op) {
    case '=': case '==': return l === r;
    case '!=': return l !== r;
    case '<': return l < r;
    case '>': return l > r;
    case '-nt': case '-ot': case '-ef': {
      const a = safeStat(sh, l);
      const b = safeStat(sh, r);
      if (op === '-ef') return !!a && !!b && a.ino === b.ino && a.dev === b.dev;
      if (op === '-nt') return !!a && (!b || a.mtime > b.mtime);
      return !!b && (!a || a.mtime < b.mtime);
    }
  }
  let a: bigint;
  let b: bigint;
  if (arithmetic) {
    a = await evaluateArithmetic(l || '0', arithEnv(sh));
    b = await evaluateArithmetic(r || '0', arithEnv(sh));
  } else {
    const ia = toInt(l);
    if (ia === null) return `${l}: integer expression expected`;
    const ib = toInt(r);
    if (ib === null) return `${r}: integer expression expected`;
    a = ia;
    b = ib;
  }
  switch (op) {
    case '-eq': return a === b;
    case '-ne': return a !== b;
    case '-lt': return a < b;
    case '-le': return a <= b;
    case '-gt': return a > b;
    case '-ge': return a >= b;
  }
  return false;
}

function toInt(s: string): bigint | null {
  const t = s.trim();
  if (!/^[-+]?\d+$/.test(t)) return null;
  const v = BigInt(t);
  // Beyond 64 bits strtoimax overflows and test rejects the operand.
  return v > 9223372036854775807n || v < -9223372036854775808n ? null : v;
}

function safeStat(sh: Shell, p: string) {
  try {
    return sh.vfs.stat(p);
  } catch {
    return null;
  }
}
