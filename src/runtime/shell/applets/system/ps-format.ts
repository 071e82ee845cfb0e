import { FIELDS, type Just, MACROS, type Pr, type Print, type SortKey } from './ps-fields.ts';
import { type PsArgs, PsParseError } from './ps-parse.ts';

/** One output column (format_node); `pr` null is literal AIX text. */
export interface Col {
  spec: string;
  name: string;
  width: number;
  just: Just;
  print: Print;
  pr: Pr | null;
  key?: SortKey;
}

export interface SortSpec {
  key: SortKey;
  reverse: boolean;
}

/** Digits of pid_max (4194304): PID-like columns are at least this wide. */
const PID_LENGTH = 7;

const AIX: Record<string, [string, string]> = {
  C: ['pcpu', '%CPU'], G: ['group', 'GROUP'], P: ['ppid', 'PPID'], U: ['user', 'USER'], a: ['args', 'COMMAND'], c: ['comm', 'COMMAND'],
  g: ['rgroup', 'RGROUP'], n: ['nice', 'NI'], p: ['pid', 'PID'], r: ['pgid', 'PGID'], t: ['etime', 'ELAPSED'], u: ['ruser', 'RUSER'],
  x: ['time', 'TIME'], y: ['tty', 'TTY'], z: ['vsz', 'VSZ'],
};
const SHORT_SORT: Record<string, string> = {
  C: 'pcpu', G: 'tpgid', P: 'ppid', R: 'rss', T: 'start_time', U: 'uid', c: 'cmd', f: 'flags', g: 'pgrp', o: 'session', p: 'pid',
  r: 'rss', s: 'vsize', t: 'tty', u: 'user', v: 'vsize', y: 'priority',
};

/** do_one_spec: a field, or a macro expanding to several. */
export function oneSpec(spec: string, override?: string): Col[] | null {
  const f = FIELDS.get(spec);
  if (f) {
    const w1 = f.pidmax ? Math.max(PID_LENGTH, f.head.length) : f.width;
    const width = override !== undefined ? Math.max(w1, override.length) : w1;
    return [{ spec, name: override ?? f.head, width, just: f.just, print: f.print, pr: f.pr, key: f.key }];
  }
  const m = MACROS[spec];
  if (m) return m.split(',').flatMap((s) => oneSpec(s, override) ?? []);
  return null;
}

function items(text: string, what: 'format' | 'sort'): string[] {
  const parts = text.split(/[ ,\t\n]/);
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.every((p) => p === '')) throw new PsParseError(`empty ${what} list`);
  if (parts.some((p) => p === '')) throw new PsParseError(`improper ${what} list`);
  return parts;
}

/** format_parse: `pid,user=NAME,args:40`; the last item's header keeps what follows. */
export function formatParse(text: string): Col[] {
  try {
    const parts = items(text, 'format');
    const out: Col[] = [];
    let rest = text;
    for (let i = 0; i < parts.length; i++) {
      let item: string;
      if (i < parts.length - 1) {
        const sep = rest.search(/[ ,\t\n]/);
        item = rest.slice(0, sep);
        rest = rest.slice(sep + 1);
      } else item = rest.replace(/[ ,\t\n]$/, '');
      const eq = item.indexOf('=');
      const header = eq >= 0 ? item.slice(eq + 1) : undefined;
      let spec = eq >= 0 ? item.slice(0, eq) : item;
      let width: number | undefined;
      const colon = spec.indexOf(':');
      if (colon >= 0) {
        const w = spec.slice(colon + 1);
        spec = spec.slice(0, colon);
        if (!/^[1-9]\d*$/.test(w)) throw new PsParseError('column widths must be unsigned decimal numbers');
        width = Number(w);
      }
      const cols = oneSpec(spec, header);
      if (!cols) throw new PsParseError(`unknown user-defined format specifier "${spec}"`);
      if (width !== undefined) {
        if (cols.length > 1) throw new PsParseError('can not set width for a macro (multi-column) format specifier');
        cols[0]!.width = width;
      }
      out.push(...cols);
    }
    return out;
  } catch (e) {
    if (text.includes('%') && text !== '%cpu' && !text.startsWith('%cpu ') && !text.startsWith('%cpu,') && !text.startsWith('%m')) return aixParse(text);
    throw e;
  }
}

function aixParse(text: string): Col[] {
  if (!/^[% ]/.test(text) || /%(?:$| )/.test(text)) throw new PsParseError(/^[% ]/.test(text) ? 'missing AIX field descriptor' : 'improper AIX field descriptor');
  const out: Col[] = [];
  for (let i = 0; i < text.length; ) {
    if (text[i] === '%') {
      const a = AIX[text[i + 1]!];
      if (!a) throw new PsParseError('unknown AIX field descriptor');
      out.push(...oneSpec(a[0], a[1])!);
      i += 2;
    } else {
      const end = text.indexOf('%', i) < 0 ? text.length : text.indexOf('%', i);
      const lit = text.slice(i, end);
      out.push({ spec: '', name: lit, width: lit.length, just: 'L', print: 'ET', pr: null });
      i = end;
    }
  }
  return out;
}

function sortSpec(spec: string, reverse: boolean): SortSpec | null {
  const f = FIELDS.get(spec);
  return f ? { key: f.key, reverse } : null;
}

function longSort(text: string): SortSpec[] {
  return items(text, 'sort').map((s) => {
    const r = sortSpec(s.replace(/^[+-]/, ''), s.startsWith('-'));
    if (!r) throw new PsParseError('unknown sort specifier');
    return r;
  });
}

function shortSort(text: string, forest: boolean): SortSpec[] | string {
  if (!/^[CGJKMNPRSTUcfgjkmnoprstuvy+-]*$/.test(text)) return 'bad sorting code';
  const seen = new Set<string>();
  const out: SortSpec[] = [];
  let reverse = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '+' || c === '-') {
      if (i + 1 >= text.length || '+-'.includes(text[i + 1]!)) return 'bad sorting code';
      reverse = c === '-';
      continue;
    }
    if (c === 'P' && forest) return 'PPID sort and forest output conflict';
    if (seen.has(c)) return 'bad sorting code';
    seen.add(c);
    const spec = SHORT_SORT[c] ? sortSpec(SHORT_SORT[c], reverse) : null;
    if (!spec) return 'unknown sort specifier';
    out.push(spec);
    reverse = false;
  }
  return out;
}

/** process_sf_options + generate_sysv_list: the final column and sort lists. */
export function digestFormats(a: PsArgs, env: Map<string, string>): { cols: Col[]; sort: SortSpec[] } {
  let cols: Col[] = [];
  const sort: SortSpec[] = [];
  let parsedFormat = false;
  let parsedSort = false;
  const gnuSort = a.sf.some((s) => s.code === 'sort');
  for (const sf of a.sf) {
    if (sf.code === 'sort') {
      if (parsedSort) throw new PsParseError('multiple sort options');
      sort.push(...longSort(sf.text));
      parsedSort = true;
    } else if (sf.code === 'UO') {
      if (parsedFormat) throw new PsParseError('option -O can not follow other format options');
      cols.push(...oneSpec('pid')!, ...formatParse(sf.text), ...oneSpec('END_SYS5')!);
      parsedFormat = true;
    } else if (sf.code === 'BO') {
      const ss = gnuSort || parsedSort ? 'multiple sort options' : shortSort(sf.text, a.forest !== '');
      if (typeof ss !== 'string') {
        sort.push(...ss);
        parsedSort = true;
        continue;
      }
      if (parsedFormat) throw new PsParseError('option O is neither first format nor sort order');
      cols.push(...oneSpec('pid')!, ...formatParse(sf.text), ...oneSpec('END_BSD')!);
      parsedFormat = true;
    } else {
      cols.push(...formatParse(sf.text));
      parsedFormat = true;
    }
  }
  const psFormat = env.get('PS_FORMAT');
  if (!a.formatFlags.size && !a.modifiers.size && !cols.length && psFormat) cols = formatParse(psFormat);
  if (cols.length) {
    if (a.formatFlags.size) throw new PsParseError('conflicting format options');
    if (a.modifiers.size) throw new PsParseError('can not use output modifiers with user-defined output');
    return { cols, sort };
  }
  const flags = [...a.formatFlags].sort().join('|');
  const MACRO_FOR: Record<string, string> = { Bj: 'OL_j', Bl: 'OL_l', Bs: 'OL_s', Bu: 'OL_u', Bv: 'OL_v', Lm: 'OL_m', Fc: 'FLASK' };
  if (flags === '' || flags === 'Uf' || flags === 'Ul' || flags === 'Uf|Ul') return { cols: sysvList(a), sort };
  const macro = MACRO_FOR[flags];
  if (!macro || macro === 'FLASK') throw new PsParseError('conflicting format options');
  cols = oneSpec(macro)!;
  if (a.modifiers.has('j')) {
    const at = cols.findIndex((c) => c.name === 'PPID') >= 0 ? cols.findIndex((c) => c.name === 'PPID') : cols.findIndex((c) => c.name === 'PID');
    cols.splice(at + 1, 0, ...oneSpec('pgid')!, ...oneSpec('sid')!);
  }
  if (a.threads.has('UT')) cols.splice(cols.findIndex((c) => c.name === 'PID') + 1, 0, ...oneSpec('spid')!);
  if (a.threads.has('UL')) {
    const after = ['SID', 'SESS', 'PGID', 'PGRP', 'PPID', 'PID'].map((n) => cols.findIndex((c) => c.name === n)).find((i) => i >= 0);
    if (after !== undefined) cols.splice(after + 1, 0, ...oneSpec('lwp')!);
    const cpu = cols.findIndex((c) => c.name === '%CPU');
    if (cpu >= 0) cols.splice(cpu + 1, 0, ...oneSpec('nlwp')!);
  }
  return { cols, sort };
}

/** generate_sysv_list, built front to back. */
function sysvList(a: PsArgs): Col[] {
  const f = a.formatFlags.has('Uf');
  const l = a.formatFlags.has('Ul');
  const F = a.modifiers.has('F');
  const y = a.modifiers.has('y');
  const c = a.modifiers.has('c');
  if (y && !l) throw new PsParseError('modifier -y without format -l makes no sense');
  const specs: string[] = [];
  if (a.modifiers.has('M')) specs.push('label');
  if (l) specs.push(...(y ? [] : ['f']), 's');
  if (f) specs.push('uid_hack');
  else if (l) specs.push('uid');
  specs.push('pid');
  if (a.threads.has('UT')) specs.push('spid');
  if (f || l) specs.push('ppid');
  if (a.modifiers.has('j')) specs.push('pgid', 'sid');
  if (a.threads.has('UL')) specs.push('lwp');
  if (a.modifiers.has('P')) specs.push('psr');
  if ((f || l) && !c) specs.push('c');
  if (a.threads.has('UL') && f) specs.push('nlwp');
  if (c) specs.push('class', 'pri');
  else if (l) specs.push('opri', 'ni');
  if (l) specs.push(y ? 'rss' : 'addr_1');
  if (F || l) specs.push('sz');
  if (l) specs.push('wchan');
  if (F) {
    if (!(l && y)) specs.push('rss');
    if (!a.modifiers.has('P')) specs.push('psr');
  }
  if (f) specs.push('stime');
  specs.push('tname');
  if (a.preferBsd) {
    if (!l) specs.push('stat');
    specs.push('bsdtime', a.formatFlags.size ? 'cmd' : 'args');
  } else specs.push('time', f ? 'cmd' : 'ucmd');
  return specs.flatMap((s) => oneSpec(s) ?? []);
}
