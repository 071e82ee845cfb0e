import type { BridgeEndpoint, Container } from '../container/container.ts';
import type { HostConfig } from '../container/config.ts';
import type { Engine } from '../engine.ts';
import { DaemonError } from '../errors.ts';
import { contains, parseCidr, parseIp } from './cidr.ts';
import { addHostsLine, writeEmbeddedResolvConf } from './container-files.ts';
import { isDefaultBridgeMode, isSpecialMode, type Network } from './network.ts';
import { type Attachment, existingNetworks, networksOf } from './store.ts';

/** `docker run/create --ip --network-alias`: the endpoint settings of the network in --network. */
export interface NetworkingRequest {
  ipv4: string;
  aliases: string[];
}

/**
 * Create-time checks of the container's network (the daemon's verifyNetworkingConfig): the
 * named network must exist, and --ip/--network-alias only go with a user network.
 * Returns the user network to attach once the container exists, or null.
 */
export function planNetwork(engine: Engine, h: HostConfig, req: NetworkingRequest): Network | null {
  const mode = h.NetworkMode;
  const user = isDefaultBridgeMode(mode) || isSpecialMode(mode) ? null : networksOf(engine).get(mode);
  const onUser = user !== null && !user.predefined;
  if (req.ipv4 && !onUser) throw new DaemonError('user specified IP address is supported on user defined networks only', 400);
  if (req.aliases.length && !onUser) throw new DaemonError('network-scoped alias is supported only for containers in user defined networks', 400);
  if (user?.predefined) {
    // `--network bridge|host|none` by name or id: the mode word the engine stores.
    if (user.driver === 'bridge') return null;
    throw new DaemonError(`--network ${mode} by id is not built in the lab yet`, 501);
  }
  if (user && req.ipv4) checkWantedIp(user, req.ipv4);
  return user;
}

/** --ip must lie in a subnet the user configured (libnetwork refuses it on an engine-picked pool). */
export function checkWantedIp(n: Network, ip: string): void {
  if (n.autoSubnet) throw new DaemonError('user specified IP address is supported only when connecting to networks with user configured subnets', 400);
  const at = parseIp(ip);
  if (at === null || !n.subnet || !contains(parseCidr(n.subnet)!, at)) throw new DaemonError(`Invalid address ${ip}: It does not belong to any of this network's subnets`, 400);
}

/** Records the container's place on its --network user network (the short id is an alias there). */
export function attachPlanned(engine: Engine, c: Container, n: Network | null, req: NetworkingRequest): void {
  if (!n) return;
  networksOf(engine).attachments.set(c.id, [{ networkId: n.id, name: n.name, aliases: [...req.aliases, c.id.slice(0, 12)], ipv4: req.ipv4, endpoint: null, viaConnect: false }]);
}

/** An endpoint on `n` for a running container: its address, the connect event. */
export function joinOne(engine: Engine, c: Container, n: Network, a: Attachment): void {
  const ipam = networksOf(engine).ipam(n);
  if (!ipam) throw new DaemonError(`network ${n.name} has no address pool`, 500);
  a.endpoint = ipam.allocate(c.id, a.ipv4 || undefined);
  engine.events.add('network', 'connect', { id: n.id, attributes: { container: c.id, name: n.name, type: n.driver } });
}

/**
 * Start hook: an endpoint on every user network the container is attached to, in order, and the
 * files that go with them (hosts lines, the embedded DNS). A network removed since fails the start.
 */
export function joinNetworks(engine: Engine, c: Container): void {
  const store = existingNetworks(engine);
  if (!store) return;
  const list = store.attachmentsOf(c.id);
  try {
    for (const a of list) {
      const n = store.networks.get(a.networkId);
      if (!n) throw new DaemonError(`network ${a.name ?? a.networkId} not found`, 404);
      joinOne(engine, c, n, a);
    }
  } catch (e) {
    releaseNetworks(engine, c);
    throw e;
  }
}

/** After the engine wrote /etc/hosts and resolv.conf: the user networks' lines and DNS. */
export function writeUserNetworkFiles(engine: Engine, c: Container): void {
  const list = existingNetworks(engine)?.attachmentsOf(c.id).filter((a) => a.endpoint) ?? [];
  if (!list.length) return;
  list.forEach((a, i) => {
    // The engine's own hosts line already holds the first address when the default bridge gave none.
    if (i > 0 || c.endpoint) addHostsLine(c, a.endpoint!.ip);
  });
  writeEmbeddedResolvConf(c);
}

/** The container's first user-network endpoint while it runs (ports are published through it off the bridge). */
export function firstUserEndpoint(engine: Engine, c: Container): BridgeEndpoint | null {
  return existingNetworks(engine)?.attachmentsOf(c.id).find((a) => a.endpoint)?.endpoint ?? null;
}

/** The address of the container's first user-network endpoint (its hosts line when not on the bridge). */
export function firstUserIp(engine: Engine, c: Container): string | null {
  return existingNetworks(engine)?.attachmentsOf(c.id).find((a) => a.endpoint)?.endpoint?.ip ?? null;
}

/** Gives the user networks' addresses back, without events (a start that failed). */
export function releaseNetworks(engine: Engine, c: Container): void {
  const store = existingNetworks(engine);
  if (!store) return;
  for (const a of store.attachmentsOf(c.id)) {
    const n = store.networks.get(a.networkId);
    if (n && a.endpoint) store.ipam(n)?.release(c.id);
    a.endpoint = null;
  }
}

/** Stop hook: a disconnect event per user-network endpoint (Engine.releaseEndpoints then frees them). */
export function leaveNetworks(engine: Engine, c: Container): void {
  const store = existingNetworks(engine);
  if (!store) return;
  for (const a of store.attachmentsOf(c.id)) {
    const n = store.networks.get(a.networkId);
    if (!n || !a.endpoint) continue;
    engine.events.add('network', 'disconnect', { id: n.id, attributes: { container: c.id, name: n.name, type: n.driver } });
  }
}

/** Removal hook: the container's attachments go with it. */
export function forgetContainer(engine: Engine, c: Container): void {
  existingNetworks(engine)?.attachments.delete(c.id);
}

/**
 * The connect/disconnect event of the network the container's mode names: the default bridge,
 * or the host/none networks (with their own ids); container:x joins no network, and a container
 * on user networks gets their events from join/leave.
 */
export function modeNetworkEvent(engine: Engine, c: Container, action: 'connect' | 'disconnect'): void {
  const mode = c.hostConfig.NetworkMode;
  let target: { id: string; name: string; type: string };
  if (isDefaultBridgeMode(mode)) target = { id: engine.bridge.networkId, name: 'bridge', type: 'bridge' };
  else if (mode === 'host' || mode === 'none') {
    const n = networksOf(engine).get(mode);
    target = { id: n.id, name: n.name, type: n.driver };
  } else return;
  engine.events.add('network', action, { id: target.id, attributes: { container: c.id, name: target.name, type: target.type } });
}
