import type { CompoundList, Select } from 'unbash';
import { loadBuiltin } from '../builtins/registry.ts';
import { step } from './exec.ts';
import { expandWordFields } from './expand.ts';
import type { Shell } from './shell.ts';

type LoopBody = (sh: Shell, body: CompoundList) => Promise<{ status: number; ctl?: 'break' }>;

const numberLen = (n: number): number => String(n).length;

/** bash's indent(): tabs to 8-column stops, then spaces. */
function indent(from: number, to: number): string {
  let out = '';
  while (from < to) {
    if (Math.floor(to / 8) > Math.floor(from / 8)) {
      out += '\t';
      from += 8 - (from % 8);
    } else {
      out += ' ';
      from++;
    }
  }
  return out;
}

/** The menu as bash's print_select_list lays it out: numbered, in columns filling COLUMNS. */
export function selectMenu(items: string[], columns: number): string {
  if (items.length === 0) return '\n';
  const indicesLen = numberLen(items.length);
  const maxLen = Math.max(...items.map((s) => s.length)) + indicesLen + 2 + 2;
  let cols = Math.max(1, Math.floor(columns / maxLen));
  let rows = Math.floor(items.length / cols) + (items.length % cols !== 0 ? 1 : 0);
  cols = Math.floor(items.length / rows) + (items.length % rows !== 0 ? 1 : 0);
  if (rows === 1) {
    rows = cols;
    cols = 1;
  }
  const firstLen = numberLen(rows);
  let out = '';
  for (let row = 0; row < rows; row++) {
    let ind = row;
    let pos = 0;
    for (;;) {
      const width = pos === 0 ? firstLen : indicesLen;
      const cell = `${String(ind + 1).padStart(width)}) ${items[ind]}`;
      out += cell;
      ind += rows;
      if (ind >= items.length) break;
      out += indent(pos + cell.length, pos + maxLen);
      pos += maxLen;
    }
    out += '\n';
  }
  return out;
}

/** `select NAME in WORDS; do ...; done`: menu and PS3 on stderr, the answer from stdin into REPLY. */
export async function runSelect(sh: Shell, node: Select, loopBody: LoopBody): Promise<number> {
  let items: string[];
  if (node.wordlist) {
    items = [];
    for (const w of node.wordlist) items.push(...(await expandWordFields(sh, w)));
  } else items = [...sh.positional];
  const read = (await loadBuiltin('read'))!;
  const name = node.name.value;
  let status = 0;
  let showMenu = true;
  for (;;) {
    await step(sh);
    if (showMenu) await sh.err(selectMenu(items, Number(sh.vars.get('COLUMNS')) || 80));
    showMenu = false;
    await sh.err(sh.vars.get('PS3') ?? '#? ');
    if ((await read.run(sh, ['read'])) !== 0) {
      // End of input: bash moves to a new line and ends the loop as failed.
      await sh.out('\n');
      return 1;
    }
    const reply = sh.vars.get('REPLY') ?? '';
    if (reply === '') {
      showMenu = true;
      continue;
    }
    const n = /^\s*[-+]?\d+\s*$/.test(reply) ? Number(reply) : 0;
    sh.vars.set(name, n >= 1 && n <= items.length ? items[n - 1]! : '');
    const r = await loopBody(sh, node.body);
    status = r.status;
    if (r.ctl === 'break') break;
  }
  return status;
}
