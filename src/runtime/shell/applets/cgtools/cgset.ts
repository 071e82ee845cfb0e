import type { Applet, AppletContext } from '../types.ts';
import { parseToolArgs, CgError, ECG, mounted, readValue, setValue, statusOf, systemOf, v1Hierarchies } from './libcg.ts';

const USAGE = (p: string) =>
  `Usage: ${p} [-r <name=value>] <cgroup_path> ...\n` +
  `   or: ${p} --copy-from <source_cgroup_path> <cgroup_path> ...\n` +
  'Set the parameters of given cgroup(s)\n' +
  '  -r, --variable <name>\t\t\tDefine parameter to set\n' +
  '  --copy-from <source_cgroup_path>\tControl group whose parameters will be copied\n';

const SPEC = {
  short: 'r:h',
  long: { variable: { arg: 'required' as const, key: 'r' }, help: { key: 'h' }, 'copy-from': { arg: 'required' as const, key: 'copy' } },
};

/** The writable values of `source` in every hierarchy (cgroup_get_cgroup, then cgroup_copy_cgroup). */
function copyValues(ctx: AppletContext, source: string): [string, string][] {
  const out: [string, string][] = [];
  for (const h of v1Hierarchies(systemOf(ctx))) {
    const cg = h.find(source);
    if (!cg) throw new CgError(ECG.NOTEXIST);
    for (const f of h.files(cg)) {
      if (!f.read || !f.write || !h.controllers.some((c) => f.name.startsWith(`${c.name}.`))) continue;
      out.push([f.name, readValue(ctx, cg, f.name)]);
    }
  }
  return out;
}

/** cgroup_modify_cgroup: each value written to the group's file in its controller's hierarchy. */
function modify(ctx: AppletContext, path: string, pairs: [string, string][]): void {
  const sys = systemOf(ctx);
  for (const [name, value] of pairs) {
    const dot = name.indexOf('.');
    const h = mounted(sys, dot < 0 ? name : name.slice(0, dot));
    if (!h) throw new CgError(ECG.SUBSYSNOTMOUNTED);
    const cg = h.find(path);
    if (!cg) throw new CgError(ECG.VALUENOTEXIST);
    setValue(ctx, cg, name, value);
  }
}

async function run(ctx: AppletContext): Promise<number> {
  const parsed = await parseToolArgs(ctx, SPEC, '--help', 255, `Usage is ${ctx.progName} -r <name=value> <relative path to cgroup>\n`);
  if (typeof parsed === 'number') return parsed;
  const pairs: [string, string][] = [];
  let copyFrom: string | undefined;
  for (const [k, v] of parsed.list) {
    if (k === 'h') {
      await ctx.stdout.write(USAGE(ctx.progName));
      return 0;
    }
    if (k === 'copy') copyFrom = v;
    else {
      const eq = v!.indexOf('=');
      if (eq < 0) {
        await ctx.stderr.write(`${ctx.progName}: wrong parameter of option -r: ${v}\n`);
        return 255;
      }
      pairs.push([v!.slice(0, eq), v!.slice(eq + 1)]);
    }
  }
  if (copyFrom === undefined && pairs.length === 0) {
    await ctx.stderr.write(`${ctx.progName}: no name-value pair was set\n`);
    return 255;
  }
  if (parsed.operands.length === 0) {
    await ctx.stderr.write(`${ctx.progName}: no cgroup specified\n`);
    return 255;
  }
  let values = pairs;
  if (copyFrom !== undefined) {
    try {
      values = copyValues(ctx, copyFrom);
    } catch (e) {
      if (!(e instanceof CgError)) throw e;
      await ctx.stderr.write(`${ctx.progName}: cgroup ${copyFrom} error: ${e.message} \n`);
      return statusOf(e.code);
    }
  }
  for (const path of parsed.operands) {
    try {
      modify(ctx, path, values);
    } catch (e) {
      if (!(e instanceof CgError)) throw e;
      await ctx.stderr.write(`${ctx.progName}: cgroup modify error: ${e.message} \n`);
      return statusOf(e.code);
    }
  }
  return 0;
}

/** cgset (libcgroup 2.0): writes control files of groups, as `echo value > file` would. */
const cgset: Applet = { run };
export default cgset;
