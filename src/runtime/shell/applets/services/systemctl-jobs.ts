import type { ServiceManager } from '../../../services/manager.ts';
import type { UnitRuntime } from '../../../services/unit-state.ts';
import { installLinks, removeLinks, unitName, type InstallChange } from '../../../services/unit-store.ts';
import { SYSV_SCRIPTS } from '../../../services/unit-files.ts';
import { reloadUnit } from '../../../services/unit-reload.ts';
import type { AppletContext } from '../types.ts';
import type { SystemctlOpts } from './systemctl-opts.ts';
import { AUTH_REQUIRED, bytes, glyphs, isRoot } from './systemd-text.ts';

type Verb = 'start' | 'stop' | 'restart' | 'reload' | 'try-restart';

/** systemctl's explanation of a failed start job, from the unit's Result. */
const FAILED_BECAUSE: Record<string, string> = {
  'exit-code': 'the control process exited with error code',
  signal: 'a fatal signal was delivered to the control process',
  'start-limit-hit': 'start of the service was attempted too often',
};

function warnIfChanged(ctx: AppletContext, m: ServiceManager, u: UnitRuntime): Promise<void> | undefined {
  if (!m.needsReload(u)) return undefined;
  return ctx.stderr.write(`Warning: The unit file, source configuration file or drop-ins of ${u.name} changed on disk. Run 'systemctl daemon-reload' to reload units.\n`);
}

async function jobFailed(ctx: AppletContext, u: UnitRuntime): Promise<void> {
  const why = FAILED_BECAUSE[u.result] ?? 'the control process exited with error code';
  let text = `Job for ${u.name} failed because ${why}.\nSee "systemctl status ${u.name}" and "journalctl -xe" for details.\n`;
  if (u.result === 'start-limit-hit') text += `To force a start use "systemctl reset-failed ${u.name}" followed by "systemctl start ${u.name}" again.\n`;
  await ctx.stderr.write(text);
}

/** start, stop, restart, reload, try-restart of each named unit; exit 5 for unknown units. */
export async function runJobs(ctx: AppletContext, m: ServiceManager, verb: Verb, o: SystemctlOpts): Promise<number> {
  if (o.args.length === 0) {
    await ctx.stderr.write('Too few arguments.\n');
    return 1;
  }
  const names = o.args.map(unitName);
  if (!isRoot(ctx)) {
    for (const n of names) await ctx.stderr.write(`Failed to ${verb} ${n}: ${AUTH_REQUIRED}\nSee system logs and 'systemctl status ${n}' for details.\n`);
    return 1;
  }
  let status = 0;
  const stopped: UnitRuntime[] = [];
  for (const name of names) {
    const u = m.unit(name);
    if (!u) {
      await ctx.stderr.write(`Failed to ${verb} ${name}: Unit ${name} ${verb === 'stop' ? 'not loaded' : 'not found'}.\n`);
      status = 5;
      continue;
    }
    await warnIfChanged(ctx, m, u);
    if (verb === 'stop') {
      await m.stopUnit(u);
      stopped.push(u);
      continue;
    }
    if (verb === 'reload') {
      const r = reloadUnit(m, u);
      if (r === 'not-applicable') {
        await ctx.stderr.write(`Failed to reload ${u.name}: Job type reload is not applicable for unit ${u.name}.\n`);
        status = 1;
      } else if (r === 'inactive') {
        await ctx.stderr.write(`Failed to reload ${u.name}: Unit ${u.name} is not active, cannot reload.\nSee system logs and 'systemctl status ${u.name}' for details.\n`);
        status = 1;
      }
      continue;
    }
    if (verb === 'try-restart' && u.active !== 'active') continue;
    if (verb !== 'start') await m.stopUnit(u);
    if ((await m.startUnit(u)) !== 'done') {
      await jobFailed(ctx, u);
      status = 1;
    }
  }
  // Stopping a socket-activated service leaves its socket listening: systemctl says so.
  for (const u of stopped) {
    const triggers = [...m.units.values()].filter((s) => s.kind === 'socket' && s.active === 'active' && s.name.replace(/\.socket$/, '.service') === u.name);
    if (triggers.length) await ctx.stderr.write(`Warning: Stopping ${u.name}, but it can still be activated by:\n${triggers.map((t) => `  ${t.name}\n`).join('')}`);
  }
  return status;
}

function changeText(ctx: AppletContext, c: InstallChange): string {
  return c.kind === 'symlink' ? bytes(`Created symlink ${c.path} ${glyphs(ctx).arrow} ${c.source}.\n`) : `Removed ${c.path}.\n`;
}

/** enable/disable [--now]: the [Install] symlinks, SysV script synchronization, then start/stop. */
export async function runInstall(ctx: AppletContext, m: ServiceManager, verb: 'enable' | 'disable', o: SystemctlOpts): Promise<number> {
  if (o.args.length === 0) {
    await ctx.stderr.write('Too few arguments.\n');
    return 1;
  }
  if (!isRoot(ctx)) {
    await ctx.stderr.write(`Failed to ${verb} unit: ${AUTH_REQUIRED}\n`);
    return 1;
  }
  const units: UnitRuntime[] = [];
  for (const name of o.args.map(unitName)) {
    const u = m.unit(name);
    if (!u) {
      await ctx.stderr.write(`Failed to ${verb} unit: Unit file ${name} does not exist.\n`);
      return 1;
    }
    units.push(u);
  }
  const vfs = m.vfs();
  let text = '';
  for (const u of units) {
    const base = u.name.replace(/\.service$/, '');
    if (u.name.endsWith('.service') && SYSV_SCRIPTS.has(base)) {
      text += `Synchronizing state of ${u.name} with SysV service script with /lib/systemd/systemd-sysv-install.\nExecuting: /lib/systemd/systemd-sysv-install ${verb} ${base}\n`;
    }
  }
  for (const u of units) {
    const changes = verb === 'enable'
      ? installLinks(vfs, u.name, u.source.fragment, u.config.wantedBy, u.config.aliases)
      : removeLinks(vfs, u.name, u.config.wantedBy, u.config.aliases);
    text += changes.map((c) => changeText(ctx, c)).join('');
  }
  if (text) await ctx.stderr.write(text);
  if (!o.now) return 0;
  return runJobs(ctx, m, verb === 'enable' ? 'start' : 'stop', o);
}
