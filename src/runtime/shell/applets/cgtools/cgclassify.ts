import type { Applet, AppletContext } from '../types.ts';
import { moveTo } from './attach.ts';
import { parseToolArgs, CgError, type GroupSpec, parseSpec, statusOf, wrongInput } from './libcg.ts';

const USAGE = (p: string) =>
  `Usage: ${p} [[-g] <controllers>:<path>] [--sticky | --cancel-sticky] <list of pids>\n` +
  'Move running task(s) to given cgroups\n' +
  '  -h, --help\t\t\tDisplay this help\n' +
  '  -g <controllers>:<path>\tControl group to be used as target\n' +
  '  --cancel-sticky\t\tcgred daemon change pidlist and children tasks\n' +
  '  --sticky\t\t\tcgred daemon does not change pidlist and children tasks\n';

const SPEC = { short: 'g:sch', long: { sticky: { key: 's' }, 'cancel-sticky': { key: 'c' }, help: { key: 'h' } } };

async function run(ctx: AppletContext): Promise<number> {
  const parsed = await parseToolArgs(ctx, SPEC, '-h', 2);
  if (typeof parsed === 'number') return parsed;
  const specs: GroupSpec[] = [];
  for (const [k, v] of parsed.list) {
    if (k === 'h') {
      await ctx.stdout.write(USAGE(ctx.progName));
      return 0;
    }
    if (k === 'g') {
      const spec = parseSpec(v!);
      if (!spec) {
        await ctx.stderr.write('cgroup controller and path parsing failed\n');
        return 255;
      }
      specs.push(spec);
    }
  }
  if (parsed.operands.length === 0) {
    await ctx.stderr.write(wrongInput(ctx, '-h'));
    return 2;
  }
  if (specs.length === 0) {
    await ctx.stderr.write(`${ctx.progName}: classifying by /etc/cgrules.conf (without -g) is not built in this lab\n`);
    return 1;
  }
  let status = 0;
  for (const arg of parsed.operands) {
    const pid = /^\s*[+-]?\d+/.test(arg) ? parseInt(arg, 10) : NaN;
    if (!Number.isFinite(pid) || String(pid) !== arg.trim()) {
      await ctx.stderr.write(`Error: ${arg} is not valid pid.\n`);
      status = 2;
      continue;
    }
    const proc = ctx.kernel.byPid(pid, ctx.proc);
    try {
      if (!proc || !proc.alive) throw new CgError(50016, 'No such process');
      for (const spec of specs) moveTo(ctx, spec, proc);
    } catch (e) {
      if (!(e instanceof CgError)) throw e;
      await ctx.stderr.write(`Error changing group of pid ${pid}: ${e.message}\n`);
      status = statusOf(e.code);
    }
  }
  return status;
}

/** cgclassify (libcgroup 2.0): moves running tasks into groups (their pid into each tasks file). */
const cgclassify: Applet = { run };
export default cgclassify;
