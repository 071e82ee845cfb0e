import type { Stat } from '../../../kernel/fs/types.ts';
import { humanReadable } from './human.ts';
import type { IdNames } from './id-names.ts';
import type { LsEntry } from './ls-entries.ts';
import type { NameRenderer } from './ls-name.ts';
import type { LsConfig } from './ls-options.ts';
import { major, minor, modeString, typeChar } from './mode-string.ts';
import { strftime } from './time-format.ts';

/** Half a Gregorian year: ls shows the time of day for files newer than this. */
const SIX_MONTHS_MS = (31556952 / 2) * 1000;

export function blocksText(cfg: LsConfig, e: LsEntry): string {
  if (!e.st) return '?';
  return humanReadable(e.blocks, cfg.blockSize.opts, 512, cfg.blockSize.size);
}

function sizeText(cfg: LsConfig, st: Stat): string {
  return humanReadable(st.size, cfg.fileSize.opts, 1, cfg.fileSize.size);
}

function timeOf(cfg: LsConfig, st: Stat): number {
  return cfg.time === 'atime' ? st.atime : cfg.time === 'mtime' ? st.mtime : st.ctime;
}

/** Column widths of one listing (gobble_file's running maxima). */
export interface Widths {
  inode: number;
  blocks: number;
  nlink: number;
  owner: number;
  group: number;
  size: number;
  major: number;
  minor: number;
}

export function computeWidths(cfg: LsConfig, ids: IdNames, entries: LsEntry[]): Widths {
  const w: Widths = { inode: 0, blocks: 0, nlink: 0, owner: 0, group: 0, size: 0, major: 0, minor: 0 };
  for (const e of entries) {
    const st = e.st;
    if (!st) continue;
    if (cfg.inode) w.inode = Math.max(w.inode, String(st.ino).length);
    if (cfg.format === 'long' || cfg.blocks) w.blocks = Math.max(w.blocks, blocksText(cfg, e).length);
    if (cfg.format !== 'long') continue;
    w.nlink = Math.max(w.nlink, String(st.nlink).length);
    if (cfg.owner || cfg.author) w.owner = Math.max(w.owner, userText(cfg, ids, st.uid).length);
    if (cfg.group) w.group = Math.max(w.group, groupText(cfg, ids, st.gid).length);
    if (st.type === 'chr' || st.type === 'blk') {
      w.major = Math.max(w.major, String(major(st.rdev)).length);
      w.minor = Math.max(w.minor, String(minor(st.rdev)).length);
      w.size = Math.max(w.size, w.major + 2 + w.minor);
    } else w.size = Math.max(w.size, sizeText(cfg, st).length);
  }
  return w;
}

const userText = (cfg: LsConfig, ids: IdNames, uid: number) => (cfg.numeric ? undefined : ids.user(uid)) ?? String(uid);
const groupText = (cfg: LsConfig, ids: IdNames, gid: number) => (cfg.numeric ? undefined : ids.group(gid)) ?? String(gid);

/** format_user_or_group: names left-aligned, numbers right-aligned, then one blank. */
function ownerField(name: string | undefined, id: number, width: number): string {
  return name !== undefined ? `${name.padEnd(width)} ` : `${String(id).padStart(width)} `;
}

/** One line of `ls -l` (print_long_format), without the newline. */
export function longLine(cfg: LsConfig, ids: IdNames, names: NameRenderer, w: Widths, e: LsEntry, now: number): string {
  const st = e.st;
  let p = '';
  if (cfg.inode) p += `${(st ? String(st.ino) : '?').padStart(w.inode)} `;
  if (cfg.blocks) p += `${blocksText(cfg, e).padStart(w.blocks)} `;
  const mode = st ? modeString(st) : `${typeChar(e.type)}?????????`;
  p += `${mode} ${(st ? String(st.nlink) : '?').padStart(w.nlink)} `;
  if (cfg.owner) p += st ? ownerField(cfg.numeric ? undefined : ids.user(st.uid), st.uid, w.owner) : ownerField('?', 0, w.owner);
  if (cfg.group) p += st ? ownerField(cfg.numeric ? undefined : ids.group(st.gid), st.gid, w.group) : ownerField('?', 0, w.group);
  // --author: Linux has no separate author, so GNU ls shows the owner again.
  if (cfg.author) p += st ? ownerField(cfg.numeric ? undefined : ids.user(st.uid), st.uid, w.owner) : ownerField('?', 0, w.owner);
  if (st && (st.type === 'chr' || st.type === 'blk')) {
    const blanks = w.size - (w.major + 2 + w.minor);
    p += `${String(major(st.rdev)).padStart(w.major + Math.max(0, blanks))}, ${String(minor(st.rdev)).padStart(w.minor)} `;
  } else p += `${(st ? sizeText(cfg, st) : '?').padStart(w.size)} `;
  if (st) {
    const when = timeOf(cfg, st);
    // A file stamped at the very instant ls runs counts as recent (the virtual clock can stand still).
    const recent = now - SIX_MONTHS_MS < when && when <= now;
    p += `${strftime(cfg.timeFormats[recent ? 1 : 0], when)} `;
  } else p += `${'?'.padStart(strftime(cfg.timeFormats[0], 0).length)} `;
  p += names.render(e);
  if (e.type === 'symlink' && st) {
    if (e.linkName !== undefined) {
      p += ` -> ${names.render(e, true)}`;
      if (cfg.indicator !== 'none' && e.linkSt) p += names.indicator({ ...e, st: e.linkSt, type: e.linkSt.type });
    }
  } else p += names.indicator(e);
  return p;
}
