import type { Cgroup } from '../../../kernel/cgroup/cgroup.ts';
import { getopt, type ParsedOpts } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { badOption, ECG, mounted, parseSpec, statusOf, systemOf, v1Hierarchies } from './libcg.ts';

const USAGE = (p: string) =>
  `Usage: ${p} [-h] [[-g] <controllers>:<path>] [...]\n` +
  'List all cgroups\n' +
  '  -g <controllers>:<path>\tControl group to be displayed (-g is optional)\n' +
  '  -h, --help\t\t\tDisplay this help\n';

const SPEC = { short: 'hg:', long: { help: { key: 'h' } } };

/** cgroup_walk_tree: the group then its descendants, parents first, in directory order. */
function walk(controller: string, top: Cgroup, shownTop: string): string {
  let out = `${controller}:${shownTop}\n`;
  const base = top.path === '/' ? '' : top.path;
  for (const cg of top.subtree()) if (cg !== top) out += `${controller}:${base}/${cg.path.slice(base.length + 1)}\n`;
  return out;
}

async function run(ctx: AppletContext): Promise<number> {
  let parsed: ParsedOpts;
  try {
    parsed = getopt(ctx.argv.slice(1), SPEC);
  } catch (e) {
    await badOption(ctx, e, '-h');
    return 255;
  }
  const args: string[] = [];
  for (const [k, v] of parsed.list) {
    if (k === 'h') {
      await ctx.stdout.write(USAGE(ctx.progName));
      return 0;
    }
    args.push(v!);
  }
  args.push(...parsed.operands);
  const sys = systemOf(ctx);
  let out = '';
  if (args.length === 0) {
    // Every mounted controller on its own, co-mounted ones (cpu, cpuacct) each listed.
    for (const h of v1Hierarchies(sys)) for (const c of h.controllers) out += walk(c.name, h.root, '/');
    await ctx.stdout.write(out);
    return 0;
  }
  for (const a of args) {
    const spec = parseSpec(a);
    if (!spec) {
      await ctx.stdout.write(out);
      await ctx.stderr.write(`${ctx.progName}: cgroup controller and path parsing failed (${a})\n`);
      return 255;
    }
    // Only the first controller of a spec is listed (as lscgroup 2.0 does for `cpu,cpuacct:/`).
    const c = spec.controllers[0]!;
    const h = mounted(sys, c);
    if (!h) {
      await ctx.stdout.write(out);
      await ctx.stderr.write(`${ctx.progName}: cannot find group ${c}..:${spec.path}: Cgroup operation failed\n`);
      return statusOf(ECG.FAIL);
    }
    const top = h.find(spec.path);
    // A named group is shown with a trailing slash, the root as `/`.
    if (top) out += walk(c, top, top.path === '/' ? '/' : `${top.path}/`);
  }
  await ctx.stdout.write(out);
  return 0;
}

/** lscgroup (libcgroup 2.0): the groups of every (or the given) hierarchy, as `controller:/path`. */
const lscgroup: Applet = { run };
export default lscgroup;
