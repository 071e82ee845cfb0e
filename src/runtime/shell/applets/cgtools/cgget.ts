import { FsError } from '../../../kernel/fs/errors.ts';
import type { Cgroup } from '../../../kernel/cgroup/cgroup.ts';
import type { CgroupHierarchy } from '../../../kernel/cgroup/hierarchy.ts';
import type { Applet, AppletContext } from '../types.ts';
import { parseToolArgs, ECG, mounted, readValue, statusOf, systemOf, v1Hierarchies, wrongInput } from './libcg.ts';

const USAGE = (p: string) =>
  `Usage: ${p} [-nv] [-r <name>] [-g <controllers>] [-a] <path> ...\n` +
  `   or: ${p} [-nv] [-r <name>] -g <controllers>:<path> ...\n` +
  'Print parameter(s) of given group(s).\n' +
  '  -a, --all\t\t\tPrint info about all relevant controllers\n' +
  '  -g <controllers>\t\tController which info should be displayed\n' +
  '  -g <controllers>:<path>\tControl group which info should be displayed\n' +
  '  -h, --help\t\t\tDisplay this help\n' +
  '  -n\t\t\t\tDo not print headers\n' +
  '  -r, --variable  <name>\tDefine parameter to display\n' +
  '  -v, --values-only\t\tPrint only values, not parameter names\n';

const SPEC = {
  short: 'r:hnvg:a',
  long: { variable: { arg: 'required' as const, key: 'r' }, help: { key: 'h' }, all: { key: 'a' }, 'values-only': { key: 'v' } },
};

/** One value as cgget prints it: continuation lines of a multi-line file are indented by a tab. */
function render(name: string, text: string, namesShown: boolean): string {
  const lines = text.replace(/\n$/, '').split('\n');
  const body = lines.join('\n\t');
  return namesShown ? `${name}: ${body}\n` : `${body}\n`;
}

/** Every readable file of a controller in a group (cgroup_fill_cgc: names starting `controller.`). */
function controllerFiles(ctx: AppletContext, cg: Cgroup, controller: string): [string, string][] {
  const out: [string, string][] = [];
  const names = cg.hierarchy.files(cg).map((f) => f.name).filter((n) => n.startsWith(`${controller}.`)).sort();
  for (const n of names) {
    try {
      out.push([n, readValue(ctx, cg, n)]);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
    }
  }
  return out;
}

/** The controllers of the mounted hierarchies, in mount order (cg_mount_table). */
function allControllers(hs: CgroupHierarchy[]): string[] {
  return hs.flatMap((h) => h.controllers.map((c) => c.name));
}

async function run(ctx: AppletContext): Promise<number> {
  const parsed = await parseToolArgs(ctx, SPEC, '-h', 1);
  if (typeof parsed === 'number') return parsed;
  const vars: string[] = [];
  const controllers: string[] = [];
  const groups: string[] = [];
  let headers = true;
  let names = true;
  for (const [k, v] of parsed.list) {
    if (k === 'h') {
      await ctx.stdout.write(USAGE(ctx.progName));
      return 0;
    }
    if (k === 'n') headers = false;
    else if (k === 'v') names = false;
    else if (k === 'r') vars.push(v!);
    else if (k === 'g') {
      const colon = v!.indexOf(':');
      if (colon < 0) controllers.push(...v!.split(',').filter(Boolean));
      else {
        controllers.push(...v!.slice(0, colon).split(',').filter(Boolean));
        groups.push(v!.slice(colon + 1));
      }
    }
  }
  groups.push(...parsed.operands);
  // -r and -g name different ways of choosing what to show: cgget refuses both at once.
  if (groups.length === 0 || (vars.length > 0 && controllers.length > 0)) {
    await ctx.stderr.write(wrongInput(ctx, '-h'));
    return 1;
  }
  for (const name of vars) {
    if (!name.includes('.')) {
      await ctx.stderr.write(`cgget: error parsing parameter name\n '${name}'`);
      return statusOf(ECG.INVAL);
    }
  }
  const sys = systemOf(ctx);
  const hs = v1Hierarchies(sys);
  // Everything is read first, so a failure prints nothing on stdout.
  const blocks: string[] = [];
  for (const path of groups) {
    let body = '';
    if (vars.length > 0) {
      for (const name of vars) {
        const h = mounted(sys, name.slice(0, name.indexOf('.')));
        const cg = h?.find(path);
        let text: string;
        try {
          if (!cg) throw new FsError('ENOENT');
          text = readValue(ctx, cg, name);
        } catch (e) {
          if (!(e instanceof FsError)) throw e;
          await ctx.stderr.write(`variable file read failed ${e.text}\n`);
          return statusOf(ECG.OTHER);
        }
        body += render(name, text, names);
      }
    } else {
      for (const c of controllers.length > 0 ? controllers : allControllers(hs)) {
        const cg = mounted(sys, c)?.find(path);
        if (cg) for (const [n, text] of controllerFiles(ctx, cg, c)) body += render(n, text, names);
      }
    }
    blocks.push(headers ? `${path}:\n${body}\n` : body);
  }
  await ctx.stdout.write(blocks.join(''));
  return 0;
}

/** cgget (libcgroup 2.0): prints control files of groups, read from the kernel's cgroups. */
const cgget: Applet = { run };
export default cgget;
