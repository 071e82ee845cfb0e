import type { Host } from '../host.ts';
import { TreeBuilder } from '../rootfs/tree-builder.ts';
import { ServiceManager } from './manager.ts';
import { ADMIN_DIR, INSTALLED_UNITS, VENDOR_DIR } from './unit-files.ts';
import { parseUnit } from './unit-config.ts';
import { enablement, installLinks } from './unit-store.ts';

const managers = new WeakMap<Host, ServiceManager>();

/** The host's service manager (created when the host boots). */
export function servicesOf(host: Host): ServiceManager | undefined {
  return managers.get(host);
}

/**
 * Pids the boot-time daemons get, about where a real Ubuntu 22.04 boot leaves them; the counter
 * is put back afterwards, so the login shell and everything after keep today's low pids.
 */
const BOOT_ORDER: [string, number][] = [
  ['docker.socket', 0], ['cron.service', 587], ['containerd.service', 641], ['ssh.service', 718], ['docker.service', 803],
];

/** docker-ce's postinst: `groupadd --system docker` (the socket's group) when there is none. */
function addDockerGroup(host: Host): void {
  const vfs = host.vfs();
  for (const [file, line] of [['/etc/group', 'docker:x:999:\n'], ['/etc/gshadow', 'docker:!::\n']] as const) {
    try {
      const text = vfs.readFile(file);
      if (!text.split('\n').some((l) => l.startsWith('docker:'))) vfs.writeFile(file, text + line);
    } catch {
      // no such file on this host
    }
  }
}

/** Writes the packages' unit files and the enablement symlinks their postinst scripts make. */
function installUnitFiles(host: Host): void {
  const t = new TreeBuilder(host.rootfs);
  t.dir(VENDOR_DIR.slice(1)).dir(`${ADMIN_DIR.slice(1)}/multi-user.target.wants`).dir(`${ADMIN_DIR.slice(1)}/sockets.target.wants`);
  t.dir('etc/docker');
  addDockerGroup(host);
  for (const u of INSTALLED_UNITS) t.file(`${VENDOR_DIR}/${u.name}`, u.text, 0o644);
  const vfs = host.vfs();
  for (const u of INSTALLED_UNITS) {
    const config = parseUnit([u.text]);
    installLinks(vfs, u.name, `${VENDOR_DIR}/${u.name}`, config.wantedBy, config.aliases);
  }
}

/**
 * systemd at boot: loads the units and starts the enabled ones (docker.socket, containerd, dockerd...).
 * A first boot installs the packages' unit files; a reboot (`install` false) finds them on its disk.
 */
export function bootServices(host: Host, install = true): ServiceManager {
  if (install) installUnitFiles(host);
  const m = new ServiceManager(host);
  managers.set(host, m);
  const vfs = host.vfs();
  const pidNs = host.rootNs.pid;
  const counter = pidNs.counter;
  const lastPid = host.kernel.lastPid;
  for (const [name, pid] of BOOT_ORDER) {
    const u = m.unit(name);
    if (!u || enablement(vfs, u.name, u.config.wantedBy, u.config.aliases) !== 'enabled') continue;
    if (pid) pidNs.counter = pid;
    const pending: typeof u[] = [];
    m.startSync(u, true, pending);
    for (const s of pending) void m.finishStart(s);
  }
  pidNs.counter = counter;
  host.kernel.lastPid = lastPid;
  // Boot was long before the lab starts: its starts do not count against StartLimitBurst.
  for (const u of m.units.values()) u.starts = [];
  return m;
}
