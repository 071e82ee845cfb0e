import { permString } from './modes.ts';

/** One archive member as GNU tar 1.34 writes it (format=gnu: "ustar  \0" magic, ././@LongLink names). */
export interface TarEntry {
  name: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number; // seconds
  type: '0' | '1' | '2' | '3' | '4' | '5' | '6';
  linkname: string;
  uname: string;
  gname: string;
  devmajor: number;
  devminor: number;
  data: string;
}

const BLOCK = 512;
export const RECORD = 10240;

function field(s: string, len: number): string {
  return s.slice(0, len).padEnd(len, '\0');
}
const oct = (n: number, len: number) => `${n.toString(8).padStart(len - 1, '0')}\0`;

function header(e: TarEntry, name: string, type: string, linkname: string, size: number): string {
  const dev = e.type === '3' || e.type === '4';
  let h =
    field(name, 100) + oct(e.mode & 0o7777, 8) + oct(e.uid, 8) + oct(e.gid, 8) + oct(size, 12) + oct(e.mtime, 12) +
    '        ' + type + field(linkname, 100) + 'ustar  \0' + field(e.uname, 32) + field(e.gname, 32) +
    (dev ? oct(e.devmajor, 8) + oct(e.devminor, 8) : '\0'.repeat(16)) + '\0'.repeat(167);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += h.charCodeAt(i);
  h = h.slice(0, 148) + `${sum.toString(8).padStart(6, '0')}\0 ` + h.slice(156);
  return h;
}

const pad = (s: string) => s + '\0'.repeat((BLOCK - (s.length % BLOCK)) % BLOCK);

/** Header (plus GNU long-name records when needed) and padded data of one member. */
export function encodeEntry(e: TarEntry): string {
  let out = '';
  const longLink = (kind: 'K' | 'L', value: string) =>
    header({ ...e, mode: 0o644, uid: 0, gid: 0, mtime: 0, uname: 'root', gname: 'root' }, '././@LongLink', kind, '', value.length + 1) + pad(`${value}\0`);
  if (e.linkname.length > 100) out += longLink('K', e.linkname);
  if (e.name.length > 100) out += longLink('L', e.name);
  out += header(e, e.name, e.type, e.linkname, e.type === '0' ? e.size : 0);
  if (e.type === '0') out += pad(e.data);
  return out;
}

/** The end-of-archive blocks and padding to a whole 20-block record. */
export function finishArchive(body: string): string {
  const withEnd = body + '\0'.repeat(2 * BLOCK);
  return withEnd + '\0'.repeat((RECORD - (withEnd.length % RECORD)) % RECORD);
}

const num = (s: string) => {
  const t = s.replace(/[\0 ]+$/, '').replace(/^[\0 ]+/, '');
  return t === '' ? 0 : parseInt(t, 8);
};
const str = (s: string) => {
  const i = s.indexOf('\0');
  return i < 0 ? s : s.slice(0, i);
};

export class BadArchive extends Error {}

/** Parses a whole archive; throws BadArchive if the first header is not a tar header. */
export function decodeArchive(raw: string): TarEntry[] {
  const out: TarEntry[] = [];
  let pos = 0;
  let longName: string | undefined;
  let longLink: string | undefined;
  if (raw.length < BLOCK) throw new BadArchive();
  while (pos + BLOCK <= raw.length) {
    const h = raw.slice(pos, pos + BLOCK);
    if (/^\0*$/.test(h)) break;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h.charCodeAt(i);
    if (num(h.slice(148, 156)) !== sum) {
      if (out.length === 0 && longName === undefined) throw new BadArchive();
      break;
    }
    const rawType = h[156] === '\0' || h[156] === '7' ? '0' : h[156];
    const type = rawType as TarEntry['type'] | 'L' | 'K';
    const size = num(h.slice(124, 136));
    const data = raw.slice(pos + BLOCK, pos + BLOCK + size);
    pos += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'L' || type === 'K') {
      if (type === 'L') longName = str(data);
      else longLink = str(data);
      continue;
    }
    const prefix = h.slice(257, 263) === 'ustar\0' ? str(h.slice(345, 500)) : '';
    const name = longName ?? (prefix ? `${prefix}/${str(h.slice(0, 100))}` : str(h.slice(0, 100)));
    out.push({
      name, mode: num(h.slice(100, 108)), uid: num(h.slice(108, 116)), gid: num(h.slice(116, 124)), size,
      mtime: num(h.slice(136, 148)), type: type as TarEntry['type'], linkname: longLink ?? str(h.slice(157, 257)),
      uname: str(h.slice(265, 297)), gname: str(h.slice(297, 329)), devmajor: num(h.slice(329, 337)), devminor: num(h.slice(337, 345)), data,
    });
    longName = longLink = undefined;
  }
  return out;
}

const TYPE_CHAR: Record<string, string> = { '0': '-', '1': 'h', '2': 'l', '3': 'c', '4': 'b', '5': 'd', '6': 'p' };

/** `tar tv` lines; the owner/size column grows like GNU tar's static ugswidth. */
export class Lister {
  private width = 19;
  /** --full-time: seconds too. */
  constructor(private readonly fullTime = false) {}
  line(e: TarEntry, numeric: boolean): string {
    const user = numeric || !e.uname ? String(e.uid) : e.uname;
    const group = numeric || !e.gname ? String(e.gid) : e.gname;
    const size = e.type === '3' || e.type === '4' ? `${e.devmajor},${e.devminor}` : String(e.type === '0' ? e.size : 0);
    const need = user.length + 1 + group.length + 1 + size.length;
    if (need > this.width) this.width = need;
    const d = new Date(e.mtime * 1000);
    const p2 = (n: number) => String(n).padStart(2, '0');
    const when = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}${this.fullTime ? `:${p2(d.getUTCSeconds())}` : ''}`;
    const tail = e.type === '2' ? ` -> ${e.linkname}` : e.type === '1' ? ` link to ${e.linkname}` : '';
    return `${TYPE_CHAR[e.type] ?? '-'}${permString(e.mode)} ${user}/${group} ${size.padStart(this.width - need + size.length)} ${when} ${e.name}${tail}\n`;
  }
}
