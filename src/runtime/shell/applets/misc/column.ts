import { errText, fail } from '../errors.ts';
import { OptError, getopt } from '../getopt.ts';
import { notInBusybox } from './not-in-busybox.ts';
import type { Applet, AppletContext } from '../types.ts';
import { type TableOpts, columnSet, formatTable } from './column-table.ts';
import { readInput, splitLines } from './read-input.ts';

const LONGS = { table: { key: 't' }, 'table-name': { arg: 'required', key: 'n' }, 'table-order': { arg: 'required', key: 'O' }, 'table-columns': { arg: 'required', key: 'N' }, 'table-columns-limit': { arg: 'required', key: 'l' }, 'table-noextreme': { arg: 'required', key: 'E' }, 'table-noheadings': { key: 'd' }, 'table-header-repeat': { key: 'e' }, 'table-hide': { arg: 'required', key: 'H' }, 'table-right': { arg: 'required', key: 'R' }, 'table-truncate': { arg: 'required', key: 'T' }, 'table-wrap': { arg: 'required', key: 'W' }, 'keep-empty-lines': { key: 'L' }, json: { key: 'J' }, tree: { arg: 'required', key: 'r' }, 'tree-id': { arg: 'required', key: 'i' }, 'tree-parent': { arg: 'required', key: 'p' }, 'output-width': { arg: 'required', key: 'c' }, 'output-separator': { arg: 'required', key: 'o' }, separator: { arg: 'required', key: 's' }, fillrows: { key: 'x' }, help: { key: 'h' }, version: { key: 'V' } } as const;
const width = (s: string) => [...Buffer.from(s, 'latin1').toString('utf8')].length;

/** column (util-linux 2.38): fill columns or rows (-x) to -c width, or a table (-t -s -o -N -R -H -d -l -L). */
const column: Applet = {
  async run(ctx) {
    if (ctx.flavor === 'busybox') return notInBusybox(ctx);
    let opts;
    try {
      opts = getopt(ctx.argv.slice(1), { short: 'c:dE:eH:hi:JLl:N:n:O:o:p:R:r:s:T:tVW:x', long: LONGS as never });
    } catch (e) {
      if (!(e instanceof OptError)) throw e;
      await ctx.stderr.write(`column: ${e.message}\nTry 'column --help' for more information.\n`);
      return 1;
    }
    const t: TableOpts = { seps: null, outSep: '  ', names: [], right: new Set(), hide: new Set(), noHeadings: false, limit: 0, keepEmpty: false };
    let table = false;
    let rows = false;
    let termWidth: number | null = null;
    let right = '';
    let hide = '';
    for (const [k, v] of opts.list) {
      if (k === 'h' || k === 'V') {
        await ctx.stdout.write(k === 'h' ? HELP : 'column from util-linux 2.38.1\n');
        return 0;
      }
      if (k === 't') table = true;
      else if (k === 'x') rows = true;
      else if (k === 's') t.seps = v!;
      else if (k === 'o') t.outSep = v!;
      else if (k === 'N') t.names = v!.split(',');
      else if (k === 'R') right = v!;
      else if (k === 'H') hide = v!;
      else if (k === 'd') t.noHeadings = true;
      else if (k === 'L') t.keepEmpty = true;
      else if (k === 'l' || k === 'c') {
        if (!/^\d+$/.test(v!)) {
          await fail(ctx, `invalid ${k === 'c' ? 'columns' : 'columns limit'} argument: '${v}'`);
          return 1;
        }
        if (k === 'l') t.limit = Number(v);
        else termWidth = Number(v);
      } else {
        await fail(ctx, `option -${k} is not supported in the lab yet`);
        return 1;
      }
    }
    for (const [list, set] of [[right, t.right], [hide, t.hide]] as const) {
      if (!list) continue;
      const s = columnSet(list, t.names);
      if (typeof s === 'string') {
        await fail(ctx, s);
        return 1;
      }
      s.forEach((n) => set.add(n));
    }
    const lines: string[] = [];
    let status = 0;
    for (const f of opts.operands.length ? opts.operands : ['-']) {
      try {
        lines.push(...splitLines(await readInput(ctx, f)));
      } catch (e) {
        if (errText(e) === 'Is a directory') {
          await fail(ctx, 'read failed: Is a directory');
          return 1;
        }
        await fail(ctx, `${f}: ${errText(e)}`);
        status = 1;
      }
    }
    if (table) {
      await ctx.stdout.write(formatTable(lines, t));
      return status;
    }
    await ctx.stdout.write(fill(lines, termWidth ?? envWidth(ctx), rows));
    return status;
  },
};
export default column;

function envWidth(ctx: AppletContext): number {
  const c = ctx.env.get('COLUMNS');
  return c && /^\d+$/.test(c) && Number(c) > 0 ? Number(c) : 80;
}

/** The classic column layout: entries in tab-aligned columns, down (default) or across (-x). */
function fill(lines: string[], termWidth: number, rows: boolean): string {
  const ents = lines.filter((l) => l.trim() !== '');
  if (!ents.length) return '';
  let maxlen = Math.max(...ents.map(width));
  if (maxlen >= termWidth) return ents.map((e) => `${e}\n`).join('');
  maxlen = (maxlen + 8) & ~7;
  const numcols = Math.max(1, Math.floor(termWidth / maxlen));
  let out = '';
  const tabs = (chcnt: number, endcol: number): [string, number] => {
    let s = '';
    for (let cnt; (cnt = (chcnt + 8) & ~7) <= endcol; chcnt = cnt) s += '\t';
    return [s, chcnt];
  };
  if (rows) {
    let chcnt = 0;
    let col = 0;
    let endcol = maxlen;
    ents.forEach((e, i) => {
      out += e;
      chcnt += width(e);
      if (i === ents.length - 1) return;
      if (++col === numcols) {
        chcnt = col = 0;
        endcol = maxlen;
        out += '\n';
      } else {
        const [t, c] = tabs(chcnt, endcol);
        out += t;
        chcnt = c;
        endcol += maxlen;
      }
    });
    return `${out}\n`;
  }
  const numrows = Math.ceil(ents.length / numcols);
  for (let row = 0; row < numrows; row++) {
    let endcol = maxlen;
    let chcnt = 0;
    for (let base = row, col = 0; col < numcols; col++) {
      out += ents[base]!;
      chcnt += width(ents[base]!);
      if ((base += numrows) >= ents.length) break;
      const [t, c] = tabs(chcnt, endcol);
      out += t;
      chcnt = c;
      endcol += maxlen;
    }
    out += '\n';
  }
  return out;
}

const HELP = `
Usage:
 column [options] [<file>...]

Columnate lists.

Options:
 -t, --table                      create a table
 -n, --table-name <name>          table name for JSON output
 -O, --table-order <columns>      specify order of output columns
 -N, --table-columns <names>      comma separated columns names
 -l, --table-columns-limit <num>  maximal number of input columns
 -E, --table-noextreme <columns>  don't count long text from the columns to column width
 -d, --table-noheadings           don't print header
 -e, --table-header-repeat        repeat header for each page
 -H, --table-hide <columns>       don't print the columns
 -R, --table-right <columns>      right align text in these columns
 -T, --table-truncate <columns>   truncate text in the columns when necessary
 -W, --table-wrap <columns>       wrap text in the columns when necessary
 -L, --keep-empty-lines           don't ignore empty lines
 -J, --json                       use JSON output format for table

 -r, --tree <column>              column to use tree-like output for the table
 -i, --tree-id <column>           line ID to specify child-parent relation
 -p, --tree-parent <column>       parent to specify child-parent relation

 -c, --output-width <width>       width of output in number of characters
 -o, --output-separator <string>  columns separator for table output (default is two spaces)
 -s, --separator <string>         possible table delimiters
 -x, --fillrows                   fill rows before columns

 -h, --help                       display this help
 -V, --version                    display version

For more details see column(1).
`;
