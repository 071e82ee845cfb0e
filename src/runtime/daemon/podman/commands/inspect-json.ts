import type { Container } from '../../container/container.ts';
import { ZERO_TIME } from '../../ids.ts';
import { createCommands, type PodmanCall } from '../call.ts';

const CAPS = ['CAP_CHOWN', 'CAP_DAC_OVERRIDE', 'CAP_FOWNER', 'CAP_FSETID', 'CAP_KILL', 'CAP_NET_BIND_SERVICE', 'CAP_SETFCAP', 'CAP_SETGID', 'CAP_SETPCAP', 'CAP_SETUID', 'CAP_SYS_CHROOT'];

/** libpod's InspectContainerData: the main fields, in podman 4.3.1's order. */
export function containerJson(call: PodmanCall, c: Container): Record<string, unknown> {
  const s = c.state;
  const rootless = call.uid !== 0;
  const home = call.ctx.env.get('HOME') ?? '/root';
  const graph = rootless ? `${home}/.local/share/containers/storage` : '/var/lib/containers/storage';
  const run = rootless ? `/run/user/${call.uid}/containers` : '/run/containers/storage';
  const userdata = (root: string) => `${root}/overlay-containers/${c.id}/userdata`;
  const status = s.Running ? (s.Paused ? 'paused' : 'running') : c.finishedMs > 0 ? 'exited' : 'created';
  const hc = c.hostConfig;
  return {
    Id: c.id, Created: c.created, Path: c.path, Args: c.args,
    State: {
      OciVersion: '1.0.2-dev', Status: status, Running: s.Running, Paused: s.Paused, Restarting: s.Restarting, OOMKilled: s.OOMKilled, Dead: s.Dead,
      Pid: s.Pid, ConmonPid: s.Running ? Math.max(1, s.Pid - 1) : 0, ExitCode: s.ExitCode, Error: s.Error,
      StartedAt: c.startedMs > 0 ? s.StartedAt : ZERO_TIME, FinishedAt: c.finishedMs > 0 ? s.FinishedAt : ZERO_TIME,
      Health: { Status: '', FailingStreak: 0, Log: null },
      CgroupPath: `/libpod_parent/libpod-${c.id}`, CheckpointedAt: ZERO_TIME, RestoredAt: ZERO_TIME,
    },
    Image: c.image.id.slice(7), ImageDigest: c.image.repoDigests[0]?.replace(/^.*@/, '') ?? c.image.id, ImageName: c.config.Image,
    Rootfs: '', Pod: '', ResolvConfPath: `${userdata(run)}/resolv.conf`, HostnamePath: `${userdata(run)}/hostname`, HostsPath: `${userdata(run)}/hosts`,
    StaticDir: userdata(graph), OCIConfigPath: `${userdata(graph)}/config.json`, OCIRuntime: 'runc',
    ConmonPidFile: `${userdata(run)}/conmon.pid`, PidFile: `${userdata(run)}/pidfile`, Name: c.name, RestartCount: c.restartCount, Driver: 'overlay',
    MountLabel: '', ProcessLabel: '', AppArmorProfile: '', EffectiveCaps: CAPS, BoundingCaps: CAPS, ExecIDs: c.execIds,
    GraphDriver: { Name: 'overlay', Data: {} }, Mounts: [], Dependencies: [],
    NetworkSettings: {
      EndpointID: '', Gateway: '', IPAddress: '', IPPrefixLen: 0, IPv6Gateway: '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0, MacAddress: '',
      Bridge: '', SandboxID: '', HairpinMode: false, LinkLocalIPv6Address: '', LinkLocalIPv6PrefixLen: 0,
      Ports: Object.fromEntries(Object.entries(hc.PortBindings).map(([k, v]) => [k, v.map((b) => ({ HostIp: b.HostIp, HostPort: b.HostPort }))])), SandboxKey: '',
    },
    Namespace: '', IsInfra: false, IsService: false,
    Config: {
      Hostname: c.config.Hostname, Domainname: c.config.Domainname, User: c.config.User, AttachStdin: false, AttachStdout: false, AttachStderr: false,
      Tty: c.config.Tty, OpenStdin: c.config.OpenStdin, StdinOnce: c.config.StdinOnce,
      Env: [...(c.config.Env ?? []), ...(c.config.Env?.some((e) => e.startsWith('HOME=')) ? [] : ['HOME=/root']), `HOSTNAME=${c.config.Hostname}`],
      Cmd: c.config.Cmd, Image: c.config.Image, Volumes: null, WorkingDir: c.config.WorkingDir || '/', Entrypoint: (c.config.Entrypoint ?? []).join(' '),
      OnBuild: null, Labels: Object.keys(c.config.Labels ?? {}).length ? c.config.Labels : null,
      Annotations: {
        'io.container.manager': 'libpod', 'io.kubernetes.cri-o.Created': c.created, 'io.kubernetes.cri-o.TTY': String(c.config.Tty),
        'io.podman.annotations.autoremove': hc.AutoRemove ? 'TRUE' : 'FALSE', 'io.podman.annotations.init': hc.Init ? 'TRUE' : 'FALSE',
        'io.podman.annotations.privileged': hc.Privileged ? 'TRUE' : 'FALSE', 'io.podman.annotations.publish-all': hc.PublishAllPorts ? 'TRUE' : 'FALSE',
        'org.opencontainers.image.stopSignal': '15',
      },
      StopSignal: 15, HealthcheckOnFailureAction: 'none', CreateCommand: createCommands.get(c) ?? null,
      Umask: '0022', Timeout: 0, StopTimeout: c.config.StopTimeout ?? 10, Passwd: true, sdNotifyMode: 'container',
    },
    HostConfig: {
      Binds: hc.Binds ?? [], CgroupManager: 'cgroupfs', CgroupMode: 'host', ContainerIDFile: '',
      LogConfig: { Type: 'k8s-file', Config: null, Path: `${userdata(graph)}/ctr.log`, Tag: '', Size: '0B' },
      NetworkMode: hc.NetworkMode === 'default' ? (rootless ? 'slirp4netns' : 'bridge') : hc.NetworkMode,
      PortBindings: hc.PortBindings, RestartPolicy: { Name: hc.RestartPolicy.Name === 'no' ? '' : hc.RestartPolicy.Name, MaximumRetryCount: hc.RestartPolicy.MaximumRetryCount },
      AutoRemove: hc.AutoRemove, VolumeDriver: '', VolumesFrom: null, CapAdd: hc.CapAdd ?? [], CapDrop: ['CAP_AUDIT_WRITE', 'CAP_MKNOD', 'CAP_NET_RAW'],
      Dns: hc.Dns ?? [], DnsOptions: [], DnsSearch: [], ExtraHosts: hc.ExtraHosts ?? [], GroupAdd: [], IpcMode: 'shareable', Cgroup: '', Cgroups: 'default',
      Links: null, OomScoreAdj: 0, PidMode: 'private', Privileged: hc.Privileged, PublishAllPorts: hc.PublishAllPorts, ReadonlyRootfs: hc.ReadonlyRootfs,
      SecurityOpt: [], Tmpfs: hc.Tmpfs ?? {}, UTSMode: 'private', UsernsMode: '', ShmSize: 65536000, Runtime: 'oci', ConsoleSize: [0, 0], Isolation: '',
      CpuShares: hc.CpuShares, Memory: hc.Memory, NanoCpus: hc.NanoCpus, CgroupParent: '', CpusetCpus: hc.CpusetCpus, MemoryReservation: hc.MemoryReservation,
      MemorySwap: hc.MemorySwap, OomKillDisable: hc.OomKillDisable ?? false, PidsLimit: hc.PidsLimit || 2048,
    },
  };
}
