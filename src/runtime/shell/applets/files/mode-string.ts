import type { FileType, Stat } from '../../../kernel/fs/types.ts';
import { S_IFMT } from '../../../kernel/fs/types.ts';

const TYPE_CHAR: Record<FileType, string> = { file: '-', dir: 'd', symlink: 'l', chr: 'c', blk: 'b', fifo: 'p', sock: 's' };

export function typeChar(t: FileType): string {
  return TYPE_CHAR[t];
}

/** `drwxr-sr-t`: strmode() without the trailing ACL column (the model has no ACLs). */
export function modeString(st: Pick<Stat, 'type' | 'mode'>): string {
  const m = st.mode;
  const rwx = (shift: number, special: number, on: string, off: string) => {
    const r = m & (4 << shift) ? 'r' : '-';
    const w = m & (2 << shift) ? 'w' : '-';
    const xb = m & (1 << shift);
    const x = m & special ? (xb ? on : off) : xb ? 'x' : '-';
    return r + w + x;
  };
  return TYPE_CHAR[st.type] + rwx(6, 0o4000, 's', 'S') + rwx(3, 0o2000, 's', 'S') + rwx(0, 0o1000, 't', 'T');
}

/** st_mode with the file type bits, as stat %f and find -printf %M need it. */
export function fullMode(st: Pick<Stat, 'type' | 'mode'>): number {
  return S_IFMT[st.type] | (st.mode & 0o7777);
}

/** stat's %F: file type names of coreutils' file_type(). */
export function fileTypeName(st: Pick<Stat, 'type' | 'size'>): string {
  switch (st.type) {
    case 'file': return st.size === 0 ? 'regular empty file' : 'regular file';
    case 'dir': return 'directory';
    case 'symlink': return 'symbolic link';
    case 'chr': return 'character special file';
    case 'blk': return 'block special file';
    case 'fifo': return 'fifo';
    case 'sock': return 'socket';
  }
}

export const major = (rdev: number): number => Math.floor(rdev / 256);
export const minor = (rdev: number): number => rdev % 256;
