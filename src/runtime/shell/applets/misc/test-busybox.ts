import type { AppletContext } from '../types.ts';
import { isTty, statOf } from './test-files.ts';

/** busybox 1.35 test / [ (coreutils/test.c): its own recursive-descent grammar and messages. */
class Bail extends Error {}

const UNOP = new Set(['-r', '-w', '-x', '-e', '-f', '-d', '-c', '-b', '-p', '-u', '-g', '-k', '-s', '-t', '-z', '-n', '-h', '-O', '-G', '-L', '-S']);
const BINOP = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-ge', '-gt', '-le', '-lt', '-nt', '-ot', '-ef']);

class BbTest {
  i = 0;
  constructor(
    private readonly ctx: AppletContext,
    readonly a: (string | undefined)[],
  ) {}

  async syntax(op: string | undefined, msg: string): Promise<never> {
    await this.ctx.stderr.write(`${this.ctx.name}: ${op ? `${op}: ` : ''}${msg}\n`);
    throw new Bail();
  }

  async getn(s: string): Promise<bigint> {
    const m = /^[ \t\n\v\f\r]*([-+]?\d+)/.exec(s);
    const v = m ? BigInt(m[1]!) : 0n;
    if (v > 9223372036854775807n || v < -9223372036854775808n) return this.syntax(s, 'out of range');
    if (!m || !/^[ \t\n\v\f\r]*$/.test(s.slice(m[0].length))) return this.syntax(s, 'bad number');
    return v;
  }

  async binop(): Promise<boolean> {
    const l = this.a[this.i]!;
    const op = this.a[++this.i]!;
    const r = this.a[++this.i];
    if (r === undefined) return this.syntax(this.a[this.i - 1], 'argument expected');
    if (/^-(eq|ne|ge|gt|le|lt)$/.test(op)) {
      const x = await this.getn(l);
      const y = await this.getn(r);
      return { '-eq': x === y, '-ne': x !== y, '-ge': x >= y, '-gt': x > y, '-le': x <= y, '-lt': x < y }[op]!;
    }
    if (op === '=' || op === '==') return l === r;
    if (op === '!=') return l !== r;
    if (op === '<') return l < r;
    if (op === '>') return l > r;
    const s1 = statOf(this.ctx, l);
    const s2 = statOf(this.ctx, r);
    if (!s1 || !s2) return false;
    const m1 = Math.floor(s1.mtime / 1000);
    const m2 = Math.floor(s2.mtime / 1000);
    if (op === '-nt') return m1 > m2;
    if (op === '-ot') return m1 < m2;
    return s1.dev === s2.dev && s1.ino === s2.ino;
  }

  async oexpr(): Promise<boolean> {
    const res = await this.aexpr();
    if (this.a[++this.i] === '-o') {
      ++this.i;
      return (await this.oexpr()) || res;
    }
    this.i--;
    return res;
  }
  async aexpr(): Promise<boolean> {
    const res = await this.nexpr();
    if (this.a[++this.i] === '-a') {
      ++this.i;
      return (await this.aexpr()) && res;
    }
    this.i--;
    return res;
  }
  async nexpr(): Promise<boolean> {
    if (this.a[this.i] === '!') {
      if (this.a[++this.i] === undefined) {
        this.i--;
        return true;
      }
      return !(await this.nexpr());
    }
    return this.primary();
  }
  async primary(): Promise<boolean> {
    const t = this.a[this.i];
    if (t === undefined) return this.syntax(undefined, 'argument expected');
    if (t === '(') {
      ++this.i;
      const res = await this.oexpr();
      if (this.a[++this.i] !== ')') return this.syntax(undefined, 'closing paren expected');
      return res;
    }
    const next = this.a[this.i + 1];
    if (next !== undefined && this.a[this.i + 2] !== undefined && BINOP.has(next)) return this.binop();
    if (UNOP.has(t)) {
      if (next === undefined) return t !== '';
      const arg = this.a[++this.i]!;
      if (t === '-z') return arg === '';
      if (t === '-n') return arg !== '';
      if (t === '-t') {
        const n = await this.getn(arg);
        return n >= 0n && n < 2147483648n && isTty(this.ctx, Number(n));
      }
      return this.filstat(arg, t);
    }
    if (next !== undefined && BINOP.has(next)) return this.binop();
    return t !== '';
  }

  filstat(nm: string, op: string): boolean {
    const s = statOf(this.ctx, nm, !(op === '-h' || op === '-L'));
    if (!s) return false;
    const c = this.ctx.proc.creds;
    switch (op) {
      case '-h': case '-L': return s.type === 'symlink';
      case '-e': return true;
      case '-r': case '-w': case '-x': {
        let mode = op === '-r' ? 4 : op === '-w' ? 2 : 1;
        if (c.uid === 0) {
          if (mode !== 1) return true;
          if (s.mode & 0o111) return true;
        }
        if (s.uid === c.uid) mode <<= 6;
        else if (s.gid === c.gid || c.groups.includes(s.gid)) mode <<= 3;
        return (s.mode & mode) !== 0;
      }
      case '-f': return s.type === 'file';
      case '-d': return s.type === 'dir';
      case '-c': return s.type === 'chr';
      case '-b': return s.type === 'blk';
      case '-p': return s.type === 'fifo';
      case '-S': return s.type === 'sock';
      case '-u': return (s.mode & 0o4000) !== 0;
      case '-g': return (s.mode & 0o2000) !== 0;
      case '-k': return (s.mode & 0o1000) !== 0;
      case '-s': return s.size > 0;
      case '-O': return s.uid === c.uid;
      case '-G': return s.gid === c.gid;
    }
    return true;
  }
}

export async function busyboxTest(ctx: AppletContext): Promise<number> {
  let argv: (string | undefined)[] = ctx.argv.slice(1);
  if (ctx.name === '[') {
    if (argv[argv.length - 1] !== ']') {
      await ctx.stderr.write('[: missing ]\n');
      return 2;
    }
    argv = argv.slice(0, -1);
  }
  const t = new BbTest(ctx, argv);
  try {
    // POSIX special cases by argument count; `!` prefixes are peeled off here
    let at = 0;
    let negate = false;
    for (;;) {
      const n = (k: number) => argv[at + k];
      const status = (failed: boolean) => (failed !== negate ? 1 : 0);
      if (n(0) === undefined) return status(true);
      if (n(1) === undefined) return status(n(0) === '');
      if (n(2) !== undefined) {
        if (n(3) === undefined) {
          if (BINOP.has(n(1)!)) {
            t.i = at;
            return status(!(await t.binop()));
          }
        } else if (n(4) === undefined && n(0) === '(' && n(3) === ')') {
          argv[at + 3] = undefined;
          at++;
        }
      }
      if (n(0) !== '!') break;
      at++;
      negate = !negate;
    }
    t.i = 0;
    const res = await t.oexpr();
    if (t.a[t.i] !== undefined && t.a[++t.i] !== undefined) {
      await ctx.stderr.write(`${ctx.name}: ${t.a[t.i]}: unknown operand\n`);
      return 2;
    }
    return res ? 0 : 1;
  } catch (e) {
    if (e instanceof Bail) return 2;
    throw e;
  }
}
