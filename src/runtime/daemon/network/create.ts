import type { Engine } from '../engine.ts';
import { DaemonError } from '../errors.ts';
import { type Cidr, contains, formatCidr, formatIp, overlaps, parseCidr, parseIp } from './cidr.ts';
import type { Network } from './network.ts';
import { networksOf } from './store.ts';

/** What `docker network create` sends (NetworkCreateRequest, the parts the model keeps). */
export interface NetworkSpec {
  name: string;
  driver: string;
  subnets: string[];
  gateways: string[];
  ipRanges: string[];
  internal: boolean;
  attachable: boolean;
  options: Record<string, string>;
  labels: Record<string, string>;
}

/** An error the CLI finds itself before asking the daemon: printed without `Error response from daemon: `. */
export class NetworkClientError extends Error {}

/** The daemon's predefined local pools (20.10): 172.17–172.31 as /16s, then 192.168.0.0/16 in /20s. */
function* defaultPools(): Generator<Cidr> {
  for (let b = 17; b <= 31; b++) yield parseCidr(`172.${b}.0.0/16`)!;
  for (let c = 0; c < 256; c += 16) yield parseCidr(`192.168.${c}.0/20`)!;
}

function usedSubnets(engine: Engine): Cidr[] {
  const store = networksOf(engine);
  return store.list().flatMap((n) => {
    const s = store.subnetOf(n);
    return s ? [parseCidr(s)!] : [];
  });
}

/** The CLI's consolidateIpam: every gateway and ip-range must fall in a given subnet. */
function checkClientSide(spec: NetworkSpec): void {
  if (spec.subnets.length === 0 && (spec.gateways.length || spec.ipRanges.length)) throw new NetworkClientError('every ip-range or gateway must have a corresponding subnet');
  const subnets = spec.subnets.map((s) => parseCidr(s));
  for (const gw of spec.gateways) {
    const ip = parseIp(gw);
    if (ip === null || !subnets.some((s) => s && contains(s, ip))) throw new NetworkClientError(`no matching subnet for gateway ${gw}`);
  }
  for (const r of spec.ipRanges) {
    const range = parseCidr(r);
    if (!range || !subnets.some((s) => s && contains(s, range.base))) throw new NetworkClientError(`no matching subnet for range ${r}`);
  }
}

function checkDriver(engine: Engine, driver: string): void {
  if (driver === 'bridge') return;
  if (driver === 'host' || driver === 'null') throw new DaemonError(`only one instance of "${driver}" network is allowed`, 403);
  if (driver === 'overlay') throw new DaemonError('This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.', 503);
  if (driver === 'macvlan' || driver === 'ipvlan') throw new DaemonError(`the ${driver} driver is not built in the lab yet`, 501);
  void engine;
  throw new DaemonError(`plugin "${driver}" not found`, 404);
}

/** The subnet of the new network: the one given (it may not overlap another) or the first free default pool. */
function chooseSubnet(engine: Engine, spec: NetworkSpec): { subnet: Cidr; given: boolean } {
  const used = usedSubnets(engine);
  if (spec.subnets.length > 1) throw new DaemonError('more than one IPv4 subnet on a network is not built in the lab yet', 501);
  if (spec.subnets.length === 1) {
    const text = spec.subnets[0]!;
    const subnet = parseCidr(text);
    if (!subnet) throw new DaemonError(`Invalid subnet ${text} : invalid CIDR address: ${text}`, 400);
    if (used.some((u) => overlaps(u, subnet))) throw new DaemonError('Pool overlaps with other one on this address space', 403);
    return { subnet, given: true };
  }
  for (const pool of defaultPools()) if (!used.some((u) => overlaps(u, pool))) return { subnet: pool, given: false };
  throw new DaemonError('could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network', 403);
}

/** POST /networks/create of Engine 20.10 for the bridge driver. */
export function createNetwork(engine: Engine, spec: NetworkSpec): Network {
  checkClientSide(spec);
  const store = networksOf(engine);
  if (store.list().some((n) => n.name === spec.name)) throw new DaemonError(`network with name ${spec.name} already exists`, 409);
  checkDriver(engine, spec.driver);
  const { subnet, given } = chooseSubnet(engine, spec);
  const gateway = spec.gateways[0] ?? (given ? undefined : formatIp(subnet.base + 1));
  const n: Network = {
    id: engine.host.random.hex(64), name: spec.name, driver: 'bridge', created: engine.now(), createdMs: engine.host.clock.now,
    subnet: formatCidr(subnet), ...(gateway ? { gateway } : {}), ...(spec.ipRanges[0] ? { ipRange: formatCidr(parseCidr(spec.ipRanges[0])!) } : {}),
    internal: spec.internal, attachable: spec.attachable, options: spec.options, labels: spec.labels, predefined: false,
    ...(given ? {} : { autoSubnet: true }),
  };
  store.add(n);
  engine.events.add('network', 'create', { id: n.id, attributes: { name: n.name, type: 'bridge' } });
  return n;
}
