import { behaviourOf } from './behaviours.ts';
import type { ServiceManager } from './manager.ts';
import type { UnitRuntime } from './unit-state.ts';

/** `systemctl reload`: ExecReload makes the running daemon re-read its configuration (dockerd: SIGHUP). */
export function reloadUnit(m: ServiceManager, u: UnitRuntime): 'done' | 'not-applicable' | 'inactive' {
  if (!/^ExecReload=/m.test(u.source.texts.join('\n')) || u.kind !== 'service') return 'not-applicable';
  if (u.active !== 'active' || !u.proc) return 'inactive';
  m.nextJob++;
  m.sys(u, `Reloading ${m.title(u)}.`);
  behaviourOf(u.name)?.reload?.(m, u, u.proc);
  m.sys(u, `Reloaded ${m.title(u)}.`);
  return 'done';
}
