/**
 * Go's text/tabwriter with Docker's settings (minwidth 10, tabwidth 1, padding 3, padchar ' ',
 * no flags): tab-terminated cells align in column blocks of consecutive lines; the trailing cell
 * of a line is not part of any column.
 */
export function tabwrite(text: string, minwidth = 10, padding = 3): string {
  const lines = text.split('\n');
  const cells = lines.map((l) => l.split('\t'));
  const widths: number[][] = cells.map((c) => new Array<number>(Math.max(0, c.length - 1)).fill(0));
  format(cells, widths, 0, 0, lines.length, minwidth, padding);
  return cells
    .map((row, i) => row.map((cell, j) => (j < row.length - 1 ? cell + ' '.repeat(Math.max(0, widths[i]![j]! - width(cell))) : cell)).join(''))
    .join('\n');
}

/** Cells are byte strings; tabwriter counts UTF-8 characters. */
const ASCII = /^[\x00-\x7f]*$/;
const width = (s: string): number => (ASCII.test(s) ? s.length : [...Buffer.from(s, 'latin1').toString('utf8')].length);

function format(cells: string[][], widths: number[][], col: number, line0: number, line1: number, minwidth: number, padding: number): void {
  for (let i = line0; i < line1; i++) {
    if (col >= cells[i]!.length - 1) continue;
    // A column block: consecutive lines that have a cell in this column.
    let end = i;
    let w = minwidth;
    for (; end < line1 && col < cells[end]!.length - 1; end++) {
      const cw = width(cells[end]![col]!) + padding;
      if (cw > w) w = cw;
    }
    for (let k = i; k < end; k++) widths[k]![col] = w;
    format(cells, widths, col + 1, i, end, minwidth, padding);
    i = end - 1;
  }
}
