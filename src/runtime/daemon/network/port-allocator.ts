/**
 * Host ports of published container ports, as libnetwork's portallocator and the userland proxy
 * hand them out: one allocator per (host address, protocol); a dynamic port is the next free one
 * after the last handed out in the kernel's ephemeral range (ip_local_port_range 32768–60999).
 * A wildcard address and a specific one of the same family share the port space of the real
 * sockets, so taking both fails like the proxy's bind().
 */
export const EPHEMERAL_FIRST = 32768;
export const EPHEMERAL_LAST = 60999;

export type PortConflict = { kind: 'allocated' } | { kind: 'bind' };

interface Held {
  owner: string;
  ip: string;
  proto: string;
  port: number;
}

const family = (ip: string): 4 | 6 => (ip.includes(':') ? 6 : 4);
const wildcard = (ip: string): boolean => ip === '0.0.0.0' || ip === '::';

export class PortAllocator {
  private readonly held: Held[] = [];
  /** Last dynamic port per `ip/proto/range`, as findPort's portRange.last. */
  private readonly last = new Map<string, number>();

  /** Why `ip:port/proto` cannot be taken, or null if it can. */
  conflict(ip: string, proto: string, port: number): PortConflict | null {
    for (const h of this.held) {
      if (h.port !== port || h.proto !== proto) continue;
      if (h.ip === ip) return { kind: 'allocated' };
      if (family(h.ip) === family(ip) && (wildcard(h.ip) || wildcard(ip))) return { kind: 'bind' };
    }
    return null;
  }

  take(owner: string, ip: string, proto: string, port: number): void {
    this.held.push({ owner, ip, proto, port });
  }

  /** A dynamic port in [first, last] that both the allocator and a bind() accept, or null. */
  allocate(owner: string, ip: string, proto: string, first = EPHEMERAL_FIRST, last = EPHEMERAL_LAST): number | null {
    const key = `${ip}/${proto}/${first}-${last}`;
    let at = this.last.get(key) ?? first - 1;
    for (let i = 0; i <= last - first; i++) {
      at = at >= last ? first : at + 1;
      if (this.conflict(ip, proto, at)) continue;
      this.last.set(key, at);
      this.take(owner, ip, proto, at);
      return at;
    }
    this.last.set(key, at);
    return null;
  }

  release(owner: string): void {
    for (let i = this.held.length - 1; i >= 0; i--) if (this.held[i]!.owner === owner) this.held.splice(i, 1);
  }
}
