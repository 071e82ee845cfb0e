import { DaemonError } from '../errors.ts';
import type { PortAllocator } from '../network/port-allocator.ts';
import type { PortBinding } from './config.ts';
import type { Container } from './container.ts';

/** NetworkSettings.Ports of a running container: what each exposed or published port is bound to. */
export type PortMap = Record<string, PortBinding[] | null>;

const sortedKeys = (c: Container): string[] =>
  [...new Set([...Object.keys(c.config.ExposedPorts ?? {}), ...Object.keys(c.hostConfig.PortBindings)])].sort();

/**
 * Binds the container's published ports on the host (the bridge driver's ProgramExternalConnectivity):
 * `-p 8080:80` takes 8080, `-p 80` / `-p 127.0.0.1::80` / `-P` take the next free ephemeral port,
 * `-p 8000-8010:80` the first free one of the range; an address-less binding takes 0.0.0.0 and ::.
 * All or nothing: on a conflict every port taken so far is given back and the real error is thrown.
 */
export function publishPorts(ports: PortAllocator, c: Container, endpointId: string): PortMap {
  const out: PortMap = {};
  try {
    for (const key of sortedKeys(c)) {
      const [num, proto = 'tcp'] = key.split('/') as [string, string?];
      let bindings = c.hostConfig.PortBindings[key];
      if (!bindings?.length && c.hostConfig.PublishAllPorts) bindings = [{ HostIp: '', HostPort: '' }];
      if (!bindings?.length) {
        out[key] = null;
        continue;
      }
      const bound: PortBinding[] = [];
      for (const b of bindings) {
        for (const ip of b.HostIp ? [b.HostIp] : ['0.0.0.0', '::']) bound.push({ HostIp: ip, HostPort: String(bindOne(ports, c, endpointId, ip, proto, b.HostPort, Number(num))) });
      }
      out[key] = bound;
    }
  } catch (e) {
    ports.release(c.id);
    throw e;
  }
  return out;
}

function bindOne(ports: PortAllocator, c: Container, endpointId: string, ip: string, proto: string, hostPort: string, containerPort: number): number {
  const fail = (why: string): never => {
    throw new DaemonError(`driver failed programming external connectivity on endpoint ${c.name} (${endpointId}): ${why}`, 500);
  };
  const range = /^(\d+)-(\d+)$/.exec(hostPort);
  if (hostPort === '' || range) {
    const port = range ? ports.allocate(c.id, ip, proto, Number(range[1]), Number(range[2])) : ports.allocate(c.id, ip, proto);
    if (port === null) {
      return range
        ? fail(`Bind for ${ip}:${range[1]}-${range[2]} failed: port is already allocated`)
        : fail(`Bind for ${ip}:${containerPort} failed: port is already allocated`);
    }
    return port;
  }
  const port = Number(hostPort);
  const conflict = ports.conflict(ip, proto, port);
  // libnetwork's ErrPortAlreadyAllocated prints the address as it is, brackets or not.
  if (conflict?.kind === 'allocated') fail(`Bind for ${ip}:${port} failed: port is already allocated`);
  if (conflict?.kind === 'bind') {
    const v = ip.includes(':') ? '6' : '4';
    fail(`Error starting userland proxy: listen ${proto}${v} ${ip.includes(':') ? `[${ip}]` : ip}:${port}: bind: address already in use`);
  }
  ports.take(c.id, ip, proto, port);
  return port;
}
