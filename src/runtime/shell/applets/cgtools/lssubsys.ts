import type { CgroupHierarchy } from '../../../kernel/cgroup/hierarchy.ts';
import { getopt, type ParsedOpts } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { badOption, systemOf, v1Hierarchies } from './libcg.ts';

const USAGE = (p: string) =>
  `Usage: ${p} [-i] [-m] [-M] [controller] [...]\n` +
  `   or: ${p} [-a] [-i] [-m] [-M]\n` +
  'List information about given controller(s) If no controller is set list information about all mounted controllers.\n' +
  '  -a, --all\t\t\tDisplay information about all controllers (including not mounted ones)\n' +
  '  -h, --help\t\t\tDisplay this help\n' +
  '  -i, --hierarchies\t\tDisplay information about hierarchies\n' +
  '  -m, --mount-points\t\tDisplay mount points\n' +
  '  -M, --all-mount-points\tDisplay all mount points\n';

const SPEC = { short: 'mMhai', long: { help: { key: 'h' }, 'mount-points': { key: 'm' }, 'all-mount-points': { key: 'M' }, all: { key: 'a' }, hierarchies: { key: 'i' } } };

/** /proc/cgroups order, which cgroup_get_all_controller_begin/next walks. */
const PROC_CGROUPS = ['cpuset', 'cpu', 'cpuacct', 'blkio', 'memory', 'devices', 'freezer', 'net_cls', 'perf_event', 'net_prio', 'hugetlb', 'pids', 'rdma'];

async function run(ctx: AppletContext): Promise<number> {
  let parsed: ParsedOpts;
  try {
    parsed = getopt(ctx.argv.slice(1), SPEC);
  } catch (e) {
    await badOption(ctx, e, '-h');
    return 255;
  }
  const f = new Set<string>();
  for (const [k] of parsed.list) {
    if (k === 'h') {
      await ctx.stdout.write(USAGE(ctx.progName));
      return 0;
    }
    f.add(k);
  }
  const all = f.has('a');
  const mount = f.has('m') || f.has('M');
  const wanted = parsed.operands;
  const hs = v1Hierarchies(systemOf(ctx));
  const order: CgroupHierarchy[] = [];
  for (const name of PROC_CGROUPS) {
    const h = hs.find((x) => x.controller(name));
    // The model mounts every controller, so -a has no unmounted names to add.
    if (!h) continue;
    if ((all || wanted.length === 0 || wanted.includes(name)) && !order.includes(h)) order.push(h);
  }
  let out = '';
  for (const h of order) {
    const names = PROC_CGROUPS.filter((n) => h.controller(n)).join(',');
    if (mount) out += `${names} /sys/fs/cgroup/${h.dirName}\n`;
    else if (f.has('i')) out += `${names} ${h.id}\n`;
    else out += `${names}\n`;
  }
  await ctx.stdout.write(out);
  return 0;
}

/** lssubsys (libcgroup 2.0): the mounted controllers grouped by hierarchy. */
const lssubsys: Applet = { run };
export default lssubsys;
