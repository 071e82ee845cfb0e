import type { IdNames } from './id-names.ts';
import type { LsEntry } from './ls-entries.ts';
import type { Cell } from './ls-layout.ts';
import type { NameRenderer } from './ls-name.ts';
import type { LsConfig } from './ls-options.ts';
import { major, minor, modeString } from './mode-string.ts';
import { strftime } from './time-format.ts';

/** busybox make_human_readable_str(): one decimal (`4.9K`), or none when `noFraction`. */
export function bbHuman(val: number, noFraction = false): string {
  if (val === 0) return '0';
  const units = ['', 'K', 'M', 'G', 'T', 'P', 'E'];
  let u = 0;
  let frac = 0;
  let v = val;
  while (v >= 1024) {
    u++;
    frac = Math.floor(((v % 1024) * 10 + 512) / 1024);
    v = Math.floor(v / 1024);
  }
  if (frac >= 10) {
    v++;
    frac = 0;
  }
  if (noFraction) return `${v + (frac >= 5 ? 1 : 0)}${units[u]}`;
  return u === 0 ? String(v) : `${v}.${frac}${units[u]}`;
}

function timeOf(cfg: LsConfig, e: LsEntry): number {
  const st = e.st!;
  return cfg.time === 'atime' ? st.atime : cfg.time === 'ctime' ? st.ctime : st.mtime;
}

/** busybox ls.c display_single() in long mode: fixed-width columns. */
export function busyboxLongLine(cfg: LsConfig, ids: IdNames, names: NameRenderer, e: LsEntry, now: number): string {
  const st = e.st;
  if (!st) return `${e.name}`;
  let p = '';
  if (cfg.inode) p += `${String(st.ino).padStart(7)} `;
  if (cfg.blocks) p += `${String(e.blocks >> 1).padStart(6)} `;
  p += `${modeString(st).padEnd(10)} ${String(st.nlink).padStart(4)} `;
  const user = (cfg.numeric ? undefined : ids.user(st.uid)) ?? String(st.uid);
  const group = (cfg.numeric ? undefined : ids.group(st.gid)) ?? String(st.gid);
  const f8 = (s: string) => s.slice(0, 8).padEnd(8);
  if (cfg.owner) p += `${f8(user)} `;
  if (cfg.group) p += `${f8(group)} `;
  if (st.type === 'chr' || st.type === 'blk') p += `${String(major(st.rdev)).padStart(4)}, ${String(minor(st.rdev)).padStart(3)} `;
  else if (cfg.fileSize.size === 1 && cfg.fileSize.opts) p += `${bbHuman(st.size).padStart(7)} `;
  else p += `${String(st.size).padStart(9)} `;
  const t = timeOf(cfg, e);
  if (cfg.bbFullTime) p += `${strftime('%Y-%m-%d %H:%M:%S %z', t)} `;
  else {
    const age = (now - t) / 1000;
    p += age < (3600 * 24 * 365) / 2 && age > -15 * 60 ? `${strftime('%b %e %H:%M', t)} ` : `${strftime('%b %e ', t)}${`${strftime('%Y', t)} `.padStart(6)}`;
  }
  p += names.render(e);
  if (st.type === 'symlink' && e.linkName !== undefined) {
    p += ` -> ${names.render(e, true)}`;
    if (cfg.indicator === 'classify' && e.linkSt) p += names.indicator({ ...e, st: e.linkSt, type: e.linkSt.type });
  } else p += names.indicator(e);
  return p;
}

/** busybox display_files(): every column as wide as the longest name + 2. */
export function busyboxColumns(cells: (Cell & { nameWidth: number })[], cfg: LsConfig): string {
  if (cells.length === 0) return '';
  const colWidth = Math.max(...cells.map((c) => c.nameWidth)) + 2 + (cfg.inode ? 8 : 0) + (cfg.blocks ? 5 : 0);
  let ncols = Math.floor(cfg.lineLength / colWidth);
  let nrows = cells.length;
  if (ncols > 1) nrows = Math.ceil(cells.length / ncols);
  else ncols = 1;
  let out = '';
  for (let row = 0; row < nrows; row++) {
    let column = 0;
    let nexttab = 0;
    for (let nc = 0; nc < ncols; nc++) {
      const i = cfg.format === 'horizontal' ? row * ncols + nc : nc * nrows + row;
      if (i >= cells.length) continue;
      if (column > 0) {
        nexttab -= column;
        out += ' '.repeat(Math.abs(nexttab));
        column += Math.abs(nexttab);
      }
      nexttab = column + colWidth;
      out += cells[i]!.text;
      column += cells[i]!.width;
    }
    out += '\n';
  }
  return out;
}

/** The inode / block-count prefix busybox puts before a name (`%7llu `, `%6llu `). */
export function busyboxPrefix(cfg: LsConfig, e: LsEntry): string {
  let p = '';
  if (cfg.inode) p += `${String(e.st?.ino ?? 0).padStart(7)} `;
  if (cfg.blocks) p += `${String(e.blocks >> 1).padStart(6)} `;
  return p;
}

/** `total N`, or `total 32K    ` with -h (left-aligned in 7 columns). */
export function busyboxTotal(cfg: LsConfig, blocks512: number): string {
  const kb = Math.ceil(blocks512 / 2);
  if (cfg.fileSize.size === 1 && cfg.fileSize.opts) return `total ${bbHuman(kb * 1024, true).padEnd(7)}\n`;
  return `total ${kb}\n`;
}
