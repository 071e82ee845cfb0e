import type { DaemonSettings } from './daemon-json.ts';

/** Keys in the order the recorded `docker info --format '{{json .}}'` shows them. */
interface IndexInfo {
  Mirrors: string[];
  Name: string;
  Official: boolean;
  Secure: boolean;
}

/** A CIDR such as 10.0.0.0/8 (insecure-registries takes networks as well as host names). */
function isCidr(s: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(s);
}

/**
 * The engine's RegistryServiceConfig (GET /info) from dockerd's settings: docker.io with its
 * mirrors, one index per insecure registry name, and the insecure CIDRs with the loopback
 * network dockerd always adds last. Index names are sorted (the engine holds them in a map).
 */
export function registryInfo(s: DaemonSettings): { IndexConfigs: Record<string, IndexInfo>; InsecureRegistryCIDRs: string[]; Mirrors: string[] } {
  const indexes: Record<string, IndexInfo> = {};
  const names = s.insecureRegistries.filter((r) => !isCidr(r)).sort();
  for (const name of names) indexes[name] = { Mirrors: [], Name: name, Official: false, Secure: false };
  indexes['docker.io'] = { Mirrors: s.mirrors, Name: 'docker.io', Official: true, Secure: true };
  const cidrs = [...s.insecureRegistries.filter(isCidr), '127.0.0.0/8'];
  return { IndexConfigs: Object.fromEntries(Object.entries(indexes).sort(([a], [b]) => (a < b ? -1 : 1))), InsecureRegistryCIDRs: cidrs, Mirrors: s.mirrors };
}
