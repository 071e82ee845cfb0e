import { Host, type HostOptions } from '../host.ts';
import type { Vfs } from '../kernel/fs/vfs.ts';
import { enginePersistence } from '../persist/engine-hook.ts';
import { loadMemFs, saveMemFs } from '../persist/memfs-image.ts';
import { ShellSession } from '../session.ts';
import { servicesOf } from './boot.ts';
import { killAllContainers } from './dockerd.ts';

/** What a reboot took, for the lab to tell the student. */
export interface Reboot {
  host: Host;
  /** The student's new login shell on the rebooted host (the old session died with the machine). */
  session: ShellSession;
  /** From the reboot request to the login prompt, virtual ms. */
  tookMs: number;
  /** Uptime when the login prompt appeared, virtual ms. */
  uptimeMs: number;
}

/** Firmware and boot loader before the kernel starts (btime), ms: a VM's POST is quick. */
const FIRMWARE_MS = [2_000, 5_000] as const;
/** Kernel start to the login prompt on an Ubuntu 22.04 server VM, ms. */
const USERSPACE_MS = [16_000, 28_000] as const;

/**
 * `reboot` of the modelled machine. systemd stops every unit (dockerd stops its containers with
 * their stop signal and timeout, as with live-restore off), whatever is left dies with the
 * kernel, and the machine starts again from its disk: a new kernel (boot time, pids from 1,
 * no process of the old boot, empty /run and /dev/shm, /tmp cleaned by systemd-tmpfiles, the
 * loaded modules forgotten), systemd starting the units enabled on that disk, and dockerd,
 * if it starts, bringing back the containers whose restart policy asks for it. The journal
 * is persistent on Ubuntu: the old boot's entries stay. A new Host object replaces the old one.
 */
export async function rebootHost(host: Host, session: ShellSession): Promise<Reboot> {
  const began = host.clock.now;
  const down = await host.kernel.runUntil(shutDown(host));
  if (typeof down === 'object' && 'error' in down) throw down.error;
  const firmware = between(host, FIRMWARE_MS);
  const userspace = between(host, USERSPACE_MS);
  const disk = saveMemFs(host.rootfs);
  const engine = enginePersistence()?.save(host) ?? null;
  const random = host.random.state();
  const journal = servicesOf(host)?.journal.entries ?? [];
  const options: HostOptions = {
    ...host.options,
    epoch: host.clock.now + firmware,
    fromDisk: (next) => {
      next.random.restore(random);
      loadMemFs(next.rootfs, disk);
      const vfs = next.vfs();
      if (vfs.exists('/tmp')) emptyDir(vfs, '/tmp');
      next.rootNs.uts.hostname = hostnameOn(vfs) ?? next.rootNs.uts.hostname;
      // Before systemd starts dockerd, so that dockerd's start finds the containers to restart.
      if (engine) enginePersistence()!.restore(next, engine);
    },
  };
  const next = new Host(options);
  // The closure holds the old disk: the new host keeps its options, not the old machine.
  delete options.fromDisk;
  afterBootPids(next);
  servicesOf(next)?.journal.entries.unshift(...journal);
  await passTime(next, userspace);
  const fresh = new ShellSession(next, { ...session.options, cwd: undefined });
  return { host: next, session: fresh, tookMs: next.clock.now - began, uptimeMs: next.clock.now - next.kernel.bootTime };
}

/** systemd's shutdown: units stopped in reverse order, then what still runs is killed. */
async function shutDown(host: Host): Promise<void> {
  const m = servicesOf(host);
  if (m) for (const u of [...m.units.values()].reverse()) if (u.active === 'active' || u.sub === 'auto-restart') await m.stopUnit(u);
  // Containers left running by a live-restore dockerd die with the machine.
  await killAllContainers(host);
}

/**
 * Boot hands the pid counter back to the low numbers the lab's login shell has (boot.ts), but a
 * dockerd that restarts containers has already given the first one a pid after its own: what
 * comes next (the other containers, the login shell) follows it, as on a real boot.
 */
function afterBootPids(host: Host): void {
  const top = Math.max(0, ...host.kernel.procs.keys());
  const pids = host.rootNs.pid;
  if (top >= pids.counter) {
    pids.counter = top + 1;
    host.kernel.lastPid = top;
  }
}

function between(host: Host, [min, max]: readonly [number, number]): number {
  return min + host.random.int(max - min);
}

/** Everything runs on for `ms` of virtual time (the boot's services and containers starting). */
async function passTime(host: Host, ms: number): Promise<void> {
  let cancel = () => {};
  const due = new Promise<void>((resolve) => (cancel = host.clock.setTimer(ms, resolve)));
  const r = await host.kernel.runUntil(due);
  cancel();
  if (typeof r === 'object' && 'error' in r) throw r.error;
}

/** tmpfiles.d's `D /tmp`: the directory's contents are removed at boot. */
function emptyDir(vfs: Vfs, dir: string): void {
  for (const name of vfs.readdir(dir)) {
    if (name === '.' || name === '..') continue;
    const path = `${dir}/${name}`;
    if (vfs.lstat(path).type === 'dir') {
      emptyDir(vfs, path);
      vfs.rmdir(path);
    } else vfs.unlink(path);
  }
}

/** The static hostname systemd sets at boot (a `hostname NAME` of the old boot is gone). */
function hostnameOn(vfs: Vfs): string | null {
  try {
    return vfs.readFile('/etc/hostname').split('\n')[0]!.trim() || null;
  } catch {
    return null;
  }
}
