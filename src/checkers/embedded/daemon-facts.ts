import type { Host } from '../../runtime/host.ts';
import { servicesOf } from '../../runtime/services/boot.ts';
import { enablement, findUnit } from '../../runtime/services/unit-store.ts';
import type { DaemonFacts } from '../state.ts';
import { readFacts } from './file-view.ts';

const UNIT = 'docker.service';

/**
 * Docker's installation as the host's systemd sees it: the CLI on disk, docker.service's unit, its active
 * state and its enablement (`systemctl is-active/is-enabled docker`). A host without a service manager has
 * an engine that always answers and no enablement to tell.
 */
export function daemonFacts(host: Host): DaemonFacts {
  const vfs = host.vfs();
  const cli = readFacts(host, vfs, '/usr/bin/docker') !== null;
  const config = readFacts(host, vfs, '/etc/docker/daemon.json')?.content ?? null;
  const m = servicesOf(host);
  if (!m) return { installed: cli, running: cli, enabled: null, config };
  const current = host.kernel.current;
  try {
    // Read what is loaded; a unit not loaded yet is looked up on disk without loading it (checks change nothing).
    const u = m.units.get(UNIT);
    const onDisk = u ? null : findUnit(vfs, UNIT);
    const installed = cli && (u !== undefined || onDisk !== null);
    const enabled = u ? enablement(vfs, u.name, u.config.wantedBy, u.config.aliases) === 'enabled' : false;
    return { installed, running: installed && u?.active === 'active', enabled, config };
  } finally {
    host.kernel.current = current;
  }
}
