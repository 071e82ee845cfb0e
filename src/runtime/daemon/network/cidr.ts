/** IPv4 addresses as 32-bit numbers and subnets in CIDR form, as libnetwork's ipam handles them. */
export interface Cidr {
  /** The network address (host bits cleared). */
  base: number;
  prefix: number;
}

/** `a.b.c.d` → number, or null if it is not a dotted IPv4 address. */
export function parseIp(text: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
}

export function formatIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export const mask = (prefix: number): number => (prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0);

/** `a.b.c.d/n` → its network (Go's net.ParseCIDR, which also clears the host bits), or null. */
export function parseCidr(text: string): Cidr | null {
  const m = /^([^/]+)\/(\d{1,2})$/.exec(text);
  if (!m) return null;
  const ip = parseIp(m[1]!);
  const prefix = Number(m[2]);
  if (ip === null || prefix > 32) return null;
  return { base: (ip & mask(prefix)) >>> 0, prefix };
}

export const formatCidr = (c: Cidr): string => `${formatIp(c.base)}/${c.prefix}`;

export function contains(c: Cidr, ip: number): boolean {
  return ((ip & mask(c.prefix)) >>> 0) === c.base;
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return contains(a, b.base) || contains(b, a.base);
}

/** The broadcast address (`brd` in `ip addr`). */
export const broadcast = (c: Cidr): number => (c.base | ~mask(c.prefix)) >>> 0;
