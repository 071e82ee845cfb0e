import { FsError } from '../../../kernel/fs/errors.ts';
import { getopt, OptError, type OptSpec, type ParsedOpts } from '../getopt.ts';
import type { AppletContext } from '../types.ts';
import { SHADOW_USAGE } from './shadow-usage.ts';
import type { AccountDb } from './account-db.ts';

/** usage(status): the help text on stdout for -h, on stderr (exit 2, E_USAGE) otherwise. */
export async function shadowUsage(ctx: AppletContext, status: number): Promise<number> {
  const text = SHADOW_USAGE[ctx.name] ?? '';
  await (status === 0 ? ctx.stdout : ctx.stderr).write(text);
  return status;
}

/**
 * getopt_long as the shadow tools run it: glibc's message, then usage on stderr (exit 2);
 * `-h` prints usage at once, even when later arguments are bad.
 */
export async function shadowOpts(ctx: AppletContext, spec: OptSpec): Promise<ParsedOpts | number> {
  const args = ctx.argv.slice(1);
  // An option after -h is never reached: usage(E_SUCCESS) exits while getopt walks the list.
  try {
    const p = getopt(args, spec);
    const help = p.list.findIndex(([k]) => k === 'h');
    if (help >= 0) return shadowUsage(ctx, 0);
    return p;
  } catch (e) {
    if (!(e instanceof OptError)) throw e;
    const helpFirst = firstHelp(args, spec);
    if (helpFirst) return shadowUsage(ctx, 0);
    await ctx.stderr.write(`${ctx.name}: ${e.message}\n`);
    return shadowUsage(ctx, 2);
  }
}

function firstHelp(args: string[], spec: OptSpec): boolean {
  for (let i = 1; i <= args.length; i++) {
    try {
      getopt(args.slice(0, i), spec);
    } catch {
      return false;
    }
    const a = args[i - 1]!;
    if (a === '-h' || a === '--help' || (a.length > 2 && 'help'.startsWith(a.slice(2)) && a.startsWith('--'))) return true;
  }
  return false;
}

/**
 * process_root_flag (-R/--root, gpasswd -Q): the directory is checked, but the model cannot
 * chroot a single program, so the tool stops there the way a failing chroot(2) stops it.
 */
export async function rootFlag(ctx: AppletContext, dir: string): Promise<number> {
  if (!dir.startsWith('/')) {
    await ctx.stderr.write(`${ctx.name}: invalid chroot path '${dir}', only absolute paths are supported.\n`);
    return 3;
  }
  try {
    ctx.fs.access(dir, 5);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    await ctx.stderr.write(`${ctx.name}: cannot access chroot directory ${dir}: ${e.text}\n`);
    return 3;
  }
  await ctx.stderr.write(`${ctx.name}: unable to chroot to directory ${dir}: ${new FsError(ctx.proc.creds.uid === 0 ? 'ENOSYS' : 'EPERM').text}\n`);
  return 3;
}

/** get_uid / get_gid: a decimal id below 2^32-1, else null. */
export function parseId(s: string): number | null {
  return /^\d+$/.test(s) && Number(s) < 0xffffffff ? Number(s) : null;
}

/**
 * The -G list of useradd/usermod: group names or ids, each checked; every unknown one is
 * reported before giving up (exit 6, E_NOTFOUND). Returns the names, or null after the errors.
 */
export async function supplementaryGroups(ctx: AppletContext, db: AccountDb, list: string): Promise<string[] | null> {
  const groups: string[] = [];
  let bad = false;
  for (const name of list.split(',').filter(Boolean)) {
    const g = db.groupBySpec(name);
    if (!g) {
      await ctx.stderr.write(`${ctx.name}: group '${name}' does not exist\n`);
      bad = true;
    } else if (!groups.includes(g[0]!)) groups.push(g[0]!);
  }
  return bad ? null : groups;
}
