import type { Container } from '../container/container.ts';
import type { Engine } from '../engine.ts';
import { DaemonError } from '../errors.ts';
import { checkWantedIp, joinOne, type NetworkingRequest } from './attach.ts';
import { addHostsLine, dropHostsLines, writeEmbeddedResolvConf } from './container-files.ts';
import { addVeth, removeVeth } from './sandbox.ts';
import { isSpecialMode, type Network } from './network.ts';
import { type Attachment, networksOf } from './store.ts';

/** The daemon's refusals for containers that share or lack a network stack (runconfig errors). */
function checkConnectable(c: Container, n: Network): void {
  const mode = c.hostConfig.NetworkMode;
  if (n.driver === 'host' || mode === 'host') throw new DaemonError('container cannot be disconnected from host network or connected to host network', 400);
  if (mode.startsWith('container:')) throw new DaemonError('container sharing network namespace with another container or host cannot be connected to any other network', 400);
  if (mode === 'none' || n.driver === 'null') throw new DaemonError('container cannot be connected to multiple networks with one of the networks in private (none) mode', 400);
  if (n.predefined) throw new DaemonError('connecting a container to the default bridge network is not built in the lab yet', 501);
}

/**
 * POST /networks/{id}/connect: a running container gets its endpoint now (a new address, a hosts
 * line, the embedded DNS in resolv.conf); a stopped one keeps the attachment for its next start.
 */
export function connectContainer(engine: Engine, n: Network, c: Container, req: NetworkingRequest): void {
  checkConnectable(c, n);
  const store = networksOf(engine);
  const list = store.attachmentsOf(c.id);
  if (list.some((a) => a.networkId === n.id)) throw new DaemonError(`endpoint with name ${c.name} already exists in network ${n.name}`, 403);
  if (req.ipv4) checkWantedIp(n, req.ipv4);
  const a: Attachment = { networkId: n.id, name: n.name, aliases: [...req.aliases, c.id.slice(0, 12)], ipv4: req.ipv4, endpoint: null, viaConnect: true };
  if (c.state.Running) {
    joinOne(engine, c, n, a);
    if (c.ns) addVeth(engine, c.ns.net, a.endpoint!);
    addHostsLine(c, a.endpoint!.ip);
    writeEmbeddedResolvConf(c);
  }
  store.attachments.set(c.id, [...list, a]);
}

/** POST /networks/{id}/disconnect. */
export function disconnectContainer(engine: Engine, n: Network, c: Container): void {
  if (n.predefined) {
    if (n.driver === 'bridge') throw new DaemonError('disconnecting a container from the default bridge network is not built in the lab yet', 501);
    if (!isSpecialMode(c.hostConfig.NetworkMode) || c.hostConfig.NetworkMode !== n.name) throw new DaemonError(`container ${c.id} is not connected to network ${n.name}`, 403);
    throw new DaemonError('container cannot be disconnected from host network or connected to host network', 400);
  }
  const store = networksOf(engine);
  const list = store.attachmentsOf(c.id);
  const a = list.find((x) => x.networkId === n.id);
  if (!a) throw new DaemonError(`container ${c.id} is not connected to network ${n.name}`, 403);
  if (a.endpoint) {
    if (c.ns) removeVeth(c.ns.net, a.endpoint);
    store.ipam(n)?.release(c.id);
    a.endpoint = null;
    dropHostsLines(c);
    engine.events.add('network', 'disconnect', { id: n.id, attributes: { container: c.id, name: n.name, type: n.driver } });
  }
  store.attachments.set(c.id, list.filter((x) => x !== a));
}
