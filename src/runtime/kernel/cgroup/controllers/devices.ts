import { FsError } from '../../fs/errors.ts';
import type { Process } from '../../proc/process.ts';
import type { Cgroup } from '../cgroup.ts';
import { type ControlFile, type Controller, type FileCtx, roFile, stateOf, woFile } from '../controller.ts';
import type { CgroupHierarchy } from '../hierarchy.ts';
import { strstrip } from '../kernel-parse.ts';
import {
  ACC_MKNOD, ACC_READ, ACC_WRITE, ANY, DEV_BLOCK, DEV_CHAR, type DevRule, type DevicesState,
  addException, matchFull, matchPartial, parentAllows, parseRule, removeException, ruleText,
} from './device-rules.ts';

/**
 * The v1 devices controller: devices.allow / devices.deny take rules, devices.list shows what is
 * allowed. The root allows everything (`a *:* rwm`); a child starts as a copy of its parent.
 */
const st = (cg: Cgroup) => stateOf(cg, devices);
const parentState = (cg: Cgroup) => (cg.parent ? st(cg.parent) : null);

/** revalidate_active_exceptions(): drops exceptions the parent no longer permits. */
function revalidate(cg: Cgroup): void {
  const s = st(cg);
  s.exceptions = s.exceptions.filter((ex) => parentAllows(parentState(cg), ex, s.behavior));
}

/** propagate_exception(): a new restriction reaches every descendant. */
function propagate(root: Cgroup, r: DevRule): void {
  for (const c of root.subtree()) {
    if (c === root) continue;
    const s = st(c);
    if (st(root).behavior === 'allow' && s.behavior === 'allow') addException(s, r);
    else removeException(s, r);
    revalidate(c);
  }
}

/** devcgroup_update_access(). */
function update(ctx: FileCtx, kind: 'allow' | 'deny', data: string): void {
  if (ctx.caller && ctx.caller.creds.uid !== 0) throw new FsError('EPERM');
  const cg = ctx.cg;
  const s = st(cg);
  const parent = parentState(cg);
  const rule = parseRule(strstrip(data));
  if (rule === 'all') {
    if (cg.children.size > 0) throw new FsError('EINVAL');
    if (kind === 'allow') {
      if (parent && parent.behavior !== 'allow') throw new FsError('EPERM');
      s.exceptions = parent ? parent.exceptions.map((e) => ({ ...e })) : [];
      s.behavior = 'allow';
    } else {
      s.exceptions = [];
      s.behavior = 'deny';
    }
    return;
  }
  if (kind === 'allow') {
    // In a default-allow cgroup, "allow" removes a deny exception (if the parent lets it).
    if (s.behavior === 'allow') {
      if (parent && parent.behavior === 'allow' && matchPartial(parent.exceptions, rule)) throw new FsError('EPERM');
      removeException(s, rule);
      return;
    }
    if (!parentAllows(parent, rule, s.behavior)) throw new FsError('EPERM');
    addException(s, rule);
    return;
  }
  if (s.behavior === 'deny') removeException(s, rule);
  else addException(s, rule);
  propagate(cg, rule);
}

function listText(ctx: FileCtx): string {
  const s = st(ctx.cg);
  if (s.behavior === 'allow') return ruleText({ type: 0, major: ANY, minor: ANY, access: ACC_READ | ACC_WRITE | ACC_MKNOD });
  return s.exceptions.map(ruleText).join('');
}

/**
 * devcgroup_legacy_check_permission(): may `proc` open (r/w) or mknod (m) this device? Only
 * the task's own cgroup decides.
 */
export function devicePermitted(h: CgroupHierarchy, proc: Process, type: 'b' | 'c', major: number, minor: number, access: 'r' | 'w' | 'm'): boolean {
  const s = st(h.cgroupOf(proc));
  const r: DevRule = { type: type === 'b' ? DEV_BLOCK : DEV_CHAR, major, minor, access: access === 'r' ? ACC_READ : access === 'w' ? ACC_WRITE : ACC_MKNOD };
  return s.behavior === 'allow' ? !matchPartial(s.exceptions, r) : matchFull(s.exceptions, r);
}

export const devices: Controller<DevicesState> = {
  name: 'devices',
  init: (_cg, parent) => {
    if (!parent) return { behavior: 'allow', exceptions: [] };
    const p = st(parent);
    return { behavior: p.behavior, exceptions: p.exceptions.map((e) => ({ ...e })) };
  },
  files(): ControlFile[] {
    return [
      woFile('devices.allow', (ctx, d) => update(ctx, 'allow', d)),
      woFile('devices.deny', (ctx, d) => update(ctx, 'deny', d)),
      roFile('devices.list', listText),
    ];
  },
};
