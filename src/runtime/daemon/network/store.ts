import type { BridgeEndpoint } from '../container/container.ts';
import type { Engine } from '../engine.ts';
import { DaemonError } from '../errors.ts';
import { formatCidr } from './cidr.ts';
import { BridgeIpam, poolOf } from './ipam.ts';
import { DEFAULT_BRIDGE_OPTIONS, type Network } from './network.ts';

/** A container's place on a user network: asked for at create/connect, an endpoint while it runs. */
export interface Attachment {
  networkId: string;
  /** The network's name when attached (the start error names a network removed since). */
  name?: string;
  /** --network-alias / --alias. */
  aliases: string[];
  /** --ip ('' = the lowest free address). */
  ipv4: string;
  endpoint: BridgeEndpoint | null;
  /** Made by `network connect` (inspect shows IPAMConfig {} and DriverOpts {}), not by run --network. */
  viaConnect: boolean;
}

/** The store's part of a saved engine (SavedEngine.networks). */
export interface SavedNetworks {
  networks: Network[];
  attachments: [string, Attachment[]][];
  /** User networks' addresses in use: network id → [owner, offset]. */
  ipam: [string, [string, number][]][];
}

export const notFound = (ref: string) => new DaemonError(`network ${ref} not found`, 404);

/**
 * The engine's networks (libnetwork's controller): the predefined three and the user's bridge
 * networks with their address pools, and which user networks each container is attached to
 * (the default bridge's endpoint stays on the container, where the engine always kept it).
 */
export class NetworkStore {
  /** By id, in creation order. */
  readonly networks = new Map<string, Network>();
  private readonly pools = new Map<string, BridgeIpam>();
  /** Container id → its user-network attachments, in connection order (eth1, eth2... while running). */
  readonly attachments = new Map<string, Attachment[]>();

  constructor(private readonly engine: Engine, saved?: SavedNetworks) {
    if (saved) {
      this.restore(saved);
      return;
    }
    const created = engine.now();
    const base = { created, createdMs: engine.host.clock.now, internal: false, attachable: false, labels: {}, predefined: true };
    const b = engine.bridge;
    // IPAM.Config shows docker0's gateway only when the bridge already had its address as dockerd
    // started (a restart); the recordings' engine made docker0 fresh, so it shows none.
    this.add({ ...base, id: b.networkId, name: 'bridge', driver: 'bridge', subnet: cidrText(b), options: { ...DEFAULT_BRIDGE_OPTIONS } });
    this.add({ ...base, id: engine.host.random.hex(64), name: 'host', driver: 'host', options: {} });
    this.add({ ...base, id: engine.host.random.hex(64), name: 'none', driver: 'null', options: {} });
  }

  add(n: Network): void {
    this.networks.set(n.id, n);
    if (n.driver === 'bridge' && !n.predefined) this.pools.set(n.id, new BridgeIpam(this.engine.host.random, n.id, poolOf(n.subnet!, n.gateway, n.ipRange)));
  }

  list(): Network[] {
    return [...this.networks.values()];
  }

  /** libnetwork's lookup order: full id, then name, then a unique id prefix. */
  find(ref: string): Network | undefined {
    const byId = this.networks.get(ref);
    if (byId) return byId;
    const byName = this.list().find((n) => n.name === ref);
    if (byName) return byName;
    const hits = ref ? this.list().filter((n) => n.id.startsWith(ref)) : [];
    if (hits.length > 1) throw new DaemonError(`network ${ref} is ambiguous (${hits.length} matches found based on ID prefix)`, 400);
    return hits[0];
  }

  get(ref: string): Network {
    const n = this.find(ref);
    if (!n) throw notFound(ref);
    return n;
  }

  /** The network's subnet: docker0's follows the daemon's `bip`; the others' are fixed at create. */
  subnetOf(n: Network): string | undefined {
    return n.predefined && n.driver === 'bridge' ? formatCidr(this.engine.bridge.pool.subnet) : n.subnet;
  }

  /** The network's address pool: the engine's bridge IPAM for docker0, none for host and none. */
  ipam(n: Network): BridgeIpam | null {
    if (n.predefined) return n.driver === 'bridge' ? this.engine.bridge : null;
    return this.pools.get(n.id) ?? null;
  }

  /** Containers with an active endpoint on `n` (running ones), with that endpoint. */
  endpoints(n: Network): [string, BridgeEndpoint][] {
    const out: [string, BridgeEndpoint][] = [];
    if (n.predefined && n.driver === 'bridge') {
      for (const c of this.engine.containers.values()) if (c.endpoint) out.push([c.id, c.endpoint]);
      return out;
    }
    for (const [id, list] of this.attachments) {
      const a = list.find((x) => x.networkId === n.id);
      if (a?.endpoint) out.push([id, a.endpoint]);
    }
    return out;
  }

  attachmentsOf(containerId: string): Attachment[] {
    return this.attachments.get(containerId) ?? [];
  }

  remove(n: Network): void {
    if (n.predefined) throw new DaemonError(`${n.name} is a pre-defined network and cannot be removed`, 403);
    if (this.endpoints(n).length) throw new DaemonError(`error while removing network: network ${n.name} id ${n.id} has active endpoints`, 403);
    this.networks.delete(n.id);
    this.pools.delete(n.id);
    this.engine.events.add('network', 'destroy', { id: n.id, attributes: { name: n.name, type: n.driver } });
  }

  save(): SavedNetworks {
    return {
      networks: this.list().map((n) => structuredClone(n)),
      attachments: [...this.attachments].map(([id, list]) => [id, structuredClone(list)]),
      ipam: [...this.pools].map(([id, p]) => [id, p.allocations()]),
    };
  }

  /** Puts a saved store back (the engine's bridge keeps its own id and allocations). */
  private restore(saved: SavedNetworks): void {
    for (const n of saved.networks) {
      if (n.predefined && n.name === 'bridge') n.id = this.engine.bridge.networkId;
      this.add(n);
    }
    for (const [id, list] of saved.attachments) this.attachments.set(id, list);
    for (const [id, held] of saved.ipam) for (const [owner, at] of held) this.pools.get(id)?.reserve(owner, at);
  }
}

const cidrText = (b: BridgeIpam): string => formatCidr(b.pool.subnet);

const stores = new WeakMap<Engine, NetworkStore>();

/** The store if anything has used networks yet (hooks on every start must not draw random ids). */
export function existingNetworks(engine: Engine): NetworkStore | undefined {
  return stores.get(engine);
}

/** A saved engine's store put back (persist/). */
export function restoreNetworks(engine: Engine, saved: SavedNetworks): void {
  stores.set(engine, new NetworkStore(engine, saved));
}

/** The engine's network store, made with the three predefined networks on first use. */
export function networksOf(engine: Engine): NetworkStore {
  let s = stores.get(engine);
  if (!s) stores.set(engine, (s = new NetworkStore(engine)));
  return s;
}
