import type { Matcher } from '../regex/posix-regex.ts';
import type { Change, DiffText } from './diff-seq.ts';

/** How lines are compared and printed; mirrors GNU diff's globals. */
export interface FormatOptions {
  style: 'normal' | 'unified' | 'context' | 'side' | 'ed' | 'rcs';
  context: number;
  initialTab: boolean;
  expandTabs: boolean;
  tabsize: number;
  suppressBlankEmpty: boolean;
  ignoreBlank: boolean;
  ignoreRe: Matcher | null;
  /** 0 none, 1 -E, 2 -Z, 3 -E -Z, 4 -b, 5 -w (GNU's enum order). */
  whiteSpace: number;
  width: number;
  leftColumn: boolean;
  suppressCommon: boolean;
}

export const OLD = 1;
export const NEW = 2;

export interface Hunk {
  changes: Change[];
  first0: number;
  last0: number;
  first1: number;
  last1: number;
  /** OLD | NEW bits; 0 when every line is ignorable. */
  kind: number;
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** GNU analyze_hunk: line ranges of a group of changes and whether -B/-I make it vanish. */
export function analyzeHunk(changes: Change[], a: DiffText, b: DiffText, o: FormatOptions): Hunk {
  let trivial = o.ignoreBlank || o.ignoreRe !== null;
  const skipWhite = o.ignoreBlank && o.whiteSpace >= 2;
  const skipLeading = skipWhite && o.whiteSpace >= 4;
  const isTrivial = (line: string): boolean => {
    const body = line.endsWith('\n') ? line.slice(0, -1) : line;
    let from = 0;
    if (skipWhite) {
      let p = 0;
      while (p < body.length && isSpace(body.charCodeAt(p))) p++;
      from = p < body.length && !skipLeading ? 0 : p;
    }
    const blank = o.ignoreBlank && body.length - from === 0;
    return blank || (o.ignoreRe !== null && o.ignoreRe.test(body));
  };
  let showFrom = 0;
  let showTo = 0;
  let l0 = 0;
  let l1 = 0;
  for (const c of changes) {
    l0 = c.line0 + c.deleted - 1;
    l1 = c.line1 + c.inserted - 1;
    showFrom += c.deleted;
    showTo += c.inserted;
    for (let i = c.line0; i <= l0 && trivial; i++) if (!isTrivial(a.lines[i]!)) trivial = false;
    for (let i = c.line1; i <= l1 && trivial; i++) if (!isTrivial(b.lines[i]!)) trivial = false;
  }
  const kind = trivial ? 0 : (showFrom ? OLD : 0) | (showTo ? NEW : 0);
  return { changes, first0: changes[0]!.line0, last0: l0, first1: changes[0]!.line1, last1: l1, kind };
}

/** Groups changes into hunks: one each for line formats, context-sized gaps for -c/-u. */
export function hunksOf(script: Change[], a: DiffText, b: DiffText, o: FormatOptions): Hunk[] {
  const grouped = o.style === 'unified' || o.style === 'context';
  if (grouped && (o.ignoreBlank || o.ignoreRe)) for (const c of script) c.ignore = analyzeHunk([c], a, b, o).kind === 0;
  const out: Hunk[] = [];
  for (let i = 0; i < script.length; ) {
    const group = [script[i]!];
    if (grouped) {
      for (;;) {
        const prev = group[group.length - 1]!;
        const next = script[i + group.length];
        if (!next) break;
        const thresh = next.ignore ? o.context : 2 * o.context + 1;
        if (next.line0 - (prev.line0 + prev.deleted) >= thresh) break;
        group.push(next);
      }
    }
    i += group.length;
    out.push(analyzeHunk(group, a, b, o));
  }
  return out;
}

/** Expands tabs for -t; otherwise the line as is. */
function body(line: string, o: FormatOptions): string {
  if (!o.expandTabs || !line.includes('\t')) return line;
  let col = 0;
  let s = '';
  for (const ch of line) {
    if (ch === '\t') {
      const n = o.tabsize - (col % o.tabsize);
      s += ' '.repeat(n);
      col += n;
    } else if (ch === '\b') {
      s += ch;
      if (col > 0) col--;
    } else if (ch === '\r' || ch === '\n') {
      s += ch;
      col = 0;
    } else {
      s += ch;
      col++;
    }
  }
  return s;
}

const NO_NL = '\n\\ No newline at end of file\n';

/** print_1_line: optional flag, the text, and the incomplete-line marker. */
export function line1(flag: string | null, line: string, o: FormatOptions): string {
  let s = '';
  if (flag) s += o.suppressBlankEmpty && line === '\n' ? flag : `${flag}${o.initialTab ? '\t' : ' '}`;
  s += body(line, o);
  if (!line.endsWith('\n')) s += NO_NL;
  return s;
}

/** The real line text: the appended newline of an incomplete last line is dropped again. */
export function realLines(t: DiffText): string[] {
  if (!t.missingNewline) return t.lines;
  const ls = t.lines.slice();
  ls[ls.length - 1] = ls[ls.length - 1]!.slice(0, -1);
  return ls;
}

function range(sep: string, a: number, b: number): string {
  const ta = a + 1;
  const tb = b + 1;
  return tb > ta ? `${ta}${sep}${tb}` : `${tb}`;
}

export function formatNormal(hunks: Hunk[], la: string[], lb: string[], o: FormatOptions): string {
  let out = '';
  for (const h of hunks) {
    if (!h.kind) continue;
    out += `${range(',', h.first0, h.last0)}${'?dac'[h.kind]}${range(',', h.first1, h.last1)}\n`;
    if (h.kind & OLD) for (let i = h.first0; i <= h.last0; i++) out += line1('<', la[i]!, o);
    if (h.kind === (OLD | NEW)) out += '---\n';
    if (h.kind & NEW) for (let i = h.first1; i <= h.last1; i++) out += line1('>', lb[i]!, o);
  }
  return out;
}

/** -e: an ed script, last change first, with `.` lines escaped the way GNU does. */
export function formatEd(hunks: Hunk[], lb: string[], o: FormatOptions, forwardRcs: boolean): string {
  let out = '';
  const list = forwardRcs ? hunks : hunks.slice().reverse();
  for (const h of list) {
    if (!h.kind) continue;
    if (forwardRcs) {
      if (h.kind & OLD) out += `d${h.first0 + 1} ${h.last0 - h.first0 + 1}\n`;
      if (h.kind & NEW) {
        out += `a${h.last0 + 1} ${h.last1 - h.first1 + 1}\n`;
        for (let i = h.first1; i <= h.last1; i++) out += body(lb[i]!, o);
      }
      continue;
    }
    out += `${range(',', h.first0, h.last0)}${'?dac'[h.kind]}\n`;
    if (h.kind & NEW) {
      let inserting = true;
      for (let i = h.first1; i <= h.last1; i++) {
        const l = lb[i]!;
        if (!inserting) {
          out += 'a\n';
          inserting = true;
        }
        if (l === '.\n') {
          out += '..\n.\ns/.//\n';
          inserting = false;
        } else out += body(l.endsWith('\n') ? l : `${l}\n`, o);
      }
      if (inserting) out += '.\n';
    }
  }
  return out;
}

function uniRange(a: number, b: number): string {
  const ta = a + 1;
  const tb = b + 1;
  if (tb <= ta) return tb < ta ? `${tb},0` : `${tb}`;
  return `${ta},${tb - ta + 1}`;
}

function ctxRange(a: number, b: number): string {
  const ta = a + 1;
  const tb = b + 1;
  return tb <= ta ? `${tb}` : `${ta},${tb}`;
}

function widen(h: Hunk, n0: number, n1: number, ctx: number): [number, number, number, number] {
  return [Math.max(h.first0 - ctx, 0), Math.min(h.last0 + ctx, n0 - 1), Math.max(h.first1 - ctx, 0), Math.min(h.last1 + ctx, n1 - 1)];
}

export function formatUnified(hunks: Hunk[], la: string[], lb: string[], o: FormatOptions): string {
  let out = '';
  for (const h of hunks) {
    if (!h.kind) continue;
    const [f0, l0, f1, l1] = widen(h, la.length, lb.length, o.context);
    out += `@@ -${uniRange(f0, l0)} +${uniRange(f1, l1)} @@\n`;
    let i = f0;
    let j = f1;
    let k = 0;
    while (i <= l0 || j <= l1) {
      const next = h.changes[k];
      if (!next || i < next.line0) {
        const l = la[i++]!;
        if (!(o.suppressBlankEmpty && l === '\n')) out += o.initialTab ? '\t' : ' ';
        out += line1(null, l, o);
        j++;
      } else {
        for (let n = 0; n < next.deleted; n++) out += marked('-', la[i++]!, o);
        for (let n = 0; n < next.inserted; n++) out += marked('+', lb[j++]!, o);
        k++;
      }
    }
  }
  return out;
}

function marked(mark: string, l: string, o: FormatOptions): string {
  return mark + (o.initialTab && !(o.suppressBlankEmpty && l === '\n') ? '\t' : '') + line1(null, l, o);
}

export function formatContext(hunks: Hunk[], la: string[], lb: string[], o: FormatOptions): string {
  let out = '';
  for (const h of hunks) {
    if (!h.kind) continue;
    const [f0, l0, f1, l1] = widen(h, la.length, lb.length, o.context);
    out += `***************\n*** ${ctxRange(f0, l0)} ****\n`;
    if (h.kind & OLD) out += side(h.changes, f0, l0, la, o, (c) => c.line0, (c) => c.deleted, (c) => (c.inserted > 0 ? '!' : '-'));
    out += `--- ${ctxRange(f1, l1)} ----\n`;
    if (h.kind & NEW) out += side(h.changes, f1, l1, lb, o, (c) => c.line1, (c) => c.inserted, (c) => (c.deleted > 0 ? '!' : '+'));
  }
  return out;
}

function side(changes: Change[], first: number, last: number, lines: string[], o: FormatOptions, at: (c: Change) => number, len: (c: Change) => number, mark: (c: Change) => string): string {
  let out = '';
  let k = 0;
  for (let i = first; i <= last; i++) {
    while (k < changes.length && at(changes[k]!) + len(changes[k]!) <= i) k++;
    const c = changes[k];
    out += line1(c && at(c) <= i ? mark(c) : ' ', lines[i]!, o);
  }
  return out;
}
