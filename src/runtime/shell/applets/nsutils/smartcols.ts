/** One column as libsmartcols lays it out. */
export interface Column {
  name: string;
  right?: boolean;
  json?: 'number' | 'string';
}

export interface TableOptions {
  mode: 'table' | 'raw' | 'json';
  headings: boolean;
  /** The JSON array's name (`namespaces` for lsns). */
  jsonName: string;
}

/**
 * libsmartcols output: columns as wide as their widest cell (header included), one space apart,
 * right-aligned where the column asks for it; the last column is never padded.
 */
export function renderTable(cols: Column[], rows: string[][], o: TableOptions): string {
  if (o.mode === 'json') return renderJson(cols, rows, o.jsonName);
  const all = o.headings ? [cols.map((c) => c.name), ...rows] : rows;
  if (o.mode === 'raw') return all.map((r) => `${r.join(' ')}\n`).join('');
  const widths = cols.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  return all
    .map((r) =>
      r
        .map((cell, i) => {
          if (i === cols.length - 1) return cols[i]!.right ? cell.padStart(widths[i]!) : cell;
          return cols[i]!.right ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!);
        })
        .join(' ')
        .replace(/ +$/, (m) => (cols[cols.length - 1]!.right ? m : '')) + '\n',
    )
    .join('');
}

function renderJson(cols: Column[], rows: string[][], name: string): string {
  const esc = (s: string) => JSON.stringify(s);
  const value = (c: Column, v: string) => (c.json === 'number' ? (v === '' ? 'null' : v) : v === '' ? 'null' : esc(v));
  // Objects follow each other as `},{`, the way libsmartcols prints JSON arrays.
  const objs = rows.map((r) => `{\n${cols.map((c, i) => `         ${esc(c.name.toLowerCase())}: ${value(c, r[i]!)}`).join(',\n')}\n      }`);
  return `{\n   ${esc(name)}: [\n      ${objs.join(',')}\n   ]\n}\n`;
}
