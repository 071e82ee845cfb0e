import type { SeededRandom } from '../../kernel/random.ts';
import type { BridgeEndpoint } from '../container/container.ts';
import { DaemonError } from '../errors.ts';
import { broadcast, type Cidr, contains, formatIp, parseCidr, parseIp } from './cidr.ts';

export const DEFAULT_BRIDGE_SUBNET = '172.17.0.0/16';

/** Where a bridge network hands out addresses: its subnet, gateway and the optional --ip-range. */
export interface Pool {
  subnet: Cidr;
  gateway: number;
  range?: Cidr;
}

/**
 * The addresses handed out: the range (or subnet) without the subnet's own network and broadcast
 * addresses; an --ip-range's first address is usable (checked: 10.10.0.128/25 in a /24 gives .128).
 */
function span(p: { subnet: Cidr; range?: Cidr }): [number, number] {
  const r = p.range ?? p.subnet;
  return [Math.max(r.base, p.subnet.base + 1), Math.min(broadcast(r), broadcast(p.subnet) - 1)];
}

/**
 * The default bridge's pool from daemon.json's `bip` (docker0's own address in CIDR form, e.g.
 * 192.168.5.1/24: that address is the gateway, its network the subnet); 172.17.0.0/16 without one.
 */
export function defaultBridgePool(bip: string | null): Pool {
  const m = bip ? /^([^/]+)\/(\d+)$/.exec(bip) : null;
  const gw = m ? parseIp(m[1]!) : null;
  const subnet = m ? parseCidr(bip!) : null;
  if (gw === null || !subnet) return poolOf(DEFAULT_BRIDGE_SUBNET);
  return { subnet, gateway: gw };
}

/** An endpoint with the gateway and prefix length of its network (inspect's Gateway, IPPrefixLen). */
export interface NetworkEndpoint extends BridgeEndpoint {
  gateway: string;
  prefix: number;
}

/** A pool for `subnet` with the gateway libnetwork picks when none is given: the first address it hands out. */
export function poolOf(subnet: string, gateway?: string, range?: string): Pool {
  const s = parseCidr(subnet)!;
  const r = range ? parseCidr(range)! : undefined;
  const gw = gateway ? parseIp(gateway)! : span({ subnet: s, ...(r ? { range: r } : {}) })[0];
  return { subnet: s, gateway: gw, ...(r ? { range: r } : {}) };
}

/** The MAC address the bridge driver of 20.10 derives from the IPv4 address: 02:42 then its four bytes. */
export function macOf(ip: number): string {
  return ['02', '42', ...[ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255].map((b) => b.toString(16).padStart(2, '0'))].join(':');
}

/** One bridge network's address pool: the lowest free address first (after the gateway), or the one asked for. */
export class BridgeIpam {
  readonly networkId: string;
  /** Owner → address offset from the subnet's base (saved with the engine). */
  private readonly used = new Map<string, number>();
  private readonly source: () => Pool;

  /** `pool` may be a function: the default bridge reads dockerd's `bip` each time (set when dockerd starts). */
  constructor(private readonly random: SeededRandom, networkId?: string, pool: Pool | (() => Pool) = poolOf(DEFAULT_BRIDGE_SUBNET)) {
    this.networkId = networkId ?? random.hex(64);
    this.source = typeof pool === 'function' ? pool : () => pool;
  }

  get pool(): Pool {
    return this.source();
  }

  /** Address numbers in use, by owner (saved with the engine). */
  allocations(): [string, number][] {
    return [...this.used];
  }

  /** Takes address number `n` for `owner` again: a restored engine's running containers keep their IPs. */
  reserve(owner: string, n: number): void {
    this.used.set(owner, n);
  }

  /** An address for `owner`: `wanted` (an --ip) if given, else the lowest free one of the range. */
  allocate(owner: string, wanted?: string): NetworkEndpoint {
    const { subnet, gateway } = this.pool;
    const taken = new Set([...this.used.values()].map((n) => subnet.base + n));
    taken.add(gateway);
    let ip: number;
    if (wanted) {
      const w = parseIp(wanted);
      if (w === null || !contains(subnet, w)) throw new DaemonError(`Invalid address ${wanted}: It does not belong to any of this network's subnets`, 400);
      if (taken.has(w)) throw new DaemonError('Address already in use', 403);
      ip = w;
    } else {
      const [first, last] = span(this.pool);
      ip = first;
      while (ip <= last && taken.has(ip)) ip++;
      if (ip > last) throw new DaemonError(`no available IPv4 addresses on this network's address pools: ${this.networkId.slice(0, 12)}`, 503);
    }
    this.used.set(owner, ip - subnet.base);
    return { ip: formatIp(ip), mac: macOf(ip), endpointId: this.random.hex(64), networkId: this.networkId, gateway: formatIp(gateway), prefix: subnet.prefix };
  }

  release(owner: string): void {
    this.used.delete(owner);
  }

  has(owner: string): boolean {
    return this.used.has(owner);
  }
}
