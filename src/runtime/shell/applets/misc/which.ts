import type { Applet, AppletContext } from '../types.ts';
import { OptError, getopt } from '../getopt.ts';
import { bbOptError, bbUsage } from './busybox-usage.ts';
import { canAccess, statOf } from './test-files.ts';

/** The `[ -f P ] && [ -x P ]` test the debianutils script applies to each candidate. */
function runnable(ctx: AppletContext, p: string): boolean {
  return statOf(ctx, p)?.type === 'file' && canAccess(ctx, p, 1);
}

/** dash's `IFS=: ; for E in $PATH` after the script's trailing-colon fix-up. */
function pathElements(path: string): string[] {
  if (/[^:]:$/.test(path)) path += ':';
  const parts = path.split(':');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts.map((e) => (e === '' ? '.' : e));
}

/** The script's $0: the path the kernel ran it by (bash resolves a bare name through PATH). */
function scriptPath(ctx: AppletContext): string {
  const a0 = ctx.argv[0] ?? 'which';
  if (a0.includes('/')) return a0;
  for (const dir of pathElements(ctx.env.get('PATH') ?? '')) if (runnable(ctx, `${dir}/${a0}`)) return `${dir}/${a0}`;
  return a0;
}

/**
 * which: debianutils 5.7 (a /bin/sh script: only -a, dash getopts errors, silent on misses)
 * or busybox's applet.
 */
const which: Applet = {
  async run(ctx) {
    const args = ctx.argv.slice(1);
    let all = false;
    let names: string[];
    if (ctx.flavor === 'busybox') {
      try {
        const o = getopt(args, { short: 'a' });
        all = o.list.length > 0;
        names = o.operands;
      } catch (e) {
        if (e instanceof OptError) return bbOptError(ctx, e.message);
        throw e;
      }
      if (names.length === 0) return bbUsage(ctx);
    } else {
      let i = 0;
      for (; i < args.length; i++) {
        const a = args[i]!;
        if (a === '--') {
          i++;
          break;
        }
        if (!a.startsWith('-') || a === '-') break;
        for (const c of a.slice(1)) {
          if (c !== 'a') {
            await ctx.stderr.write(`Illegal option -${c}\n`);
            await ctx.stdout.write(`Usage: ${scriptPath(ctx)} [-a] args\n`);
            return 2;
          }
          all = true;
        }
      }
      names = args.slice(i);
    }
    let status = names.length === 0 ? 1 : 0;
    const path = ctx.env.get('PATH') ?? (ctx.flavor === 'busybox' ? '/sbin:/usr/sbin:/bin:/usr/bin' : '');
    for (const name of names) {
      let found = false;
      if (name.includes('/')) {
        if (runnable(ctx, name)) {
          await ctx.stdout.write(`${name}\n`);
          found = true;
        }
      } else {
        for (const dir of pathElements(path)) {
          const p = `${dir}/${name}`;
          if (!runnable(ctx, p)) continue;
          await ctx.stdout.write(`${p}\n`);
          found = true;
          if (!all) break;
        }
      }
      if (!found) status = 1;
    }
    return status;
  },
};
export default which;
