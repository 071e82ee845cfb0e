import type { NetDevice, NetNamespace } from '../../kernel/ns/net.ts';
import type { BridgeEndpoint, Container } from '../container/container.ts';
import type { Engine } from '../engine.ts';
import { formatCidr, mask, parseIp } from './cidr.ts';
import type { NetworkEndpoint } from './ipam.ts';
import { existingNetworks } from './store.ts';

/**
 * The container's network stack as runc and libnetwork leave it: `lo` up with 127.0.0.1/8 and,
 * per endpoint (the default bridge's first, then the user networks' in order), the container
 * end of a veth pair named eth0, eth1… with its MAC and address. No packets ever flow.
 * `host` and `container:x` use a stack that is already set up.
 */
export function wireSandbox(engine: Engine, c: Container, net: NetNamespace): void {
  const mode = c.hostConfig.NetworkMode;
  if (mode === 'host' || mode.startsWith('container:')) return;
  const lo = net.devices.find((d) => d.kind === 'loopback');
  if (lo) {
    lo.up = true;
    lo.addrs = [{ addr: '127.0.0.1', prefix: 8, family: 4 }];
  }
  const endpoints = [c.endpoint, ...(existingNetworks(engine)?.attachmentsOf(c.id) ?? []).map((a) => a.endpoint)].filter((e) => e !== null);
  endpoints.forEach((e) => addVeth(engine, net, e));
  // libnetwork routes through the first endpoint's gateway (the bridge's, else the first user network's).
  const first = endpoints[0] as Partial<NetworkEndpoint> | undefined;
  if (first) net.routes.unshift({ dst: 'default', via: first.gateway ?? '172.17.0.1', dev: 'eth0' });
}

/**
 * The container end of a new veth pair. Both ends are made in the host's namespace, so they take
 * two host interface indexes (eth0@if2142 is 2141); the kernel names it with the lowest free ethN.
 */
export function addVeth(engine: Engine, net: NetNamespace, e: BridgeEndpoint): void {
  const root = engine.host.rootNs.net;
  const index = root.nextIndex;
  root.nextIndex += 2;
  const taken = new Set(net.devices.map((d) => d.name));
  let n = 0;
  while (taken.has(`eth${n}`)) n++;
  const prefix = (e as Partial<NetworkEndpoint>).prefix ?? 16;
  const dev: NetDevice = { name: `eth${n}`, index, kind: 'veth', mac: e.mac, up: true, mtu: 1500, addrs: [{ addr: e.ip, prefix, family: 4 }], peer: index + 1 };
  net.devices.push(dev);
  // The kernel's link route for the new address.
  const ip = parseIp(e.ip)!;
  net.routes.push({ dst: formatCidr({ base: (ip & mask(prefix)) >>> 0, prefix }), dev: dev.name, scope: 'link', src: e.ip });
}

/** The endpoint's veth goes with a disconnect. */
export function removeVeth(net: NetNamespace, e: BridgeEndpoint): void {
  const gone = net.devices.find((d) => d.kind === 'veth' && d.mac === e.mac);
  if (!gone) return;
  net.devices = net.devices.filter((d) => d !== gone);
  net.routes = net.routes.filter((r) => r.dev !== gone.name);
}
