import { IpcNamespace } from '../../kernel/ns/ipc.ts';
import { NetNamespace } from '../../kernel/ns/net.ts';
import { PidNamespace } from '../../kernel/ns/pid.ts';
import type { NsSet } from '../../kernel/ns/set.ts';
import { UtsNamespace } from '../../kernel/ns/uts.ts';
import type { Host } from '../../host.ts';
import type { Engine } from '../engine.ts';
import { DaemonError } from '../errors.ts';
import type { Container } from './container.ts';
import type { HostConfig } from './config.ts';

/** Create-time checks of --pid/--uts/--ipc/--network modes, with the engine's texts. */
export function validateModes(engine: Engine, h: HostConfig, hostnameGiven: boolean): void {
  const ipc = h.IpcMode;
  if (!['', 'private', 'shareable', 'host', 'none'].includes(ipc) && !ipc.startsWith('container:')) throw new DaemonError(`Invalid IPC mode: ${ipc}`, 400);
  if (h.PidMode !== '' && h.PidMode !== 'host' && !h.PidMode.startsWith('container:')) throw new DaemonError(`Invalid PID mode: ${h.PidMode}`, 400);
  if (h.UTSMode !== '' && h.UTSMode !== 'host') throw new DaemonError(`Invalid UTS mode: ${h.UTSMode}`, 400);
  if (h.UTSMode === 'host' && hostnameGiven) throw new DaemonError('conflicting options: hostname and the UTS mode', 400);
  for (const mode of [h.PidMode, h.IpcMode, h.NetworkMode]) {
    if (mode.startsWith('container:')) engine.get(mode.slice('container:'.length));
  }
  if (h.NetworkMode.startsWith('container:') && hostnameGiven) throw new DaemonError('conflicting options: hostname and the network mode', 400);
}

function joined(engine: Engine, mode: string, what: string): NsSet {
  const other = engine.get(mode.slice('container:'.length));
  if (!other.state.Running || !other.ns) throw new DaemonError(`cannot join ${what} of a non running container: ${other.id}`, 409);
  return other.ns;
}

/** The namespaces PID 1 gets: new ones, the host's (`host`) or another container's (`container:x`). */
export function containerNamespaces(host: Host, engine: Engine, c: Container): NsSet {
  const k = host.kernel;
  const h = c.hostConfig;
  const root = host.rootNs;
  const pid = h.PidMode === 'host' ? root.pid : h.PidMode.startsWith('container:') ? joined(engine, h.PidMode, 'PID').pid : new PidNamespace(k.allocNsInode(), root.pid);
  const net = h.NetworkMode === 'host' ? root.net : h.NetworkMode.startsWith('container:') ? joined(engine, h.NetworkMode, 'network stack').net : new NetNamespace(k.allocNsInode());
  const ipc = h.IpcMode === 'host' ? root.ipc : h.IpcMode.startsWith('container:') ? joined(engine, h.IpcMode, 'IPC').ipc : new IpcNamespace(k.allocNsInode());
  const shareUts = h.UTSMode === 'host' || h.NetworkMode === 'host';
  const uts = shareUts ? root.uts : h.NetworkMode.startsWith('container:') ? joined(engine, h.NetworkMode, 'network stack').uts : new UtsNamespace(k.allocNsInode(), c.config.Hostname, '(none)');
  const ns: NsSet = { ...root, pid, net, ipc, uts };
  for (const x of [pid, net, ipc, uts]) if (x !== root[x.kind]) x.ownerUser = root.user;
  return ns;
}
