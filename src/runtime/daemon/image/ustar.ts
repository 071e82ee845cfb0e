/**
 * Tar archives as Go's archive/tar writes them (the engine's `save`, layer diffs): USTAR headers
 * ("ustar\0" "00"), the file type bits kept in the mode field, a PAX record only for names that
 * do not fit name+prefix. The reader also takes GNU (././@LongLink) and PAX archives, since
 * `load`/`import` accept tars made by any tool.
 */
export interface TarEntry {
  name: string;
  /** '0' file, '1' hard link, '2' symlink, '3' char dev, '4' block dev, '5' dir, '6' fifo */
  type: string;
  /** permission bits (and setuid/setgid/sticky) */
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  linkname: string;
  data: string;
  devmajor: number;
  devminor: number;
  uname?: string;
  gname?: string;
}

const BLOCK = 512;
const TYPE_BITS: Record<string, number> = { '0': 0o100000, '1': 0o100000, '2': 0o120000, '3': 0o20000, '4': 0o60000, '5': 0o40000, '6': 0o10000 };
const field = (s: string, n: number) => s.slice(0, n).padEnd(n, '\0');
const oct = (v: number, n: number) => `${v.toString(8).padStart(n - 1, '0')}\0`;
const pad = (n: number) => '\0'.repeat((BLOCK - (n % BLOCK)) % BLOCK);

function rawHeader(name: string, prefix: string, e: TarEntry, type: string, size: number): string {
  const mode = type === 'x' ? e.mode : (e.mode & 0o7777) | (TYPE_BITS[type] ?? 0);
  let h =
    field(name, 100) + oct(mode, 8) + oct(e.uid, 8) + oct(e.gid, 8) + oct(size, 12) + oct(e.mtime, 12) + '        ' + type +
    field(e.linkname, 100) + 'ustar\x0000' + field(e.uname ?? '', 32) + field(e.gname ?? '', 32) + oct(e.devmajor, 8) + oct(e.devminor, 8) +
    field(prefix, 155) + '\0'.repeat(12);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += h.charCodeAt(i);
  h = `${h.slice(0, 148)}${sum.toString(8).padStart(6, '0')}\0 ${h.slice(156)}`;
  return h;
}

/** USTAR splits long names at a slash: prefix ≤ 155, name ≤ 100. */
function splitName(name: string): [string, string] | undefined {
  if (name.length <= 100) return [name, ''];
  for (let i = name.length - 1; i > 0; i--) {
    if (name[i] !== '/') continue;
    if (i <= 155 && name.length - i - 1 <= 100 && name.length - i - 1 > 0) return [name.slice(i + 1), name.slice(0, i)];
  }
  return undefined;
}

function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let n = body.length + 1;
  while (String(n).length + body.length !== n) n = String(n).length + body.length;
  return `${n}${body}`;
}

/** Appends one member (header, data, padding) to `out`. */
export function writeEntry(out: string[], e: TarEntry): void {
  const size = e.type === '0' ? e.data.length : 0;
  let split = splitName(e.name);
  if (!split || e.linkname.length > 100) {
    const pax = (split ? '' : paxRecord('path', e.name)) + (e.linkname.length > 100 ? paxRecord('linkpath', e.linkname) : '');
    const paxName = `PaxHeaders.0/${e.name.split('/').filter(Boolean).pop() ?? ''}`.slice(0, 100);
    out.push(rawHeader(paxName, '', { ...e, mode: 0, linkname: '', uname: '', gname: '' }, 'x', pax.length), pax, pad(pax.length));
    split ??= [e.name.slice(0, 100), ''];
  }
  out.push(rawHeader(split[0], split[1], { ...e, linkname: e.linkname.slice(0, 100) }, e.type, size));
  if (size) out.push(e.data, pad(size));
}

/** Go's tar.Writer.Close: two zero blocks, no record padding. */
export const END = '\0'.repeat(2 * BLOCK);

/** Reading failed; the message is what Go's archive/tar says. */
export class TarError extends Error {}

const num = (s: string) => {
  const t = s.replace(/[\0 ]+$/, '').replace(/^[\0 ]+/, '');
  return t === '' ? 0 : parseInt(t, 8);
};
const cstr = (s: string) => {
  const i = s.indexOf('\0');
  return i < 0 ? s : s.slice(0, i);
};

function parsePax(data: string): Record<string, string> {
  const out: Record<string, string> = {};
  let pos = 0;
  while (pos < data.length) {
    const sp = data.indexOf(' ', pos);
    const len = parseInt(data.slice(pos, sp), 10);
    if (!(len > 0)) break;
    const rec = data.slice(sp + 1, pos + len - 1);
    const eq = rec.indexOf('=');
    out[rec.slice(0, eq)] = rec.slice(eq + 1);
    pos += len;
  }
  return out;
}

/** Parses a whole archive; an empty input is an empty archive, a short or bad one throws TarError. */
export function readTar(raw: string): TarEntry[] {
  const out: TarEntry[] = [];
  let pos = 0;
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax: Record<string, string> = {};
  while (pos < raw.length) {
    if (pos + BLOCK > raw.length) throw new TarError('unexpected EOF');
    const h = raw.slice(pos, pos + BLOCK);
    if (/^\0*$/.test(h)) break;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h.charCodeAt(i);
    if (num(h.slice(148, 156)) !== sum) throw new TarError('archive/tar: invalid tar header');
    const type = h[156] === '\0' || h[156] === '7' ? '0' : h[156]!;
    const size = num(h.slice(124, 136));
    if (pos + BLOCK + size > raw.length) throw new TarError('unexpected EOF');
    const data = raw.slice(pos + BLOCK, pos + BLOCK + size);
    pos += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'L') longName = cstr(data);
    else if (type === 'K') longLink = cstr(data);
    else if (type === 'x') pax = { ...pax, ...parsePax(data) };
    else if (type === 'g') continue;
    else {
      const prefix = h.slice(257, 263) === 'ustar\0' ? cstr(h.slice(345, 500)) : '';
      const base = cstr(h.slice(0, 100));
      out.push({
        name: pax.path ?? longName ?? (prefix ? `${prefix}/${base}` : base), type, mode: num(h.slice(100, 108)) & 0o7777,
        uid: num(h.slice(108, 116)), gid: num(h.slice(116, 124)), mtime: num(h.slice(136, 148)),
        linkname: pax.linkpath ?? longLink ?? cstr(h.slice(157, 257)), data: type === '0' ? data : '',
        devmajor: num(h.slice(329, 337)), devminor: num(h.slice(337, 345)),
      });
      longName = longLink = undefined;
      pax = {};
    }
  }
  return out;
}
