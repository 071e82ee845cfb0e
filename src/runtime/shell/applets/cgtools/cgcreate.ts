import type { Cgroup } from '../../../kernel/cgroup/cgroup.ts';
import type { Applet, AppletContext } from '../types.ts';
import { parseToolArgs, CgError, ECG, type GroupSpec, hierarchiesFor, mkdirP, parseSpec, statusOf, systemOf } from './libcg.ts';
import { type Owner, parseOwner } from './owner.ts';

const USAGE = (p: string) =>
  `Usage: ${p} [-h] [-f mode] [-d mode] [-s mode] [-t <tuid>:<tgid>] [-a <agid>:<auid>] -g <controllers>:<path> [-g ...]\n` +
  'Create control group(s)\n' +
  '  -a <tuid>:<tgid>\t\tOwner of the group and all its files\n' +
  '  -d, --dperm=mode\t\tGroup directory permissions\n' +
  '  -f, --fperm=mode\t\tGroup file permissions\n' +
  '  -g <controllers>:<path>\tControl group which should be added\n' +
  '  -h, --help\t\t\tDisplay this help\n' +
  '  -s, --tperm=mode\t\tTasks file permissions\n' +
  '  -t <tuid>:<tgid>\t\tOwner of the tasks file\n';

const SPEC = {
  short: 'a:t:g:hf:d:s:',
  long: { help: { key: 'h' }, task: { arg: 'required' as const, key: 't' }, admin: { arg: 'required' as const, key: 'a' }, dperm: { arg: 'required' as const, key: 'd' }, fperm: { arg: 'required' as const, key: 'f' }, tperm: { arg: 'required' as const, key: 's' } },
};

interface Perms {
  admin: Owner;
  task: Owner;
  dperm?: number;
  fperm?: number;
  tperm?: number;
}

/** cgroup_create_cgroup + cgroup_set_permissions on one hierarchy's new group. */
function applyPerms(cg: Cgroup, p: Perms): void {
  if (p.admin.uid !== undefined) cg.uid = p.admin.uid;
  if (p.admin.gid !== undefined) cg.gid = p.admin.gid;
  if (p.dperm !== undefined) cg.mode = p.dperm;
  for (const f of cg.hierarchy.files(cg)) {
    const a = { ...(cg.fileAttrs.get(f.name) ?? {}) };
    if (p.admin.uid !== undefined) a.uid = p.admin.uid;
    if (p.admin.gid !== undefined) a.gid = p.admin.gid;
    if (p.fperm !== undefined && f.name !== 'tasks') a.mode = p.fperm;
    if (f.name === 'tasks') {
      if (p.task.uid !== undefined) a.uid = p.task.uid;
      if (p.task.gid !== undefined) a.gid = p.task.gid;
      if (p.tperm !== undefined) a.mode = p.tperm;
    }
    cg.fileAttrs.set(f.name, a);
  }
}

async function run(ctx: AppletContext): Promise<number> {
  const parsed = await parseToolArgs(ctx, SPEC, '-h', 255);
  if (typeof parsed === 'number') return parsed;
  const specs: GroupSpec[] = [];
  const perms: Perms = { admin: {}, task: {} };
  for (const [k, v] of parsed.list) {
    if (k === 'h') {
      await ctx.stdout.write(USAGE(ctx.progName));
      return 0;
    }
    if (k === 'g') {
      const spec = parseSpec(v!);
      if (!spec) {
        await ctx.stderr.write(`${ctx.progName}: cgroup controller and pathparsing failed (${v})\n`);
        return 255;
      }
      specs.push(spec);
    } else if (k === 'a' || k === 't') {
      const o = await parseOwner(ctx, v!);
      if (!o) return 255;
      Object.assign(k === 'a' ? perms.admin : perms.task, o);
    } else {
      const mode = parseInt(v!, 8);
      if (!/^[0-7]+$/.test(v!)) {
        await ctx.stderr.write(`${ctx.progName} wrong mode format ${v}\n`);
        return 255;
      }
      if (k === 'd') perms.dperm = mode;
      else if (k === 'f') perms.fperm = mode;
      else perms.tperm = mode;
    }
  }
  if (parsed.operands.length > 0) {
    await ctx.stderr.write(`${ctx.progName}: wrong arguments (${parsed.operands[0]})\n`);
    return 255;
  }
  const sys = systemOf(ctx);
  for (const spec of specs) {
    try {
      const hs = hierarchiesFor(sys, spec.controllers);
      if (hs.includes(null)) throw new CgError(ECG.SUBSYSNOTMOUNTED);
      for (const h of hs) applyPerms(mkdirP(ctx, h!, spec.path), perms);
    } catch (e) {
      if (!(e instanceof CgError)) throw e;
      await ctx.stderr.write(`${ctx.progName}: can't create cgroup ${spec.path}: ${e.message}\n`);
      return statusOf(e.code);
    }
  }
  return 0;
}

/** cgcreate (libcgroup 2.0): makes the group in each named controller's hierarchy (mkdir -p). */
const cgcreate: Applet = { run };
export default cgcreate;
