/**
 * A network as the engine keeps it (libnetwork's network object, as data): the three predefined
 * ones (bridge, host, none) and the bridge networks `docker network create` makes.
 */
export interface Network {
  id: string;
  name: string;
  /** `null` is the driver of `none`, as libnetwork names it. */
  driver: 'bridge' | 'host' | 'null';
  /** RFC 3339 with nanoseconds, as the engine records it. */
  created: string;
  createdMs: number;
  /** IPAM.Config: only bridge networks have one (the predefined bridge's is the daemon's bip). */
  subnet?: string;
  /** The gateway as given (`--gateway`): IPAM.Config shows it only then, except on the default bridge. */
  gateway?: string;
  ipRange?: string;
  /** The engine picked the subnet from its default pools (no --subnet): --ip is refused there. */
  autoSubnet?: boolean;
  internal: boolean;
  attachable: boolean;
  /** Driver options (`-o`), shown as Options. */
  options: Record<string, string>;
  labels: Record<string, string>;
  /** bridge, host and none: they cannot be removed and never prune. */
  predefined: boolean;
}

/** Options of the predefined bridge, as dockerd sets them for docker0. */
export const DEFAULT_BRIDGE_OPTIONS: Record<string, string> = {
  'com.docker.network.bridge.default_bridge': 'true',
  'com.docker.network.bridge.enable_icc': 'true',
  'com.docker.network.bridge.enable_ip_masquerade': 'true',
  'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
  'com.docker.network.bridge.name': 'docker0',
  'com.docker.network.driver.mtu': '1500',
};

/** The network-mode words a container's HostConfig.NetworkMode uses for the default bridge. */
export const isDefaultBridgeMode = (mode: string): boolean => mode === 'default' || mode === 'bridge' || mode === '';

/** Modes with no network object of their own to join through the store. */
export const isSpecialMode = (mode: string): boolean => mode === 'host' || mode === 'none' || mode.startsWith('container:');

/** The Linux bridge device of a network: docker0, or br- and the id's first 12 digits. */
export function bridgeName(n: Network): string {
  return n.options['com.docker.network.bridge.name'] ?? `br-${n.id.slice(0, 12)}`;
}
