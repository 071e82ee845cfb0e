import { fail, q, qa, usageError } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { ArgmatchError, argmatch } from './backup.ts';
import { ask } from './prompt.ts';
import { Remover, type RemoveOptions } from './remove-tree.ts';

const WHEN: [string, 'never' | 'once' | 'always'][] = [['never', 'never'], ['no', 'never'], ['none', 'never'], ['once', 'once'], ['always', 'always'], ['yes', 'always']];

/** rm [-dfiIrRv] [--interactive[=WHEN]] [--no-preserve-root] FILE... */
const rm: Applet = {
  async run(ctx) {
    const bb = ctx.flavor === 'busybox';
    let p;
    const o: RemoveOptions = { force: false, interactive: 'never', recursive: false, dir: false, verbose: false, preserveRoot: true };
    try {
      p = getopt(ctx.argv.slice(1), {
        short: bb ? 'fiRrv' : 'dfirvIR',
        long: bb ? {} : {
          dir: { key: 'd' }, force: { key: 'f' }, interactive: { arg: 'optional' }, 'one-file-system': {},
          'no-preserve-root': {}, 'preserve-root': { arg: 'optional' }, recursive: { key: 'r' }, verbose: { key: 'v' },
        },
      });
      for (const [k, v] of p.list) {
        if (k === 'f') (o.force = true), (o.interactive = 'never');
        else if (k === 'i') o.interactive = 'always';
        else if (k === 'I') o.interactive = 'once';
        else if (k === 'interactive') {
          o.interactive = v === undefined ? 'always' : argmatch(v, WHEN, '--interactive');
          if (o.interactive !== 'never') o.force = false;
        } else if (k === 'r' || k === 'R') o.recursive = true;
        else if (k === 'd') o.dir = true;
        else if (k === 'v') o.verbose = true;
        else if (k === 'no-preserve-root') o.preserveRoot = false;
        else if (k === 'preserve-root') {
          if (v !== undefined && v !== 'all') {
            await ctx.stderr.write(`${ctx.name}: unrecognized --preserve-root argument: ${qa(v)}\n`);
            return 1;
          }
          o.preserveRoot = true;
        }
      }
      if (o.interactive === 'once' && p.list.some(([k]) => k === 'f')) {
        const lastF = p.list.map(([k]) => k).lastIndexOf('f');
        const lastI = p.list.map(([k]) => k).lastIndexOf('I');
        if (lastF > lastI) o.interactive = 'never';
      }
    } catch (e) {
      if (e instanceof ArgmatchError) return usageError(ctx, new OptError(e.message));
      if (e instanceof OptError && ctx.flavor !== 'busybox') {
        await fail(ctx, e.message);
        await hyphenHint(ctx);
        await ctx.stderr.write(`Try '${ctx.progName} --help' for more information.\n`);
        return 1;
      }
      return usageError(ctx, e);
    }
    const files = p.operands;
    if (files.length === 0) {
      if (o.force) return 0;
      return usageError(ctx, new OptError('missing operand'));
    }
    if (o.interactive === 'once' && (o.recursive || files.length > 3)) {
      const n = files.length;
      const q = o.recursive ? `remove ${n} argument${n === 1 ? '' : 's'} recursively? ` : `remove ${n} arguments? `;
      if (!(await ask(ctx, q))) return 0;
    }
    const r = new Remover(ctx, o);
    let ok = true;
    for (const f of files) ok = (await r.removeTop(f)) && ok;
    return ok ? 0 : 1;
  },
};
export default rm;

/** coreutils diagnose_leading_hyphen: a bad option that names an existing file gets a hint. */
async function hyphenHint(ctx: AppletContext): Promise<void> {
  for (const arg of ctx.argv.slice(1)) {
    if (arg.length < 2 || !arg.startsWith('-')) continue;
    try {
      ctx.fs.lstat(arg);
    } catch {
      continue;
    }
    await ctx.stderr.write(`Try '${ctx.argv[0]} ./${q(arg)}' to remove the file ${qa(arg)}.\n`);
    return;
  }
}
