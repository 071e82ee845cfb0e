import type { Container } from '../../runtime/daemon/container/container.ts';
import { statusText } from '../../runtime/daemon/cli/ps/context.ts';
import { mountPointsOf } from '../../runtime/daemon/volume/mountpoints.ts';
import type { NsSet } from '../../runtime/kernel/ns/set.ts';
import type { ContainerFacts, MountFacts, NsIds, PortFacts } from '../state.ts';

/** A container's inspect-level facts, read from the engine's object (nothing is rendered or parsed). */
export function containerFacts(c: Container, now: number): ContainerFacts {
  const h = c.hostConfig;
  return {
    id: c.id,
    name: c.name,
    image: c.config.Image,
    imageId: c.image.id,
    status: c.state.Status,
    statusText: statusText(c, now),
    exitCode: c.state.ExitCode,
    oomKilled: c.state.OOMKilled,
    tty: c.config.Tty,
    pid1: c.state.Running && c.proc ? c.proc.comm : null,
    pid: c.state.Pid,
    restart: { name: h.RestartPolicy.Name || 'no', maxRetry: h.RestartPolicy.MaximumRetryCount },
    env: envMap(c.config.Env ?? []),
    labels: { ...c.config.Labels },
    networkMode: h.NetworkMode,
    networks: networksOf(h.NetworkMode),
    memory: h.Memory,
    nanoCpus: h.NanoCpus,
    cpuQuota: h.CpuQuota,
    cpuPeriod: h.CpuPeriod,
    cpusetCpus: h.CpusetCpus,
    ipcMode: h.IpcMode,
    pidMode: h.PidMode,
    ports: portsOf(c),
    mounts: mountPointsOf(c).map((m): MountFacts => ({ type: m.Type, source: m.Source, destination: m.Destination, ...(m.Name ? { name: m.Name } : {}), rw: m.RW })),
    namespaces: c.state.Running && c.ns ? nsIds(c.ns) : null,
  };
}

/** `K=V` lines → map (a bare `K` is an empty value, as the engine keeps it). */
export function envMap(lines: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of lines) {
    const i = l.indexOf('=');
    if (i < 0) out[l] = '';
    else out[l.slice(0, i)] = l.slice(i + 1);
  }
  return out;
}

export function nsIds(ns: NsSet): NsIds {
  return { uts: ns.uts.inode, ipc: ns.ipc.inode, pid: ns.pid.inode, net: ns.net.inode, mnt: ns.mnt.inode, user: ns.user.inode, cgroup: ns.cgroup.inode };
}

/** inspect's NetworkSettings.Networks keys: the default bridge unless host/none (or another container's stack). */
function networksOf(mode: string): string[] {
  if (mode === 'default' || mode === 'bridge' || mode === '') return ['bridge'];
  if (mode.startsWith('container:')) return [];
  return [mode];
}

/**
 * Published ports as configured: `-p` bindings, one entry per host address (an empty HostIp binds every
 * address, shown as 0.0.0.0), and with `-P` every exposed port on a random host port (0: the model does
 * not draw ephemeral ports yet).
 */
function portsOf(c: Container): PortFacts[] {
  const out: PortFacts[] = [];
  const bound = c.hostConfig.PortBindings;
  for (const [port, bindings] of Object.entries(bound)) {
    for (const b of bindings ?? []) out.push({ port, hostIp: b.HostIp || '0.0.0.0', hostPort: Number((b.HostPort || '0').split('-')[0]) });
  }
  if (c.hostConfig.PublishAllPorts) {
    for (const port of Object.keys(c.config.ExposedPorts ?? {})) if (!bound[port]) out.push({ port, hostIp: '0.0.0.0', hostPort: 0 });
  }
  return out;
}
