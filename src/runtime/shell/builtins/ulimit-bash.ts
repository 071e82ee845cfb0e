import type { Shell } from '../interpreter/shell.ts';
import { RLIM_INFINITY } from '../../kernel/proc/rlimits.ts';
import { ULIMITS, applyLimit, entryFor, getLimit, parseCount, showLimit, type UlimitEntry } from './ulimit-table.ts';

const USAGE = 'ulimit: usage: ulimit [-SHabcdefiklmnpqrstuvxPRT] [limit]\n';
const SOFT = 1;
const HARD = 2;

interface Cmd {
  entry: UlimitEntry;
  arg: string | undefined;
}

/** `(blocks, -c) ` right-aligned in 20 columns after the description, as bash's printone does. */
function label(u: UlimitEntry): string {
  const unit = u.units ? `(${u.units}, -${u.letter}) ` : `(-${u.letter}) `;
  return `${u.bash.padEnd(20)} ${unit.padStart(20)}`;
}

async function printOne(sh: Shell, u: UlimitEntry, mode: number, multiple: boolean): Promise<void> {
  const l = getLimit(sh.proc, u);
  await sh.out(`${multiple ? label(u) : ''}${showLimit(mode & SOFT ? l.soft : l.hard, u)}\n`);
}

/** bash 5.2's ulimit.def: options with optional values, -a, -H/-S, `unlimited|hard|soft`. */
export async function bashUlimit(sh: Shell, argv: string[]): Promise<number> {
  let mode = 0;
  let all = false;
  const cmds: Cmd[] = [];
  let i = 1;
  // internal_getopt: a letter's value is the rest of its word, or the next word unless it starts with '-'.
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a.length < 2) break;
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (c === 'S') mode |= SOFT;
      else if (c === 'H') mode |= HARD;
      else if (c === 'a') all = true;
      else {
        const entry = entryFor(c);
        if (!entry) {
          await sh.diag(`ulimit: -${c}: invalid option`);
          await sh.err(USAGE);
          return 2;
        }
        let arg: string | undefined;
        if (j + 1 < a.length) arg = a.slice(j + 1);
        else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('-')) arg = argv[++i];
        cmds.push({ entry, arg });
        if (arg !== undefined && j + 1 < a.length) break;
      }
    }
  }
  const rest = argv.slice(i);
  if (all) {
    for (const u of ULIMITS) await printOne(sh, u, mode === 0 ? SOFT : mode, true);
    return 0;
  }
  // `ulimit` alone is `ulimit -f`; `ulimit N` sets it.
  if (cmds.length === 0) cmds.push({ entry: entryFor('f')!, arg: rest.shift() });
  // POSIX: an operand after the last option is that option's value.
  const last = cmds[cmds.length - 1]!;
  if (last.arg === undefined && rest.length > 0) last.arg = rest.shift();
  for (const c of cmds) if ((await one(sh, c, mode, cmds.length > 1)) !== 0) return 1;
  return 0;
}

async function one(sh: Shell, { entry, arg }: Cmd, mode: number, multiple: boolean): Promise<number> {
  const m = mode === 0 ? (arg !== undefined ? SOFT | HARD : SOFT) : mode;
  if (arg === undefined) {
    await printOne(sh, entry, m, multiple);
    return 0;
  }
  const cur = getLimit(sh.proc, entry);
  let value: number;
  if (arg === 'unlimited') value = RLIM_INFINITY;
  else if (arg === 'hard') value = cur.hard;
  else if (arg === 'soft') value = cur.soft;
  else {
    const n = parseCount(arg);
    if (n === null) {
      await sh.diag(`ulimit: ${arg}: invalid number`);
      return 1;
    }
    value = n * entry.factor;
  }
  // An unprivileged `ulimit -S x unlimited` means "up to the hard limit" (bash's set_limit).
  if (sh.proc.creds.uid !== 0 && value === RLIM_INFINITY && !(m & HARD) && cur.soft <= cur.hard) value = cur.hard;
  const err = applyLimit(sh.proc, entry, (m & HARD) !== 0, (m & SOFT) !== 0, value);
  if (!err) return 0;
  await sh.diag(`ulimit: ${entry.bash}: cannot modify limit: ${err.text}`);
  return 1;
}
