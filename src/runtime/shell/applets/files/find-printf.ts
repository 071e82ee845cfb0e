import { humanReadable } from './human.ts';
import type { FindEnv, Visit } from './find-types.ts';
import { modeString, major, minor, typeChar } from './mode-string.ts';
import { type Spec, backslashEscape, fmtString, parseSpec } from './printf-spec.ts';
import { splitTime, strftime } from './time-format.ts';

/** A compiled -printf format: literal text, directives, and `\c` (stop). */
type Piece = { lit: string } | { dir: string; spec: Spec; text: string } | { stop: true };

/** Compiles -printf FORMAT once, warning (like find) about unknown escapes and directives. */
export function compilePrintf(fmt: string, warn: (msg: string) => void): Piece[] {
  const out: Piece[] = [];
  let lit = '';
  for (let i = 0; i < fmt.length; ) {
    const c = fmt[i]!;
    if (c === '\\') {
      if (fmt[i + 1] === 'c') {
        out.push({ lit }, { stop: true });
        lit = '';
        i += 2;
        continue;
      }
      const e = backslashEscape(fmt, i);
      if (e.unknown !== undefined || fmt[i + 1] === 'x') {
        warn(`warning: unrecognized escape \`\\${fmt[i + 1] ?? ''}'`);
        lit += `\\${fmt[i + 1] ?? ''}`;
        i += 2;
        continue;
      }
      lit += e.text;
      i = e.next;
      continue;
    }
    if (c !== '%') {
      lit += c;
      i++;
      continue;
    }
    if (fmt[i + 1] === '%') {
      lit += '%';
      i += 2;
      continue;
    }
    const p = parseSpec(fmt, i + 1);
    let dir = p.conv ?? '';
    let next = p.next;
    if ('ABCT'.includes(dir) && next < fmt.length) dir += fmt[next++];
    if (dir === '' || !/^(?:[abcdDfFgGhHiklmMnpPsSuUyYZt]|[ABCT].)$/.test(dir)) {
      const text = fmt.slice(i, next);
      warn(`warning: unrecognized format directive \`${text}'`);
      lit += text;
      i = next;
      continue;
    }
    out.push({ lit }, { dir, spec: p.spec, text: fmt.slice(i, next) });
    lit = '';
    i = next;
  }
  out.push({ lit });
  return out;
}

/** find's ctime-like stamp: `Mon Jan  5 08:00:00.0000000000 2026` (ns plus a trailing 0). */
function stamp(ms: number): string {
  return strftime('%a %b %e %H:%M:%S', ms) + `.${String(splitTime(ms).ns).padStart(9, '0')}0` + strftime(' %Y', ms);
}

function timeField(k: string, ms: number): string {
  const frac = `${String(splitTime(ms).ns).padStart(9, '0')}0`;
  if (k === '@') return `${splitTime(ms).sec}.${frac}`;
  if (k === '+') return `${strftime('%Y-%m-%d+%H:%M:%S', ms)}.${frac}`;
  if (k === 'S') return `${strftime('%S', ms)}.${frac}`;
  if (k === 'T') return `${strftime('%H:%M:%S', ms)}.${frac}`;
  return strftime(`%${k}`, ms);
}

function dirname(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return trimmed === '/' ? '' : '/';
  return trimmed.slice(0, i);
}

/** One directive's value. */
function directive(d: string, v: Visit, env: FindEnv): string {
  const st = v.st;
  const fs = env.ctx.fs;
  switch (d[0]) {
    case 'a': return stamp(st.atime);
    case 'c': return stamp(st.ctime);
    case 't': return stamp(st.mtime);
    case 'A': return timeField(d[1]!, st.atime);
    case 'C': return timeField(d[1]!, st.ctime);
    case 'T': return timeField(d[1]!, st.mtime);
    case 'B': return d[1] === '@' ? '0' : '';
    case 'b': return String(v.blocks);
    case 'k': return String(Math.ceil(v.blocks / 2));
    case 'd': return String(v.depth);
    case 'D': return String(st.dev);
    case 'f': {
      if (v.depth === 0) return v.path === '/' ? '/' : v.path.replace(/\/+$/, '').split('/').pop()!;
      return v.path.slice(v.path.lastIndexOf('/') + 1);
    }
    case 'F': return v.fstype;
    case 'g': return env.ids.group(st.gid) ?? String(st.gid);
    case 'G': return String(st.gid);
    case 'h': return dirname(v.path);
    case 'H': return v.start;
    case 'i': return String(st.ino);
    case 'l': {
      try {
        return fs.lstat(v.path).type === 'symlink' ? fs.readlink(v.path) : '';
      } catch {
        return '';
      }
    }
    case 'm': return (st.mode & 0o7777).toString(8);
    case 'M': return modeString(st);
    case 'n': return String(st.nlink);
    case 'p': return v.path;
    case 'P': return v.depth === 0 ? '' : v.path.slice(v.start.length).replace(/^\/+/, '');
    case 's': return String(st.size);
    case 'S': {
      if (st.size === 0) return '1';
      const r = (v.blocks * 512) / st.size;
      return Number(r.toPrecision(6)).toString();
    }
    case 'u': return env.ids.user(st.uid) ?? String(st.uid);
    case 'U': return String(st.uid);
    case 'y': return typeChar(st.type) === '-' ? 'f' : typeChar(st.type);
    case 'Y': {
      if (st.type !== 'symlink') return typeChar(st.type) === '-' ? 'f' : typeChar(st.type);
      try {
        const t = fs.stat(v.path).type;
        return typeChar(t) === '-' ? 'f' : typeChar(t);
      } catch (e) {
        return (e as { code?: string }).code === 'ELOOP' ? 'L' : 'N';
      }
    }
    case 'Z': return '';
    default: return '';
  }
}

/** Renders a compiled format for one file; `\c` ends the output for this file. */
export function renderPrintf(pieces: Piece[], v: Visit, env: FindEnv): string {
  let out = '';
  for (const p of pieces) {
    if ('stop' in p) break;
    if ('lit' in p) out += p.lit;
    else {
      // findutils formats every directive's text with %s (so a 0 flag pads with blanks).
      out += fmtString(directive(p.dir, v, env), p.spec);
    }
  }
  return out;
}

/** findutils' print_name_with_quoting for -ls names: backslash escapes, octal for the rest. */
function lsName(s: string): string {
  const esc: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\b': '\\b', '\r': '\\r', '\t': '\\t', '\f': '\\f', ' ': '\\ ', '"': '\\"' };
  let out = '';
  for (const c of s) {
    const n = c.charCodeAt(0);
    out += esc[c] ?? (n > 0o40 && n < 0o177 ? c : `\\${n.toString(8).padStart(3, '0')}`);
  }
  return out;
}

/** One -ls line (findutils list_file), growing the shared column widths as it goes. */
export function lsLine(v: Visit, env: FindEnv): string {
  const w = env.widths;
  const st = v.st;
  const grow = (s: string, key: keyof typeof w, left = false) => {
    const t = left ? s.padEnd(w[key]) : s.padStart(w[key]);
    if (t.length > w[key]) w[key] = t.length;
    return t;
  };
  let line = `${grow(String(st.ino), 'inode')} ${grow(humanReadable(v.blocks, 0, 512, 1024), 'blocks')} ${modeString(st)} ${grow(String(st.nlink), 'nlink')} `;
  const user = env.ids.user(st.uid);
  if (user !== undefined) {
    w.owner = Math.max(w.owner, user.length);
    line += `${user.padEnd(w.owner)} `;
  } else {
    const t = `${String(st.uid).padEnd(8)} `;
    if (t.length > w.owner) w.owner = t.length;
    line += t;
  }
  const group = env.ids.group(st.gid);
  if (group !== undefined) {
    w.group = Math.max(w.group, group.length);
    line += `${group.padEnd(w.group)} `;
  } else line += `${grow(String(st.gid), 'group', true)} `;
  if (st.type === 'chr' || st.type === 'blk') line += `${grow(String(major(st.rdev)), 'major')}, ${grow(String(minor(st.rdev)), 'minor')}`;
  else line += grow(String(st.size), 'size');
  const recent = env.now / 1000 - 6 * 30 * 24 * 3600 <= st.mtime / 1000 && st.mtime / 1000 <= env.now / 1000 + 3600;
  line += ` ${strftime(recent ? '%b %e %H:%M' : '%b %e  %Y', st.mtime)} ${lsName(v.path)}`;
  if (st.type === 'symlink') {
    try {
      line += ` -> ${lsName(env.ctx.fs.readlink(v.path))}`;
    } catch {
      // unreadable link: findutils reports it and prints no target
    }
  }
  return `${line}\n`;
}
