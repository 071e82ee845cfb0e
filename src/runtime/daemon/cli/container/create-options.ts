import { isDefaultBridgeMode, isSpecialMode } from '../../network/network.ts';
import { defaultHostConfig, type HostConfig, type PortBinding } from '../../container/config.ts';
import type { CreateRequest } from '../../container/create.ts';
import { DaemonError } from '../../errors.ts';
import type { Image } from '../../image/image.ts';
import type { Call } from '../command.ts';
import { ClientError } from './client-error.ts';
import { readKvFile } from './kv-file.ts';
import { ulimitsFrom } from './ulimits.ts';
import { MountSpecError, volumeFlags } from '../volume/run-flags.ts';
export { ClientError };
/** `-e NAME` passes the client's value through; `-e NAME=` sets it empty. */
function envList(call: Call, items: string[]): string[] {
  const out: string[] = [];
  for (const e of items) {
    if (e.includes('=')) out.push(e);
    else {
      const v = call.ctx.env.get(e);
      if (v !== undefined) out.push(`${e}=${v}`);
    }
  }
  return out;
}
function labels(call: Call): Record<string, string> {
  const out: Record<string, string> = {};
  for (const file of call.opts.list('label-file')) for (const l of readKvFile(call, file, false)) setLabel(out, l);
  for (const l of call.opts.list('label')) setLabel(out, l);
  return out;
}
function setLabel(out: Record<string, string>, kv: string): void {
  const i = kv.indexOf('=');
  out[i < 0 ? kv : kv.slice(0, i)] = i < 0 ? '' : kv.slice(i + 1);
}
/** The CLI only parses NAME[:COUNT]; the daemon judges the name (checked in createRequest). */
function restartPolicy(text: string): HostConfig['RestartPolicy'] {
  if (text === '') return { Name: '', MaximumRetryCount: 0 };
  const i = text.indexOf(':');
  const name = i < 0 ? text : text.slice(0, i);
  const count = i < 0 ? '' : text.slice(i + 1);
  if (i >= 0 && name === '') throw new ClientError('invalid restart policy format: no policy provided before colon');
  let n = 0;
  if (count !== '') {
    if (!/^[+-]?\d+$/.test(count)) throw new ClientError('invalid restart policy format: maximum retry count must be an integer');
    n = Number(count);
  }
  return { Name: name as HostConfig['RestartPolicy']['Name'], MaximumRetryCount: n };
}

/** The CLI's own Valid() checks of --pid/--uts (--ipc is left to the daemon). */
function checkModes(hc: HostConfig): void {
  const joins = (m: string) => m.startsWith('container:') && m.length > 'container:'.length;
  if (!['', 'host'].includes(hc.PidMode) && !joins(hc.PidMode)) throw new ClientError('--pid: invalid PID mode');
  if (!['', 'host'].includes(hc.UTSMode)) throw new ClientError('--uts: invalid UTS mode');
}

/**
 * The CLI's EffectiveCapAddCapDrop: names upper-cased with a CAP_ prefix, de-duplicated and
 * sorted; ALL wins in either list, and adding a capability cancels dropping it.
 */
function effectiveCaps(add: string[], drop: string[]): { add: string[]; drop: string[] } {
  const norm = (l: string[]) => new Set(l.map((c) => c.trim().toUpperCase()).map((c) => (c === 'ALL' || c.startsWith('CAP_') ? c : `CAP_${c}`)));
  const a = norm(add);
  const d = norm(drop);
  const sorted = (x: Iterable<string>) => [...x].sort();
  return {
    add: a.has('ALL') ? ['ALL'] : sorted(a),
    drop: d.has('ALL') ? ['ALL'] : sorted([...d].filter((c) => !a.has(c))),
  };
}

/** Config.Attach*: -a lists the streams; otherwise all of them unless detached (stdin with -i). */
function attachFlags(list: string[], detached: boolean, interactive: boolean): { stdin: boolean; stdout: boolean; stderr: boolean } {
  if (list.length) return { stdin: list.includes('stdin'), stdout: list.includes('stdout'), stderr: list.includes('stderr') };
  return { stdin: !detached && interactive, stdout: !detached, stderr: !detached };
}

/** --expose PORT[-END][/PROTO]: one key per port, with the CLI's texts for bad values. */
function exposeKeys(e: string): string[] {
  if (e.includes(':')) throw new ClientError(`invalid port format for --expose: ${e}`);
  const slash = e.indexOf('/');
  const port = slash < 0 ? e : e.slice(0, slash);
  const proto = slash < 0 ? 'tcp' : e.slice(slash + 1) || 'tcp';
  const num = (t: string): number => {
    if (!/^\d+$/.test(t) || Number(t) > 65535) {
      const why = /^\d+$/.test(t) ? 'value out of range' : 'invalid syntax';
      throw new ClientError(`invalid range format for --expose: ${e}, error: strconv.ParseUint: parsing ${JSON.stringify(t)}: ${why}`);
    }
    return Number(t);
  };
  if (port === '') throw new ClientError(`invalid range format for --expose: ${e}, error: empty string specified for ports`);
  const dash = port.indexOf('-');
  const start = num(dash < 0 ? port : port.slice(0, dash));
  const end = dash < 0 ? start : num(port.slice(dash + 1));
  if (end < start) throw new ClientError(`invalid range format for --expose: ${e}, error: invalid range specified for port: ${port}`);
  const keys: string[] = [];
  for (let p = start; p <= end; p++) keys.push(`${p}/${proto}`);
  return keys;
}

/** --log-opt KEY=VALUE pairs (a bare KEY maps to an empty value). */
function logOpts(items: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of items) {
    const i = kv.indexOf('=');
    out[i < 0 ? kv : kv.slice(0, i)] = i < 0 ? '' : kv.slice(i + 1);
  }
  // A Go map: marshalled with sorted keys.
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The daemon's validateRestartPolicy. */
function checkRestartPolicy(p: HostConfig['RestartPolicy']): void {
  switch (p.Name) {
    case 'always': case 'unless-stopped': case 'no':
      if (p.MaximumRetryCount !== 0) throw new DaemonError(`maximum retry count cannot be used with restart policy '${p.Name}'`, 400);
      return;
    case 'on-failure':
      if (p.MaximumRetryCount < 0) throw new DaemonError('maximum retry count cannot be negative', 400);
      return;
    case '':
      return;
    default:
      throw new DaemonError(`invalid restart policy '${p.Name}'`, 400);
  }
}

/** `-p [ip:][hostPort:]containerPort[/proto]` → exposed ports and bindings (ranges expanded). */
function ports(specs: string[]): { exposed: Record<string, object>; bindings: Record<string, PortBinding[]> } {
  const exposed: Record<string, object> = {};
  const bindings: Record<string, PortBinding[]> = {};
  for (const spec of specs) {
    const [main, proto = 'tcp'] = spec.split('/', 2) as [string, string | undefined];
    const parts = main.split(':');
    const container = parts.pop()!;
    const hostPort = parts.pop() ?? '';
    const ip = parts.join(':');
    const portOk = (t: string) => /^\d+(-\d+)?$/.test(t) && t.split('-').every((n) => Number(n) <= 65535);
    if (!portOk(container)) throw new ClientError(`invalid containerPort: ${container}`);
    if (hostPort !== '' && !portOk(hostPort)) throw new ClientError(`invalid hostPort: ${hostPort}`);
    // nat.ParsePortSpec: ranges expand port by port; a host range with one container port
    // stays a range the daemon allocates into.
    const [start, end = start] = container.split('-').map(Number) as [number, number?];
    const [hStart, hEnd = hStart] = hostPort === '' ? [0, 0] : (hostPort.split('-').map(Number) as [number, number?]);
    if (hostPort !== '' && end - start !== hEnd! - hStart! && end !== start) {
      throw new ClientError(`invalid ranges specified for container and host Ports: ${container} and ${hostPort}`);
    }
    for (let i = 0; i <= end! - start; i++) {
      let hp = hostPort === '' ? '' : String(hStart! + i);
      if (start === end && hStart !== hEnd) hp = `${hp}-${hEnd}`;
      const key = `${start + i}/${proto}`;
      exposed[key] = {};
      (bindings[key] ??= []).push({ HostIp: ip, HostPort: hp });
    }
  }
  return { exposed, bindings };
}
export function createRequest(call: Call, image: Image, imageRef: string, cmd: string[], detached: boolean): CreateRequest {
  const o = call.opts;
  const hc = defaultHostConfig();
  const env = [...o.list('env-file').flatMap((f) => readKvFile(call, f, true)), ...envList(call, o.list('env'))];
  if (o.changed('memory')) hc.Memory = o.bytes('memory');
  if (o.changed('memory-swap')) hc.MemorySwap = o.bytes('memory-swap');
  if (o.changed('memory-reservation')) hc.MemoryReservation = o.bytes('memory-reservation');
  if (o.changed('cpus')) hc.NanoCpus = o.nanoCpus('cpus');
  if (o.changed('cpu-shares')) hc.CpuShares = o.int('cpu-shares');
  if (o.changed('cpu-period')) hc.CpuPeriod = o.int('cpu-period');
  if (o.changed('cpu-quota')) hc.CpuQuota = o.int('cpu-quota');
  if (o.changed('cpuset-mems')) hc.CpusetMems = o.str('cpuset-mems');
  if (o.changed('blkio-weight')) hc.BlkioWeight = o.int('blkio-weight');
  if (o.changed('cpuset-cpus')) hc.CpusetCpus = o.str('cpuset-cpus');
  if (o.changed('pids-limit')) hc.PidsLimit = o.int('pids-limit');
  if (o.changed('ulimit')) hc.Ulimits = ulimitsFrom(o.list('ulimit'));
  if (o.changed('oom-kill-disable')) hc.OomKillDisable = o.bool('oom-kill-disable');
  hc.AutoRemove = o.bool('rm');
  hc.Privileged = o.bool('privileged');
  hc.ReadonlyRootfs = o.bool('read-only');
  hc.PublishAllPorts = o.bool('publish-all');
  const caps = effectiveCaps(o.list('cap-add'), o.list('cap-drop'));
  if (caps.add.length) hc.CapAdd = caps.add;
  if (caps.drop.length) hc.CapDrop = caps.drop;
  hc.Dns = o.list('dns');
  // Only an explicit driver: podman shares this parser with its own default (k8s-file).
  hc.LogConfig = { Type: o.changed('log-driver') ? o.str('log-driver') : '', Config: logOpts(o.list('log-opt')) };
  hc.DnsSearch = o.list('dns-search');
  hc.DnsOptions = o.list('dns-option');
  if (o.list('add-host').length) hc.ExtraHosts = o.list('add-host');
  if (o.changed('restart')) hc.RestartPolicy = restartPolicy(o.str('restart'));
  if (hc.AutoRemove && hc.RestartPolicy.Name !== 'no' && hc.RestartPolicy.Name !== '') throw new ClientError('conflicting options: cannot specify both --restart and --rm');
  checkRestartPolicy(hc.RestartPolicy);
  if (o.changed('network')) hc.NetworkMode = o.str('network');
  // The CLI's own check (runconfig IsUserDefined): aliases need a network other than default, bridge, host, none, container:x.
  if (o.changed('network-alias') && o.list('network-alias').length && (isDefaultBridgeMode(hc.NetworkMode) || isSpecialMode(hc.NetworkMode))) {
    throw new ClientError('network-scoped aliases are only supported for user-defined networks');
  }
  if (o.changed('init')) hc.Init = o.bool('init');
  if (o.changed('pid')) hc.PidMode = o.str('pid');
  if (o.changed('uts')) hc.UTSMode = o.str('uts');
  if (o.changed('ipc')) hc.IpcMode = o.str('ipc');
  checkModes(hc);
  if (o.list('tmpfs').length) {
    hc.Tmpfs = {};
    for (const t of o.list('tmpfs')) {
      const i = t.indexOf(':');
      hc.Tmpfs[i < 0 ? t : t.slice(0, i)] = i < 0 ? '' : t.slice(i + 1);
    }
  }
  let vf;
  try {
    vf = volumeFlags(o.list('volume'), o.list('mount'), o.list('volumes-from'), call.ctx.proc.cwd);
  } catch (e) {
    if (e instanceof MountSpecError) throw new ClientError(e.message);
    throw e;
  }
  hc.Binds = vf.binds;
  hc.VolumesFrom = vf.volumesFrom;
  const p = ports(o.list('publish'));
  hc.PortBindings = p.bindings;
  const exposed: Record<string, object> = { ...p.exposed };
  for (const e of o.list('expose')) for (const key of exposeKeys(e)) exposed[key] = {};
  const interactive = o.bool('interactive');
  const entry = o.changed('entrypoint') ? o.str('entrypoint') : null;
  if (o.changed('workdir') && o.str('workdir') !== '' && !o.str('workdir').startsWith('/')) {
    throw new DaemonError(`the working directory '${o.str('workdir')}' is invalid, it needs to be an absolute path`, 400);
  }
  return {
    name: o.changed('name') ? o.str('name') : null,
    image, imageRef, cmd: cmd.length ? cmd : null, entrypoint: entry, env, labels: labels(call),
    workdir: o.changed('workdir') ? o.str('workdir') : null,
    user: o.changed('user') ? o.str('user') : null,
    hostname: o.changed('hostname') ? o.str('hostname') : null,
    domainname: o.changed('domainname') ? o.str('domainname') : '',
    tty: o.bool('tty'), openStdin: interactive,
    attach: attachFlags(o.list('attach').map((a) => a.toLowerCase()), detached, interactive),
    exposedPorts: exposed, volumes: vf.configVolumes, mounts: vf.mounts,
    stopSignal: o.changed('stop-signal') ? o.str('stop-signal') : null,
    stopTimeout: o.changed('stop-timeout') ? o.int('stop-timeout') : null,
    hostConfig: hc,
    networking: { ipv4: o.changed('ip') ? o.str('ip') : '', aliases: o.changed('network-alias') ? o.list('network-alias') : [] },
  };
}
