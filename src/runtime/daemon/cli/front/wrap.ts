// pflag's FlagUsagesWrapped, character for character: docker renders option lists with
// width 80-1 when stdout is not a terminal.
import type { FlagDef } from './types.ts';

const sp = (n: number): string => ' '.repeat(n);

// Splits s on whitespace into a first part of at most i chars and the rest; may run `slop`
// over i when that takes the whole string (avoids orphan words on the last line).
function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const head = s.slice(0, i);
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (w <= 0) return [s, ''];
  const nl = head.lastIndexOf('\n');
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

export function wrap(indent: number, width: number, s: string): string {
  let i = indent;
  if (width === 0) return s.split('\n').join('\n' + sp(i));
  let room = width - i;
  let r = '';
  if (room < 24) {
    i = 16;
    room = width - i;
    r += '\n' + sp(i);
  }
  if (room < 24) return s.split('\n').join(r);
  const slop = 5;
  room -= slop;
  let [l, rest] = wrapN(room, slop, s);
  r += l.split('\n').join('\n' + sp(i));
  while (rest !== '') {
    [l, rest] = wrapN(room, slop, rest);
    r += '\n' + sp(i) + l.split('\n').join('\n' + sp(i));
  }
  return r;
}

function goQuote(s: string): string {
  return JSON.stringify(s);
}

export function flagUsages(flags: readonly FlagDef[], cols = 79): string {
  const lines: string[] = [];
  let maxlen = 0;
  const sorted = [...flags].sort((a, b) => (a.long < b.long ? -1 : a.long > b.long ? 1 : 0));
  for (const f of sorted) {
    if (f.hidden || f.deprecated) continue;
    let line = f.short && !f.shortDeprecated ? `  -${f.short}, --${f.long}` : `      --${f.long}`;
    if (f.type && f.type !== 'bool') line += ' ' + f.type;
    if (f.noOpt !== undefined && f.type !== 'bool') line += `[=${f.type === 'string' ? goQuote(f.noOpt) : f.noOpt}]`;
    line += '\x00';
    if (line.length > maxlen) maxlen = line.length;
    line += f.usage;
    if (f.def !== undefined) line += f.type === 'string' ? ` (default ${goQuote(f.def)})` : ` (default ${f.def})`;
    lines.push(line);
  }
  let out = '';
  for (const line of lines) {
    const sidx = line.indexOf('\x00');
    out += line.slice(0, sidx) + ' ' + sp(maxlen - sidx) + ' ' + wrap(maxlen + 2, cols, line.slice(sidx + 1)) + '\n';
  }
  return out;
}
