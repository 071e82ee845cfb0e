/** Multi-column output of ls (-C, -x, -m): column fitting and tab/space indentation as ls.c. */
export interface Cell {
  text: string;
  width: number;
}

const MIN_COLUMN_WIDTH = 3;

/** indent(): pad from column `from` to `to` with tabs where a tab stop fits, else spaces. */
function indent(from: number, to: number, tabsize: number): string {
  let s = '';
  while (from < to) {
    if (tabsize !== 0 && Math.floor(to / tabsize) > Math.floor((from + 1) / tabsize)) {
      s += '\t';
      from += tabsize - (from % tabsize);
    } else {
      s += ' ';
      from++;
    }
  }
  return s;
}

/** calculate_columns(): the most columns whose widths fit in the line. */
function columns(cells: Cell[], lineLength: number, byColumns: boolean): number[] {
  const n = cells.length;
  const maxCols = Math.max(1, Math.min(n, Math.floor(lineLength / MIN_COLUMN_WIDTH) || 1));
  const infos: { valid: boolean; lineLen: number; colArr: number[] }[] = [];
  for (let i = 0; i < maxCols; i++) infos.push({ valid: true, lineLen: (i + 1) * MIN_COLUMN_WIDTH, colArr: new Array(i + 1).fill(MIN_COLUMN_WIDTH) });
  for (let f = 0; f < n; f++) {
    const nameLen = cells[f]!.width;
    for (let i = 0; i < maxCols; i++) {
      const info = infos[i]!;
      if (!info.valid) continue;
      const idx = byColumns ? Math.floor(f / Math.ceil(n / (i + 1))) : f % (i + 1);
      const real = nameLen + (idx === i ? 0 : 2);
      if (info.colArr[idx]! < real) {
        info.lineLen += real - info.colArr[idx]!;
        info.colArr[idx] = real;
        info.valid = info.lineLen < lineLength;
      }
    }
  }
  let cols = maxCols;
  while (cols > 1 && !infos[cols - 1]!.valid) cols--;
  return infos[cols - 1]!.colArr;
}

export function vertical(cells: Cell[], lineLength: number, tabsize: number): string {
  if (cells.length === 0) return '';
  const colArr = columns(cells, lineLength, true);
  const cols = colArr.length;
  const rows = Math.ceil(cells.length / cols);
  let out = '';
  for (let row = 0; row < rows; row++) {
    let col = 0;
    let f = row;
    let pos = 0;
    for (;;) {
      const c = cells[f]!;
      out += c.text;
      const max = colArr[col++]!;
      f += rows;
      if (f >= cells.length) break;
      out += indent(pos + c.width, pos + max, tabsize);
      pos += max;
    }
    out += '\n';
  }
  return out;
}

export function horizontal(cells: Cell[], lineLength: number, tabsize: number): string {
  if (cells.length === 0) return '';
  const colArr = columns(cells, lineLength, false);
  const cols = colArr.length;
  let out = cells[0]!.text;
  let pos = 0;
  let prevWidth = cells[0]!.width;
  let max = colArr[0]!;
  for (let f = 1; f < cells.length; f++) {
    const col = f % cols;
    if (col === 0) {
      out += '\n';
      pos = 0;
    } else {
      out += indent(pos + prevWidth, pos + max, tabsize);
      pos += max;
    }
    out += cells[f]!.text;
    prevWidth = cells[f]!.width;
    max = colArr[col]!;
  }
  return `${out}\n`;
}

/** print_with_separator(): `-m` (',') or unlimited-width -C/-x (' '). */
export function separated(cells: Cell[], lineLength: number, sep: string, eol = '\n'): string {
  let out = '';
  let pos = 0;
  cells.forEach((c, i) => {
    const len = lineLength ? c.width : 0;
    if (i !== 0) {
      let s: string;
      if (!lineLength || pos + len + 2 < lineLength) {
        pos += 2;
        s = ' ';
      } else {
        pos = 0;
        s = eol;
      }
      out += sep + s;
    }
    out += c.text;
    pos += len;
  });
  return out + eol;
}
