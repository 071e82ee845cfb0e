import type { Shell } from '../interpreter/shell.ts';
import { RLIM_INFINITY } from '../../kernel/proc/rlimits.ts';
import { ULIMITS, applyLimit, entryFor, getLimit, parseCount, showLimit, type UlimitEntry } from './ulimit-table.ts';

/** One getopt result: a limit letter (with its attached value) or a bare operand (`ulimit 100` = -f). */
type Item = { kind: 'opt'; entry: UlimitEntry; attached: string | undefined; next: number } | { kind: 'operand'; value: string; next: number };

/**
 * busybox 1.35 shell_builtin_ulimit: getopt with "-HSa" and optional values, in two passes. The
 * first pass rejects bad letters and counts items (operands count too); the second sets or prints
 * in order, a letter taking the next word as its value unless that word starts with '-'.
 */
export async function ashUlimit(sh: Shell, argv: string[]): Promise<number> {
  let hard = false;
  let soft = false;
  let all = false;
  const items: Item[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (!a.startsWith('-') || a.length < 2) {
      items.push({ kind: 'operand', value: a, next: i + 1 });
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      const entry = entryFor(c);
      if (c === 'H') hard = true;
      else if (c === 'S') soft = true;
      else if (c === 'a') all = true;
      else if (!entry?.ash) {
        await sh.err(`ulimit: invalid option -- '${c}'\n`);
        return 1;
      } else {
        items.push({ kind: 'opt', entry, attached: j + 1 < a.length ? a.slice(j + 1) : undefined, next: i + 1 });
        break;
      }
    }
  }
  if (all) {
    for (const u of ULIMITS) if (u.ash) await sh.out(`${u.ash.padEnd(32)}(-${u.letter}) ${shown(sh, u, hard && !soft)}\n`);
    return 0;
  }
  const both = !hard && !soft;
  const setHard = hard || both;
  const setSoft = soft || both;
  const count = items.length;
  if (count === 0) items.push({ kind: 'opt', entry: entryFor('f')!, attached: undefined, next: argv.length });
  const consumed = new Set<number>();
  for (const it of items) {
    let entry: UlimitEntry;
    let value: string | undefined;
    if (it.kind === 'operand') {
      if (consumed.has(it.next - 1)) continue;
      entry = entryFor('f')!;
      value = it.value;
    } else {
      entry = it.entry;
      value = it.attached;
      const nextWord = argv[it.next];
      if (value === undefined && nextWord !== undefined && !nextWord.startsWith('-')) {
        value = nextWord;
        consumed.add(it.next);
      }
    }
    if (value === undefined) {
      await sh.out(`${count > 1 ? `${entry.ash!.padEnd(32)}(-${entry.letter}) ` : ''}${shown(sh, entry, !setSoft)}\n`);
      continue;
    }
    const n = value === 'unlimited' ? RLIM_INFINITY : parseCount(value);
    if (n === null || n > 0xffffffffffffffff) {
      await sh.diag(`invalid number '${value}'`);
      return 1;
    }
    const err = applyLimit(sh.proc, entry, setHard, setSoft, n === RLIM_INFINITY ? n : n * entry.factor);
    if (err) {
      await sh.diag(`error setting limit: ${err.text}`);
      return 1;
    }
  }
  return 0;
}

function shown(sh: Shell, u: UlimitEntry, hardOnly: boolean): string {
  const l = getLimit(sh.proc, u);
  return showLimit(hardOnly ? l.hard : l.soft, u);
}
