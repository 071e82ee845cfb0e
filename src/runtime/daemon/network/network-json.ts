import type { Engine } from '../engine.ts';
import { dockerdSettings } from '../../services/docker-settings.ts';
import { formatIp } from './cidr.ts';
import type { Network } from './network.ts';
import { networksOf } from './store.ts';

/**
 * IPAM.Config: the subnet, then the range and gateway the user gave. docker0 shows its gateway only
 * when dockerd was told it (`bip`) or found the bridge already addressed; the model's dockerd makes
 * docker0 fresh, as the recordings' engine did.
 */
function ipamConfig(engine: Engine, n: Network): Record<string, string>[] {
  const store = networksOf(engine);
  const subnet = store.subnetOf(n);
  if (!subnet) return [];
  const bip = n.predefined && dockerdSettings(engine.host).bip !== null;
  const gateway = bip ? formatIp(engine.bridge.pool.gateway) : n.gateway;
  return [{ Subnet: subnet, ...(n.ipRange ? { IPRange: n.ipRange } : {}), ...(gateway ? { Gateway: gateway } : {}) }];
}

/** Containers: the running containers' endpoints on `n`, keyed by container id (sorted, a Go map). */
function containersJson(engine: Engine, n: Network): Record<string, unknown> {
  const store = networksOf(engine);
  const prefix = store.subnetOf(n)?.split('/')[1] ?? '';
  const out: Record<string, unknown> = {};
  for (const [id, e] of store.endpoints(n).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const c = engine.containers.get(id);
    out[id] = { Name: c?.name ?? '', EndpointID: e.endpointId, MacAddress: e.mac, IPv4Address: `${e.ip}/${prefix}`, IPv6Address: '' };
  }
  return out;
}

/** GET /networks/{id} of Engine 20.10 (types.NetworkResource), fields in its JSON order. */
export function networkJson(engine: Engine, n: Network): Record<string, unknown> {
  return {
    Name: n.name, Id: n.id, Created: n.created, Scope: 'local', Driver: n.driver, EnableIPv6: false,
    // A user network's IPAM options are an empty map; the predefined ones have none.
    IPAM: { Driver: 'default', Options: n.predefined ? null : {}, Config: ipamConfig(engine, n) },
    Internal: n.internal, Attachable: n.attachable, Ingress: false, ConfigFrom: { Network: '' }, ConfigOnly: false,
    Containers: containersJson(engine, n), Options: sorted(n.options), Labels: sorted(n.labels),
  };
}

const sorted = (o: Record<string, string>): Record<string, string> => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
