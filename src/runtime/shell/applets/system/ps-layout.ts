import type { ProcRow } from './proc-table.ts';
import type { PsEnv } from './ps-fields.ts';
import type { Col } from './ps-format.ts';

/** ps' output buffer size: the widest line it can ever print. */
export const OUTBUF_SIZE = 2 * 64 * 1024;
const SPACE_AMOUNT = 144;

/** check_header_width: how many screen widths the columns need, and whether signals fit 16 wide. */
export function activeWidth(cols: Col[], screenCols: number): { active: number; wideSignals: boolean } {
  let total = 0;
  let wasNormal = 0;
  let sigs = 0;
  cols.forEach((c, i) => {
    if (c.pr === null) {
      total += c.width;
      wasNormal = 0;
      return;
    }
    if (c.just === 'SIG') sigs++;
    total += (c.just === 'U' && i === cols.length - 1 ? 3 : c.width) + wasNormal;
    wasNormal = 1;
  });
  let active = screenCols;
  for (let i = 1; ; i++) {
    active = screenCols * i;
    if (active >= total || screenCols * i >= OUTBUF_SIZE / 2) break;
  }
  return { active, wideSignals: total + sigs * 7 <= active };
}

const cells = (s: string) => [...s].length;

/**
 * show_one_proc: lays columns out the way procps does, letting an overlong value push the
 * following columns right and taking the slack back where it can. `row` null prints the header.
 * `blank` marks columns that print `-` on this line (thread-only fields of a process line).
 */
export function renderLine(cols: Col[], row: ProcRow | null, env: PsEnv, activeCols: number, blank?: (c: Col) => boolean): string {
  let correct = 0;
  let actual = 0;
  let dospace = 0;
  let out = '';
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i]!;
    const last = i === cols.length - 1;
    let legit = 0;
    let tmpspace = 0;
    let maxRight: number;
    if (!last) maxRight = c.width;
    else {
      tmpspace = correct - actual;
      if (tmpspace < 1) {
        tmpspace = dospace;
        maxRight = activeCols - actual - tmpspace;
      } else maxRight = activeCols - Math.max(correct, actual);
    }
    maxRight = Math.min(Math.max(maxRight, 0), OUTBUF_SIZE - 1);
    let text: string;
    if (row && c.pr) text = blank?.(c) ? '-' : c.pr(row, env, maxRight);
    else text = c.name;
    let amount = cells(text);
    let leftpad = 0;
    switch (c.pr === null ? 'AIX' : c.just) {
      case 'R':
        leftpad = Math.max(0, c.width - amount);
        break;
      case 'SIG':
        leftpad = Math.max(0, (env.wideSignals ? 16 : 9) - amount);
        if (env.wideSignals) legit = 7;
        break;
      case 'USER':
        leftpad = env.userIsNumber ? Math.max(0, c.width - amount) : 0;
        break;
      case 'WCHAN':
        if (env.wchanIsNumber) leftpad = Math.max(0, c.width - amount);
        else if (activeCols - actual - tmpspace < 1) text = text.slice(0, 1);
        break;
      case 'U':
        if (activeCols - actual - tmpspace < 1) text = text.slice(0, 1);
        break;
    }
    amount = cells(text);
    let space = correct - actual + leftpad;
    if (space < 1) space = dospace;
    if (space > SPACE_AMOUNT) space = SPACE_AMOUNT;
    out += ' '.repeat(space) + text;
    if (last) break;
    actual += space + amount;
    correct += c.width + legit;
    const next = cols[i + 1]!;
    if (c.pr && next.pr) {
      correct++;
      dospace = 1;
    } else dospace = 0;
  }
  return `${out}\n`;
}

export interface SortSpecLike {
  key: (r: ProcRow, env: PsEnv) => number | string;
  reverse: boolean;
}

/** procps sorts once per key, last key first, with a stable sort: the first key dominates. */
export function sortRows(rows: ProcRow[], keys: SortSpecLike[], env: PsEnv): ProcRow[] {
  let out = rows;
  for (const k of [...keys].reverse()) {
    out = out
      .map((r, i) => ({ r, i, v: k.key(r, env) }))
      .sort((a, b) => {
        const c = a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
        return (k.reverse ? -c : c) || a.i - b.i;
      })
      .map((x) => x.r);
  }
  return out;
}

/**
 * show_forest: trees in reverse order of their roots, children under their parent with
 * ASCII art prefixes; children of pid 1 stay at its level except for -H.
 */
export function forestOrder(rows: ProcRow[], forestType: string): { row: ProcRow; prefix: string }[] {
  const out: { row: ProcRow; prefix: string }[] = [];
  const prefix: string[] = [];
  const n = rows.length;
  const show = (self: number, level: number, sibling: boolean): void => {
    if (level) prefix[level - 1] = sibling ? '+' : 'L';
    prefix.length = level;
    out.push({ row: rows[self]!, prefix: prefix.join('') });
    const selfPid = rows[self]!.pid;
    let i = rows.findIndex((r) => r.ppid === selfPid);
    if (i < 0) return;
    if (level) prefix[level - 1] = sibling ? '|' : ' ';
    prefix.length = level;
    for (; i < n; i++) {
      const more = i + 1 < n && rows[i + 1]!.ppid === selfPid;
      show(i, selfPid === 1 && forestType !== 'u' ? level : level + 1, more);
      prefix.length = level;
      if (!more) break;
    }
  };
  for (let i = n - 1; i >= 0; i--) {
    if (rows.some((r) => r.pid === rows[i]!.ppid)) continue;
    show(i, 0, false);
  }
  return out;
}
