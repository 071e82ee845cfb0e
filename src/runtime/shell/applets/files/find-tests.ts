import type { FileType, Stat } from '../../../kernel/fs/types.ts';
import { FsError } from '../../../kernel/fs/errors.ts';
import { fnmatch } from './fnmatch.ts';
import { toJsRegex } from './find-regex.ts';
import { FindUsage, type FindEnv, type Pred, type Visit } from './find-types.ts';
import { parseMode } from './perm-mode.ts';
import { parseDate } from '../fileops/date-parse.ts';

/** What a test builder may use from the parser. */
export interface ParseCtx {
  name: string;
  arg(): string;
  env: FindEnv;
  regexType: string;
  daystart: boolean;
  /** stat of a reference file as -newer & co see it (follows under -H/-L). */
  refStat(path: string): Stat;
}

type Cmp = { op: 'gt' | 'lt' | 'eq'; n: number };

function numArg(p: ParseCtx, s: string, allowFraction = false): Cmp {
  const m = (allowFraction ? /^([+-]?)(\d+(?:\.\d*)?|\.\d+)$/ : /^([+-]?)(\d+)$/).exec(s);
  if (!m) throw new FindUsage(`invalid argument \`${s}' to \`${p.name}'`);
  return { op: m[1] === '+' ? 'gt' : m[1] === '-' ? 'lt' : 'eq', n: Number(m[2]) };
}

const compare = (c: Cmp, v: number) => (c.op === 'gt' ? v > c.n : c.op === 'lt' ? v < c.n : v === c.n);

const TYPES: Record<string, FileType> = { f: 'file', d: 'dir', l: 'symlink', c: 'chr', b: 'blk', p: 'fifo', s: 'sock' };

function typeSet(s: string, name: string): Set<FileType> {
  const out = new Set<FileType>();
  if (s === '') throw new FindUsage(`Arguments to ${name} should contain at least one letter`);
  const parts = s.split(',');
  for (const part of parts) {
    if (part.length !== 1) {
      if (part.length > 1 && TYPES[part[0]!]) throw new FindUsage(`Must separate multiple arguments to ${name} using: ','`);
      throw new FindUsage(`Unknown argument to ${name}: ${part === '' ? s : part}`);
    }
    if (part === 'D') continue;
    const t = TYPES[part];
    if (!t) throw new FindUsage(`Unknown argument to ${name}: ${part}`);
    if (out.has(t)) throw new FindUsage(`Duplicate file type '${part}' in the argument list to ${name}.`);
    out.add(t);
  }
  return out;
}

/** The type seen by -xtype: the other view of symlinks than -type's. */
function otherType(v: Visit, env: FindEnv): FileType {
  try {
    if (env.follow === 'L' || (env.follow === 'H' && v.depth === 0)) return env.ctx.fs.lstat(v.path).type;
    return v.st.type === 'symlink' ? env.ctx.fs.stat(v.path).type : v.st.type;
  } catch {
    return 'symlink';
  }
}

const SIZE_UNITS: Record<string, number> = { b: 512, c: 1, w: 2, k: 1024, M: 1048576, G: 1073741824, '': 512 };

export function buildTest(p: ParseCtx): Pred | null {
  const env = p.env;
  const name = p.name;
  const newer = /^-newer([acm])([acmt])$/.exec(name);
  if (newer) return newerXY(p, newer[1]!, newer[2]!);
  switch (name) {
    case '-true': return () => true;
    case '-false': return () => false;
    case '-name': case '-iname': {
      const pat = p.arg();
      const casefold = name === '-iname';
      return (v) => fnmatch(pat, v.name, { casefold });
    }
    case '-path': case '-ipath': case '-wholename': case '-iwholename': {
      const pat = p.arg();
      const casefold = name.startsWith('-i');
      return (v) => fnmatch(pat, v.path, { casefold });
    }
    case '-lname': case '-ilname': {
      const pat = p.arg();
      const casefold = name === '-ilname';
      return (v) => {
        try {
          return env.ctx.fs.lstat(v.path).type === 'symlink' && fnmatch(pat, env.ctx.fs.readlink(v.path), { casefold });
        } catch {
          return false;
        }
      };
    }
    case '-regex': case '-iregex': {
      const src = p.arg();
      let re: RegExp;
      try {
        re = toJsRegex(src, p.regexType, name === '-iregex');
      } catch (e) {
        throw new FindUsage(`failed to compile regular expression '${src}': ${regexError(src, e)}`);
      }
      return (v) => re.test(v.path);
    }
    case '-type': {
      const set = typeSet(p.arg(), name);
      return (v) => set.has(v.st.type);
    }
    case '-xtype': {
      const set = typeSet(p.arg(), name);
      return (v) => set.has(otherType(v, env));
    }
    case '-size': {
      const s = p.arg();
      // findutils looks at the last character first: a non-digit must be a unit letter.
      if (s === '') throw new FindUsage('invalid null argument to -size');
      const last = s[s.length - 1]!;
      if (!/\d/.test(last) && SIZE_UNITS[last] === undefined) throw new FindUsage(`invalid -size type \`${last}'`);
      const m = /^([+-]?)(\d+)(.?)$/.exec(s);
      if (!m) throw new FindUsage(`Invalid argument \`${s}' to -size`);
      const unit = SIZE_UNITS[m[3]!]!;
      const c: Cmp = { op: m[1] === '+' ? 'gt' : m[1] === '-' ? 'lt' : 'eq', n: Number(m[2]) };
      return (v) => compare(c, Math.ceil(v.st.size / unit));
    }
    case '-empty': return (v) => {
      if (v.st.type === 'file') return v.st.size === 0;
      if (v.st.type !== 'dir') return false;
      try {
        return env.ctx.fs.readdir(v.path).length === 0;
      } catch {
        return false;
      }
    };
    case '-mtime': case '-atime': case '-ctime': case '-mmin': case '-amin': case '-cmin': {
      const c = numArg(p, p.arg(), true);
      const unit = name.endsWith('min') ? 60_000 : 86_400_000;
      const field = name[1] === 'm' ? 'mtime' : name[1] === 'a' ? 'atime' : 'ctime';
      const ref = p.daystart && unit > 60_000 ? Math.floor(env.now / 86_400_000) * 86_400_000 + 86_400_000 : env.now;
      return (v) => {
        const delta = (ref - v.st[field]) / unit;
        if (c.op === 'eq') return Math.floor(delta) === c.n;
        if (c.op === 'gt') return Math.floor(delta) > c.n;
        return delta < c.n;
      };
    }
    case '-newer': case '-anewer': case '-cnewer': {
      const ref = p.refStat(p.arg()).mtime;
      const field = name === '-anewer' ? 'atime' : name === '-cnewer' ? 'ctime' : 'mtime';
      return (v) => v.st[field] > ref;
    }
    case '-perm': {
      const s = p.arg();
      const kind = s[0] === '-' ? 'all' : s[0] === '/' ? 'any' : 'exact';
      const mode = parseMode(kind === 'exact' ? s : s.slice(1));
      if (mode === null) throw new FindUsage(`invalid mode '${s}'`);
      return (v) => {
        const m = v.st.mode & 0o7777;
        if (kind === 'all') return (m & mode) === mode;
        if (kind === 'any') return mode === 0 || (m & mode) !== 0;
        return m === mode;
      };
    }
    case '-user': {
      const s = p.arg();
      const uid = env.ids.uidOf(s) ?? (/^\d+$/.test(s) ? Number(s) : undefined);
      if (uid === undefined) throw new FindUsage(`'${s}' is not the name of a known user`);
      return (v) => v.st.uid === uid;
    }
    case '-group': {
      const s = p.arg();
      const gid = env.ids.gidOf(s) ?? (/^\d+$/.test(s) ? Number(s) : undefined);
      if (gid === undefined) throw new FindUsage(`'${s}' is not the name of an existing group`);
      return (v) => v.st.gid === gid;
    }
    case '-uid': case '-gid': case '-links': case '-inum': {
      const c = numArg(p, p.arg());
      const field = name === '-uid' ? 'uid' : name === '-gid' ? 'gid' : name === '-links' ? 'nlink' : 'ino';
      return (v) => compare(c, v.st[field]);
    }
    case '-nouser': return (v) => env.ids.user(v.st.uid) === undefined;
    case '-nogroup': return (v) => env.ids.group(v.st.gid) === undefined;
    case '-samefile': {
      const ref = p.refStat(p.arg());
      return (v) => v.st.ino === ref.ino && v.st.dev === ref.dev;
    }
    case '-readable': case '-writable': case '-executable': {
      const want = name === '-readable' ? 4 : name === '-writable' ? 2 : 1;
      return (v) => {
        try {
          env.ctx.fs.access(v.path, want);
          return true;
        } catch (e) {
          if (e instanceof FsError) return false;
          throw e;
        }
      };
    }
    case '-fstype': {
      const t = p.arg();
      return (v) => v.fstype === t;
    }
    default: return null;
  }
}

const TIME_FIELD = { a: 'atime', c: 'ctime', m: 'mtime' } as const;

/** -newerXY REF: the X time of the file is after the Y time of REF (or the date REF when Y is t). */
function newerXY(p: ParseCtx, x: string, y: string): Pred {
  const field = TIME_FIELD[x as 'a']!;
  let ref: number;
  if (y === 't') {
    let s: string;
    try {
      s = p.arg();
    } catch {
      throw new FindUsage(`The '${p.name}' test needs an argument`);
    }
    const t = parseDate(s, p.env.now);
    if (t === null) throw new FindUsage(`I cannot figure out how to interpret '${s}' as a date or time`);
    ref = t;
  } else ref = p.refStat(p.arg())[TIME_FIELD[y as 'a']!];
  return (v) => v.st[field] > ref;
}

/** The glibc regerror text closest to why the translated pattern failed. */
function regexError(src: string, e: unknown): string {
  if (/(^|[^\\])(\\\\)*\\$/.test(src)) return 'Trailing backslash';
  if (e instanceof SyntaxError && /group|parenthes/i.test(e.message)) return 'Unmatched ( or \\(';
  return 'Invalid regular expression';
}
