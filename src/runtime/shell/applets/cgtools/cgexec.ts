import type { Applet, AppletContext } from '../types.ts';
import { moveTo } from './attach.ts';
import { parseToolArgs, CgError, type GroupSpec, parseSpec, statusOf, wrongInput } from './libcg.ts';
import { STRERROR } from '../../../kernel/fs/errors.ts';

const USAGE = (p: string) =>
  `Usage: ${p} [-h] [-g <controllers>:<path>] [--sticky] command [arguments] ...\n` +
  'Run the task in given control group(s)\n' +
  '  -g <controllers>:<path>\tControl group which should be added\n' +
  '  -h, --help\t\t\tDisplay this help\n' +
  '  --sticky\t\t\tcgred daemon does not change pidlist and children tasks\n';

// "+g:sh": options stop at the command, whose own options are left to it.
const SPEC = { short: 'g:sh', long: { sticky: { key: 's' }, help: { key: 'h' } }, stopAtOperand: true };

async function run(ctx: AppletContext): Promise<number> {
  const parsed = await parseToolArgs(ctx, SPEC, '--help', 1);
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
        await ctx.stderr.write('cgroup controller and pathparsing failed\n');
        return 255;
      }
      specs.push(spec);
    }
  }
  if (parsed.operands.length === 0) {
    await ctx.stderr.write(wrongInput(ctx, '--help'));
    return 1;
  }
  // Only this process moves; the command then runs in it (execvp), so it starts in the groups.
  for (const spec of specs) {
    try {
      moveTo(ctx, spec, ctx.proc);
    } catch (e) {
      if (!(e instanceof CgError)) throw e;
      await ctx.stderr.write('cgroup change of group failed\n');
      return statusOf(e.code);
    }
  }
  const result = await ctx.exec(parsed.operands);
  if (typeof result === 'number') return result;
  // cgexec prints strerror(errno) alone, without a newline.
  await ctx.stderr.write(STRERROR[result.errno]);
  return 255;
}

/** cgexec (libcgroup 2.0): moves itself into the groups, then executes the command. */
const cgexec: Applet = { run };
export default cgexec;
