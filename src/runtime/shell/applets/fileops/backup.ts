import type { AppletContext } from '../types.ts';
import { dirName, lastComponent } from './paths.ts';

export type BackupType = 'none' | 'simple' | 'numbered' | 'existing';

const ARGS: [string, BackupType][] = [
  ['none', 'none'], ['off', 'none'], ['simple', 'simple'], ['never', 'simple'],
  ['existing', 'existing'], ['nil', 'existing'], ['numbered', 'numbered'], ['t', 'numbered'],
];

/** Thrown for a bad --backup / VERSION_CONTROL value; `text` is the whole argmatch complaint. */
export class ArgmatchError extends Error {}

/** gnulib argmatch over a table: exact or unambiguous prefix; else the "Valid arguments" list. */
export function argmatch<T>(arg: string, table: [string, T][], context: string, quoteContext = true): T {
  const exact = table.find(([k]) => k === arg);
  if (exact) return exact[1];
  const hits = table.filter(([k]) => k.startsWith(arg));
  const ctxName = quoteContext ? `'${context}'` : context;
  if (hits.length > 0 && hits.every(([, v]) => v === hits[0]![1])) return hits[0]![1];
  const kind = hits.length > 0 ? 'ambiguous' : 'invalid';
  const lines: string[] = [];
  for (let i = 0; i < table.length; i++) {
    const [k, v] = table[i]!;
    if (i > 0 && table[i - 1]![1] === v) lines[lines.length - 1] += `, '${k}'`;
    else lines.push(`  - '${k}'`);
  }
  throw new ArgmatchError(`${kind} argument '${arg}' for ${ctxName}\nValid arguments are:\n${lines.join('\n')}`);
}

/** The backup type for -b / --backup[=CONTROL] (VERSION_CONTROL when no CONTROL). */
export function backupType(ctx: AppletContext, control: string | undefined): BackupType {
  if (control !== undefined) return argmatch(control, ARGS, 'backup type');
  const env = ctx.env.get('VERSION_CONTROL');
  if (env) return argmatch(env, ARGS, '$VERSION_CONTROL', false);
  return 'existing';
}

export function backupSuffix(ctx: AppletContext, opt: string | undefined): string {
  const s = opt ?? ctx.env.get('SIMPLE_BACKUP_SUFFIX') ?? '~';
  return s === '' || s.includes('/') ? '~' : s;
}

/** The name the existing `file` is renamed to before it is replaced. */
export function backupName(ctx: AppletContext, file: string, type: BackupType, suffix: string): string {
  if (type === 'simple') return file + suffix;
  const base = lastComponent(file);
  let max = 0;
  try {
    for (const n of ctx.fs.readdir(dirName(file))) {
      const m = n.startsWith(`${base}.~`) ? /^\.~([1-9]\d*)~$/.exec(n.slice(base.length)) : null;
      if (m) max = Math.max(max, Number(m[1]));
    }
  } catch {
    // no directory listing: behave as if there were no numbered backups
  }
  if (type === 'existing' && max === 0) return file + suffix;
  return `${file}.~${max + 1}~`;
}
