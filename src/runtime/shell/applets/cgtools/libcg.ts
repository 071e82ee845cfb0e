import { FsError } from '../../../kernel/fs/errors.ts';
import type { Cgroup } from '../../../kernel/cgroup/cgroup.ts';
import type { CgroupHierarchy } from '../../../kernel/cgroup/hierarchy.ts';
import { type CgroupSystem, cgroupsOf } from '../../../kernel/cgroup/system.ts';
import { getopt, OptError, type ParsedOpts } from '../getopt.ts';
import type { AppletContext } from '../types.ts';

/** libcgroup's error numbers (libcgroup/error.h); tools exit with them, so the status is code & 255. */
export const ECG = {
  NOTEXIST: 50002, SUBSYSNOTMOUNTED: 50004, NOTOWNER: 50005, NOTALLOWED: 50007, INVAL: 50011,
  FAIL: 50013, VALUENOTEXIST: 50015, OTHER: 50016, NONEMPTY: 50030,
} as const;

/** cgroup_strerror_codes of api.c (2.0), indexed by code - 50000. */
const STRERROR = [
  'Cgroup is not compiled in', 'Cgroup is not mounted', 'Cgroup does not exist', 'Cgroup has not been created',
  'Cgroup one of the needed subsystems is not mounted', 'Cgroup, request came in from non owner',
  'Cgroup controllers are bound to different mount points', 'Cgroup, operation not allowed',
  'Cgroup value set exceeds maximum', 'Cgroup controller already exists', 'Cgroup value already exists',
  'Cgroup invalid operation', 'Cgroup, creation of controller failed', 'Cgroup operation failed', 'Cgroup not initialized',
  'Cgroup, requested group parameter does not exist', 'Cgroup generic error', 'Cgroup values are not equal',
  'Cgroup controllers are different', 'Cgroup parsing failed', 'Cgroup, rules file does not exist', 'Cgroup mounting failed',
  '', 'End of File or iterator', 'Failed to parse config file', 'Have multiple paths for the same namespace',
  'Controller in namespace does not exist', 'Either mount or namespace keyword has to be specified in the configuration file',
  'This kernel does not support this feature', 'Value setting does not succeed', 'Failed to remove a non-empty group',
];

/** A libcgroup failure: its code, and for ECGOTHER the errno text (cgroup_get_last_errno). */
export class CgError extends Error {
  constructor(readonly code: number, readonly errnoText = '') {
    super(code === ECG.OTHER ? errnoText : (STRERROR[code - 50000] ?? 'Invalid error code'));
  }
}

/** The exit status of `exit(ret)` / `return ret` from main. */
export const statusOf = (code: number): number => code & 255;

/** A kernel error as libcgroup reports it when fprintf/fclose fails: ECGOTHER with errno. */
export function fromFs(e: unknown): CgError {
  if (e instanceof CgError) return e;
  if (e instanceof FsError) return new CgError(ECG.OTHER, e.text);
  throw e;
}

/** One `-g controllers:path` (parse_cgroup_spec): `*` stands for every mounted controller. */
export interface GroupSpec {
  controllers: string[];
  path: string;
}

export function parseSpec(arg: string): GroupSpec | null {
  const colon = arg.indexOf(':');
  if (colon <= 0) return null;
  const controllers = arg.slice(0, colon).split(',').filter(Boolean);
  if (controllers.length === 0) return null;
  return { controllers, path: arg.slice(colon + 1) };
}

/** The mounted v1 hierarchies libcgroup knows (cg_mount_table; the v2 and named ones are not controllers). */
export function v1Hierarchies(sys: CgroupSystem): CgroupHierarchy[] {
  return sys.hierarchies.filter((h) => h.version === 1 && h.controllers.length > 0);
}

/** The hierarchy a controller name is mounted in, or null (cgroup_test_subsys_mounted). */
export function mounted(sys: CgroupSystem, name: string): CgroupHierarchy | null {
  return v1Hierarchies(sys).find((h) => h.controller(name)) ?? null;
}

export function systemOf(ctx: AppletContext): CgroupSystem {
  return cgroupsOf(ctx.kernel);
}

/** Expands `*` and names to the distinct hierarchies, in the order given. */
export function hierarchiesFor(sys: CgroupSystem, controllers: string[]): (CgroupHierarchy | null)[] {
  if (controllers.includes('*')) return v1Hierarchies(sys);
  const out: (CgroupHierarchy | null)[] = [];
  for (const c of controllers) {
    const h = mounted(sys, c);
    if (!h || !out.includes(h)) out.push(h);
  }
  return out;
}

/** Effective permission check of the kernel's inode_permission on a cgroup directory or file. */
export function mayWrite(ctx: AppletContext, mode: number, uid: number, gid: number): boolean {
  const c = ctx.proc.creds;
  if (c.uid === 0) return true;
  if (c.uid === uid) return (mode & 0o200) !== 0;
  if (c.gid === gid) return (mode & 0o020) !== 0;
  return (mode & 0o002) !== 0;
}

/** cg_mkdir_p: EPERM is "non owner", any other failure (EACCES) "not allowed". */
export function mkdirP(ctx: AppletContext, h: CgroupHierarchy, path: string): Cgroup {
  let cg = h.root;
  for (const part of path.split('/').filter(Boolean)) {
    const next = cg.children.get(part);
    if (next) {
      cg = next;
      continue;
    }
    if (!mayWrite(ctx, cg.mode, cg.uid, cg.gid)) throw new CgError(ECG.NOTALLOWED);
    try {
      cg = h.mkdir(cg, part, 0o755, ctx.proc.creds.uid, ctx.proc.creds.gid);
    } catch (e) {
      if (e instanceof FsError && e.code === 'EPERM') throw new CgError(ECG.NOTOWNER);
      throw new CgError(ECG.NOTALLOWED);
    }
  }
  return cg;
}

/** getopt_long's complaint, then the tool's "Wrong input parameters" line. */
export async function badOption(ctx: AppletContext, e: unknown, helpFlag: '-h' | '--help'): Promise<void> {
  if (!(e instanceof OptError)) throw e;
  await ctx.stderr.write(`${ctx.progName}: ${e.message}\n`);
  await ctx.stderr.write(wrongInput(ctx, helpFlag));
}

/**
 * The tools' common start: no argument at all prints the usage hint (or `noArgs`), a bad option
 * getopt's message and the hint; both end with the tool's own `status`.
 */
export async function parseToolArgs(ctx: AppletContext, spec: Parameters<typeof getopt>[1], helpFlag: '-h' | '--help', status: number, noArgs?: string): Promise<ParsedOpts | number> {
  if (ctx.argv.length < 2) {
    await ctx.stderr.write(noArgs ?? wrongInput(ctx, helpFlag));
    return status;
  }
  try {
    return getopt(ctx.argv.slice(1), spec);
  } catch (e) {
    await badOption(ctx, e, helpFlag);
    return status;
  }
}

export function wrongInput(ctx: AppletContext, helpFlag: '-h' | '--help'): string {
  return `Wrong input parameters, try ${ctx.progName} ${helpFlag}' for more information.\n`;
}

/** Writes one control file as cg_set_control_value does (fopen "r+", fputs, fclose). */
export function setValue(ctx: AppletContext, cg: Cgroup, name: string, value: string): void {
  const file = cg.hierarchy.file(cg, name);
  if (!file) throw new CgError(ECG.VALUENOTEXIST);
  const attrs = cg.fileAttrs.get(name) ?? {};
  if (!mayWrite(ctx, attrs.mode ?? file.mode, attrs.uid ?? cg.uid, attrs.gid ?? cg.gid)) throw new CgError(ECG.VALUENOTEXIST);
  if (!file.write) throw new CgError(ECG.OTHER, 'Invalid argument');
  try {
    file.write({ cg, sys: cg.hierarchy.sys, caller: ctx.proc }, value);
  } catch (e) {
    throw fromFs(e);
  }
}

/** Reads one control file as the caller would. */
export function readValue(ctx: AppletContext, cg: Cgroup, name: string): string {
  const file = cg.hierarchy.file(cg, name);
  if (!file) throw new FsError('ENOENT');
  if (!file.read) throw new FsError('EINVAL');
  return file.read({ cg, sys: cg.hierarchy.sys, caller: ctx.proc });
}
