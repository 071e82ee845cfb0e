/** column -t: cells split by separators, padded to each column's width (the last one unpadded). */
export interface TableOpts {
  seps: string | null;
  outSep: string;
  names: string[];
  right: Set<number>;
  hide: Set<number>;
  noHeadings: boolean;
  limit: number;
  keepEmpty: boolean;
}

const width = (s: string) => [...Buffer.from(s, 'latin1').toString('utf8')].length;

function splitRow(line: string, o: TableOpts): string[] {
  const cells: string[] = [];
  if (o.seps === null) {
    // greedy: runs of blanks separate, leading ones are ignored
    let rest = line.replace(/^[ \t]+/, '');
    while (rest !== '') {
      if (o.limit && cells.length === o.limit - 1) {
        cells.push(rest);
        break;
      }
      const m = /[ \t]+/.exec(rest);
      if (!m) {
        cells.push(rest);
        break;
      }
      cells.push(rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length);
    }
    return cells;
  }
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    if (!o.seps.includes(line[i]!)) continue;
    if (o.limit && cells.length === o.limit - 1) break;
    cells.push(line.slice(start, i));
    start = i + 1;
  }
  cells.push(line.slice(start));
  return cells;
}

/** Column numbers (1-based) or names from -R/-H lists. */
export function columnSet(list: string, names: string[]): Set<number> | string {
  const out = new Set<number>();
  for (const item of list.split(',')) {
    const byName = names.indexOf(item);
    if (byName >= 0) out.add(byName);
    else if (/^\d+$/.test(item) && Number(item) > 0) out.add(Number(item) - 1);
    else return `undefined column name '${item}'`;
  }
  return out;
}

export function formatTable(lines: string[], o: TableOpts): string {
  const rows: string[][] = [];
  if (o.names.length && !o.noHeadings) rows.push(o.names);
  for (const l of lines) {
    if (l.trim() === '' && !o.keepEmpty) continue;
    rows.push(l === '' ? [''] : splitRow(l, o));
  }
  const ncols = Math.max(o.names.length, ...rows.map((r) => r.length));
  const widths = new Array<number>(ncols).fill(0);
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i]!, width(c))));
  const shown = [...Array(ncols).keys()].filter((i) => !o.hide.has(i));
  const last = shown[shown.length - 1];
  let out = '';
  for (const r of rows) {
    const parts = shown.map((i) => {
      const c = r[i] ?? '';
      const padN = widths[i]! - width(c);
      if (o.right.has(i)) return ' '.repeat(padN) + c;
      return i === last ? c : c + ' '.repeat(padN);
    });
    out += parts.join(o.outSep) + '\n';
  }
  return out;
}
