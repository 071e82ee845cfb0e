import { defaultHostConfig, type HostConfig, type PortBinding } from '../../container/config.ts';
import type { CreateRequest } from '../../container/create.ts';
import { DaemonError } from '../../errors.ts';
import type { Image } from '../../image/image.ts';
import type { Call } from '../command.ts';

/** A client-side error of run/create (printed as `docker: <msg>` + the run hint, exit 125). */
export class ClientError extends Error {}

function readEnvFile(call: Call, path: string): string[] {
  let text: string;
  try {
    text = call.ctx.fs.readFile(path);
  } catch {
    throw new ClientError(`open ${path}: no such file or directory`);
  }
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^\s+/, '');
    if (line === '' || line.startsWith('#')) continue;
    const i = line.indexOf('=');
    const name = i < 0 ? line : line.slice(0, i);
    if (/\s/.test(name)) throw new ClientError(`variable '${name}' contains whitespaces`);
    if (i < 0) {
      const v = call.ctx.env.get(name);
      if (v !== undefined) out.push(`${name}=${v}`);
    } else out.push(line);
  }
  return out;
}

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
  for (const file of call.opts.list('label-file')) {
    let text: string;
    try {
      text = call.ctx.fs.readFile(file);
    } catch {
      throw new ClientError(`open ${file}: no such file or directory`);
    }
    for (const l of text.split('\n')) if (l.trim() && !l.trim().startsWith('#')) setLabel(out, l.trim());
  }
  for (const l of call.opts.list('label')) setLabel(out, l);
  return out;
}

function setLabel(out: Record<string, string>, kv: string): void {
  const i = kv.indexOf('=');
  out[i < 0 ? kv : kv.slice(0, i)] = i < 0 ? '' : kv.slice(i + 1);
}

function restartPolicy(text: string): HostConfig['RestartPolicy'] {
  if (text === '' || text === 'no') return { Name: 'no', MaximumRetryCount: 0 };
  const [name, count] = text.split(':', 2) as [string, string | undefined];
  if (name === 'always' || name === 'unless-stopped') {
    if (count !== undefined) throw new ClientError(`maximum retry count cannot be used with restart policy '${name}'`);
    return { Name: name, MaximumRetryCount: 0 };
  }
  if (name === 'on-failure') {
    const n = count === undefined ? 0 : Number(count);
    if (!Number.isInteger(n)) throw new ClientError(`invalid restart policy format: maximum retry count must be an integer`);
    return { Name: 'on-failure', MaximumRetryCount: n };
  }
  throw new ClientError(`invalid restart policy format: unknown policy '${name}'`);
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
    if (!/^\d+(-\d+)?$/.test(container)) throw new ClientError(`invalid containerPort: ${container}`);
    const key = `${container}/${proto}`;
    exposed[key] = {};
    (bindings[key] ??= []).push({ HostIp: ip, HostPort: hostPort });
  }
  return { exposed, bindings };
}

export function createRequest(call: Call, image: Image, imageRef: string, cmd: string[], detached: boolean): CreateRequest {
  const o = call.opts;
  const hc = defaultHostConfig();
  const env = [...o.list('env-file').flatMap((f) => readEnvFile(call, f)), ...envList(call, o.list('env'))];
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
  if (o.changed('oom-kill-disable')) hc.OomKillDisable = o.bool('oom-kill-disable');
  hc.AutoRemove = o.bool('rm');
  hc.Privileged = o.bool('privileged');
  hc.ReadonlyRootfs = o.bool('read-only');
  hc.PublishAllPorts = o.bool('publish-all');
  if (o.list('cap-add').length) hc.CapAdd = o.list('cap-add');
  if (o.list('cap-drop').length) hc.CapDrop = o.list('cap-drop');
  hc.Dns = o.list('dns');
  if (o.list('add-host').length) hc.ExtraHosts = o.list('add-host');
  if (o.changed('restart')) hc.RestartPolicy = restartPolicy(o.str('restart'));
  if (hc.AutoRemove && hc.RestartPolicy.Name !== 'no') throw new ClientError('Conflicting options: --restart and --rm');
  if (o.changed('network')) hc.NetworkMode = o.str('network');
  if (o.changed('init')) hc.Init = o.bool('init');
  if (o.changed('pid')) hc.PidMode = o.str('pid');
  if (o.changed('uts')) hc.UTSMode = o.str('uts');
  if (o.changed('ipc')) hc.IpcMode = o.str('ipc');
  if (o.list('tmpfs').length) {
    hc.Tmpfs = {};
    for (const t of o.list('tmpfs')) {
      const i = t.indexOf(':');
      hc.Tmpfs[i < 0 ? t : t.slice(0, i)] = i < 0 ? '' : t.slice(i + 1);
    }
  }
  if (o.list('volume').length) hc.Binds = o.list('volume');
  const p = ports(o.list('publish'));
  hc.PortBindings = p.bindings;
  const exposed: Record<string, object> = { ...p.exposed };
  for (const e of o.list('expose')) exposed[e.includes('/') ? e : `${e}/tcp`] = {};
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
    attach: { stdin: !detached && interactive, stdout: !detached, stderr: !detached },
    exposedPorts: exposed, volumes: {},
    stopSignal: o.changed('stop-signal') ? o.str('stop-signal') : null,
    stopTimeout: o.changed('stop-timeout') ? o.int('stop-timeout') : null,
    hostConfig: hc,
  };
}
