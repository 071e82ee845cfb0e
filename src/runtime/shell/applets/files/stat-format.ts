import type { Stat } from '../../../kernel/fs/types.ts';
import { ioBlock } from './block-usage.ts';
import type { FsUsage } from './fs-usage.ts';
import { fsTypeName } from './fs-usage.ts';
import type { IdNames } from './id-names.ts';
import { fileTypeName, fullMode, major, minor, modeString } from './mode-string.ts';
import { type Spec, fmtInt, fmtString } from './printf-spec.ts';
import { quotearg, type QuotingStyle } from './quote.ts';
import { splitTime, strftime } from './time-format.ts';

/** What a file directive can draw on. */
export interface FileFacts {
  name: string;
  st: Stat;
  blocks: number;
  fstype: string;
  mountPoint: string;
  linkTarget?: string;
  ids: IdNames;
  /** How %N quotes (null: not at all, as GNU's default output and busybox do for plain files). */
  quoting: QuotingStyle | null;
  busybox: boolean;
}

const humanTime = (ms: number) => strftime('%Y-%m-%d %H:%M:%S.%N %z', ms);

/** %X %Y %Z with an optional precision: seconds, then that many digits of the fraction. */
function epoch(ms: number, spec: Spec): string {
  const { sec, ns } = splitTime(ms);
  if (spec.precision === null) return fmtInt(sec, spec);
  const frac = spec.precision > 0 ? `.${String(ns).padStart(9, '0').slice(0, Math.min(9, spec.precision)).padEnd(spec.precision, '0')}` : '';
  return fmtString(`${sec}${frac}`, { ...spec, precision: null });
}

/** One %-directive of a file format; null for an unknown one (GNU prints `?`). */
export function fileDirective(conv: string, spec: Spec, f: FileFacts): string | null {
  const st = f.st;
  const str = (s: string) => fmtString(s, spec);
  const dec = (n: number) => fmtInt(n, spec, 10, true);
  const hex = (n: number) => fmtInt(n, spec, 16, false);
  switch (conv) {
    case 'a': return fmtInt(st.mode & 0o7777, spec, 8, false);
    case 'A': return str(modeString(st));
    case 'b': return dec(f.blocks);
    case 'B': return dec(512);
    case 'C': return str('?');
    case 'd': return dec(st.dev);
    case 'D': return hex(st.dev);
    case 'f': return hex(fullMode(st));
    case 'F': return str(fileTypeName(st));
    case 'g': return dec(st.gid);
    case 'G': return str(f.ids.group(st.gid) ?? 'UNKNOWN');
    case 'h': return dec(st.nlink);
    case 'i': return dec(st.ino);
    case 'm': return str(f.mountPoint);
    case 'n': return str(f.name);
    case 'N': {
      const q = (s: string) => (f.quoting ? quotearg(s, f.quoting) : s);
      if (f.busybox) return str(st.type === 'symlink' ? `'${f.name}' -> '${f.linkTarget ?? ''}'` : f.name);
      return str(st.type === 'symlink' && f.linkTarget !== undefined ? `${q(f.name)} -> ${q(f.linkTarget)}` : q(f.name));
    }
    case 'o': return dec(ioBlock(f.fstype));
    case 's': return dec(st.size);
    case 'r': return dec(st.rdev);
    case 'R': return hex(st.rdev);
    case 't': return hex(major(st.rdev));
    case 'T': return hex(minor(st.rdev));
    case 'u': return dec(st.uid);
    case 'U': return str(f.ids.user(st.uid) ?? 'UNKNOWN');
    case 'w': return str('-');
    case 'W': return dec(0);
    case 'x': return str(humanTime(st.atime));
    case 'X': return epoch(st.atime, spec);
    case 'y': return str(humanTime(st.mtime));
    case 'Y': return epoch(st.mtime, spec);
    case 'z': return str(humanTime(st.ctime));
    case 'Z': return epoch(st.ctime, spec);
    case 'Hd': return dec(major(st.dev));
    case 'Ld': return dec(minor(st.dev));
    case 'Hr': return dec(major(st.rdev));
    case 'Lr': return dec(minor(st.rdev));
    default: return null;
  }
}

export interface FsFacts {
  name: string;
  fstype: string;
  u: FsUsage;
}

/** One %-directive of a --file-system format. */
export function fsDirective(conv: string, spec: Spec, f: FsFacts): string | null {
  const dec = (n: number) => fmtInt(n, spec, 10, false);
  const { u } = f;
  switch (conv) {
    case 'a': return dec(u.bavail);
    case 'b': return dec(u.blocks);
    case 'c': return dec(u.files);
    case 'd': return dec(u.ffree);
    case 'f': return dec(u.bfree);
    case 'i': return fmtString(u.fsid, spec);
    case 'l': return dec(u.namelen);
    case 'n': return fmtString(f.name, spec);
    case 's': return dec(u.bsize);
    case 'S': return dec(u.frsize);
    case 't': return fmtInt(u.magic, spec, 16, false);
    case 'T': return fmtString(fsTypeName(f.fstype), spec);
    default: return null;
  }
}
