import type { Host } from '../host.ts';

/** A loaded kernel module as /proc/modules lists it. */
export interface KernelModule {
  name: string;
  size: number;
  /** References other than holder modules (users such as iptables rules). */
  uses: number;
  /** Modules that depend on this one (`Used by`). */
  holders: string[];
}

type Spec = [name: string, size: number, uses: number, deps: string[]];

/**
 * Modules a freshly booted Ubuntu 22.04 (5.15) VM with docker-ce has loaded, most recent first
 * (the order /proc/modules and lsmod use): netfilter for Docker's NAT rules, bridge and
 * br_netfilter for docker0, overlay for overlay2, kvm for the CPU's VT-x.
 */
const BOOT: Spec[] = [
  ['xt_conntrack', 16384, 1, ['nf_conntrack', 'x_tables']], ['nft_chain_nat', 16384, 3, ['nf_nat', 'nf_tables']],
  ['xt_MASQUERADE', 20480, 1, ['nf_nat', 'x_tables']], ['nf_nat', 49152, 0, ['nf_conntrack']],
  ['nf_conntrack_netlink', 53248, 0, ['nf_conntrack', 'nfnetlink']], ['nf_conntrack', 172032, 0, ['nf_defrag_ipv6', 'nf_defrag_ipv4']],
  ['nf_defrag_ipv6', 24576, 0, []], ['nf_defrag_ipv4', 16384, 0, []], ['xfrm_user', 45056, 1, ['xfrm_algo']], ['xfrm_algo', 16384, 0, []],
  ['xt_addrtype', 16384, 2, ['x_tables']], ['nft_compat', 20480, 4, ['nf_tables', 'nfnetlink', 'x_tables']],
  ['nf_tables', 249856, 57, ['nfnetlink']], ['nfnetlink', 20480, 0, []], ['br_netfilter', 32768, 0, ['bridge']],
  ['bridge', 307200, 0, ['stp', 'llc']], ['stp', 16384, 0, ['llc']], ['llc', 16384, 0, []], ['overlay', 151552, 0, []],
  ['kvm_intel', 372736, 0, ['kvm']], ['kvm', 1036288, 0, []], ['crct10dif_pclmul', 16384, 1, []], ['ghash_clmulni_intel', 16384, 0, []],
  ['aesni_intel', 376832, 0, []], ['psmouse', 176128, 0, []], ['virtio_net', 61440, 0, ['net_failover']],
  ['net_failover', 20480, 0, ['failover']], ['failover', 16384, 0, []], ['virtio_blk', 20480, 2, []], ['ip_tables', 32768, 0, ['x_tables']],
  ['x_tables', 53248, 0, []], ['autofs4', 49152, 2, []],
];

/** Modules modprobe can load that are not loaded at boot: name → size and dependencies. */
const AVAILABLE: Record<string, [number, string[]]> = {
  veth: [32768, []], ip_vs: [176128, ['nf_conntrack', 'nf_defrag_ipv6']], ip_vs_rr: [16384, ['ip_vs']], ip_vs_wrr: [16384, ['ip_vs']],
  ip_vs_sh: [16384, ['ip_vs']], dummy: [16384, []], vxlan: [90112, ['ip6_udp_tunnel', 'udp_tunnel']], ip6_udp_tunnel: [16384, []],
  udp_tunnel: [24576, []], '8021q': [40960, ['garp', 'mrp']], garp: [16384, ['stp', 'llc']], mrp: [20480, []], tun: [61440, []],
  nbd: [57344, []], ipip: [24576, ['tunnel4', 'ip_tunnel']], tunnel4: [16384, []], ip_tunnel: [32768, []], wireguard: [94208, ['curve25519_x86_64', 'libchacha20poly1305']],
  curve25519_x86_64: [36864, []], libchacha20poly1305: [16384, []], nf_conntrack_ftp: [24576, ['nf_conntrack']], xt_nat: [16384, ['nf_nat', 'x_tables']],
};

export class ModuleTable {
  /** Most recently loaded first. */
  readonly loaded: KernelModule[] = [];

  constructor() {
    for (const [name, size, uses] of BOOT) this.loaded.push({ name, size, uses, holders: [] });
    for (const [name, , , deps] of BOOT) for (const d of deps) this.find(d)?.holders.push(name);
  }

  find(name: string): KernelModule | undefined {
    const n = name.replace(/-/g, '_');
    return this.loaded.find((m) => m.name === n);
  }

  exists(name: string): boolean {
    return this.find(name) !== undefined || Object.hasOwn(AVAILABLE, name.replace(/-/g, '_'));
  }

  /** modprobe: dependencies first, nothing for a module already loaded. */
  load(name: string): void {
    const n = name.replace(/-/g, '_');
    if (this.find(n)) return;
    const [size, deps] = AVAILABLE[n]!;
    for (const d of deps) this.load(d);
    this.loaded.unshift({ name: n, size, uses: 0, holders: [] });
    for (const d of deps) this.find(d)!.holders.push(n);
  }

  /** modprobe -r: false when something still uses the module. */
  unload(name: string): boolean {
    const m = this.find(name);
    if (!m) return true;
    if (m.uses > 0 || m.holders.length > 0) return false;
    this.loaded.splice(this.loaded.indexOf(m), 1);
    for (const other of this.loaded) other.holders = other.holders.filter((h) => h !== m.name);
    return true;
  }
}

const tables = new WeakMap<Host, ModuleTable>();

export function modulesOf(host: Host): ModuleTable {
  let t = tables.get(host);
  if (!t) tables.set(host, (t = new ModuleTable()));
  return t;
}
