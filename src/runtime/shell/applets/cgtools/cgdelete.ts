import type { Cgroup } from '../../../kernel/cgroup/cgroup.ts';
import { getopt, type ParsedOpts } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { badOption, CgError, ECG, type GroupSpec, hierarchiesFor, mayWrite, parseSpec, statusOf, systemOf } from './libcg.ts';

const USAGE = (p: string) =>
  `Usage: ${p} [-h] [-r] [[-g] <controllers>:<path>] ...\n` +
  'Remove control group(s)\n' +
  '  -g <controllers>:<path>\tControl group to be removed (-g is optional)\n' +
  '  -h, --help\t\t\tDisplay this help\n' +
  '  -r, --recursive\t\tRecursively remove all subgroups\n';

const SPEC = { short: 'rhg:', long: { recursive: { key: 'r' }, help: { key: 'h' } } };

/**
 * cgroup_delete_cgroup_ext without CGFLAG_DELETE_IGNORE_MIGRATION: the tasks of each removed
 * group move to the parent of the group named, then the directories go, deepest first.
 */
function remove(ctx: AppletContext, cg: Cgroup, recursive: boolean): void {
  const target = cg.parent;
  if (!target) throw new CgError(ECG.OTHER, 'Device or resource busy');
  const h = cg.hierarchy;
  if (!mayWrite(ctx, target.mode, target.uid, target.gid)) throw new CgError(ECG.OTHER, 'Permission denied');
  const doomed = recursive ? [...cg.subtree()].reverse() : [cg];
  if (!recursive && cg.children.size > 0) throw new CgError(ECG.OTHER, 'Device or resource busy');
  for (const g of doomed) {
    for (const p of h.members(g)) h.attach(p, target);
    h.rmdir(g);
  }
}

async function run(ctx: AppletContext): Promise<number> {
  let parsed: ParsedOpts;
  try {
    parsed = getopt(ctx.argv.slice(1), SPEC);
  } catch (e) {
    await badOption(ctx, e, '--help');
    return 255;
  }
  let recursive = false;
  const args: string[] = [];
  for (const [k, v] of parsed.list) {
    if (k === 'h') {
      await ctx.stdout.write(USAGE(ctx.progName));
      return 0;
    }
    if (k === 'r') recursive = true;
    else args.push(v!);
  }
  const specs: GroupSpec[] = [];
  for (const a of [...args, ...parsed.operands]) {
    const spec = parseSpec(a);
    if (!spec) {
      await ctx.stderr.write(`${ctx.progName}: error parsing cgroup '${a}'\n`);
      return 255;
    }
    specs.push(spec);
  }
  const sys = systemOf(ctx);
  let status = 0;
  for (const spec of specs) {
    try {
      for (const h of hierarchiesFor(sys, spec.controllers)) {
        if (!h) throw new CgError(ECG.SUBSYSNOTMOUNTED);
        const cg = h.find(spec.path);
        if (!cg) throw new CgError(ECG.OTHER, 'No such file or directory');
        remove(ctx, cg, recursive);
      }
    } catch (e) {
      if (!(e instanceof CgError)) throw e;
      // cgdelete goes on with the other groups and reports the last failure.
      await ctx.stderr.write(`${ctx.progName}: cannot remove group '${spec.path}': ${e.message}\n`);
      status = statusOf(e.code);
    }
  }
  return status;
}

/** cgdelete (libcgroup 2.0): removes groups, moving their tasks up to the parent. */
const cgdelete: Applet = { run };
export default cgdelete;
