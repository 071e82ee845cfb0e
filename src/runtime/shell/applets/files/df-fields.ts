import { type FsUsage } from './fs-usage.ts';
import { humanReadable } from './human.ts';

export type Field = 'source' | 'fstype' | 'itotal' | 'iused' | 'iavail' | 'ipcent' | 'size' | 'used' | 'avail' | 'pcent' | 'file' | 'target';

export const ALL_FIELDS: Field[] = ['source', 'fstype', 'itotal', 'iused', 'iavail', 'ipcent', 'size', 'used', 'avail', 'pcent', 'file', 'target'];

/** df's field_data: caption, minimum width, right alignment, and block/inode/other kind. */
export const FIELD: Record<Field, { caption: string; width: number; right: boolean; kind: 'block' | 'inode' | 'other' }> = {
  source: { caption: 'Filesystem', width: 14, right: false, kind: 'other' },
  fstype: { caption: 'Type', width: 4, right: false, kind: 'other' },
  size: { caption: 'blocks', width: 5, right: true, kind: 'block' },
  used: { caption: 'Used', width: 5, right: true, kind: 'block' },
  avail: { caption: 'Available', width: 5, right: true, kind: 'block' },
  pcent: { caption: 'Use%', width: 4, right: true, kind: 'block' },
  itotal: { caption: 'Inodes', width: 5, right: true, kind: 'inode' },
  iused: { caption: 'IUsed', width: 5, right: true, kind: 'inode' },
  iavail: { caption: 'IFree', width: 5, right: true, kind: 'inode' },
  ipcent: { caption: 'IUse%', width: 5, right: true, kind: 'inode' },
  file: { caption: 'File', width: 0, right: false, kind: 'other' },
  target: { caption: 'Mounted on', width: 0, right: false, kind: 'other' },
};

export interface Column {
  field: Field;
  caption: string;
}

/** Block and inode numbers of one row (df's field_values_t, used = total - free). */
interface Values {
  input: number;
  output: number;
  total: number;
  avail: number;
  used: number;
}

export interface RowInput {
  source: string;
  fstype: string;
  file: string;
  target: string;
  usage: FsUsage;
}

/** A row's cells in column order. */
export function rowCells(cols: Column[], r: RowInput, human: number, blockSize: number): string[] {
  const u = r.usage;
  const blocks: Values = { input: u.frsize, output: blockSize, total: u.blocks, avail: u.bavail, used: u.blocks - u.bfree };
  const inodes: Values = { input: 1, output: 1, total: u.files, avail: u.ffree, used: u.files - u.ffree };
  const num = (n: number, v: Values) => (n < 0 ? `-${humanReadable(-n, human, v.input, v.output)}` : humanReadable(n, human, v.input, v.output));
  return cols.map(({ field }) => {
    const v = FIELD[field].kind === 'inode' ? inodes : blocks;
    switch (field) {
      case 'source': return r.source;
      case 'fstype': return r.fstype;
      case 'file': return r.file;
      case 'target': return r.target;
      case 'size': case 'itotal': return num(v.total, v);
      case 'used': case 'iused': return num(v.used, v);
      case 'avail': case 'iavail': return num(v.avail, v);
      default: return percent(v.used, v.avail);
    }
  });
}

/** Use%: used / (used + available to non-root), rounded up; '-' when both are 0. */
function percent(used: number, avail: number): string {
  const total = used + avail;
  if (total === 0) return '-';
  if (used >= 0 && total > 0) return `${Math.floor((used * 100) / total) + ((used * 100) % total !== 0 ? 1 : 0)}%`;
  return `${Math.ceil((used * 100) / total)}%`;
}

/** print_table: columns padded to their widest cell; the last one is never right-padded. */
export function formatTable(cols: Column[], rows: string[][]): string {
  const widths = cols.map((c, i) => Math.max(FIELD[c.field].width, ...rows.map((r) => r[i]!.length)));
  let out = '';
  for (const r of rows) {
    out += r.map((cell, i) => {
      const pad = widths[i]! - cell.length;
      if (pad <= 0) return cell;
      if (FIELD[cols[i]!.field].right) return ' '.repeat(pad) + cell;
      return i === cols.length - 1 ? cell : cell + ' '.repeat(pad);
    }).join(' ') + '\n';
  }
  return out;
}
