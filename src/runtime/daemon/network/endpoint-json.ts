import type { Container } from '../container/container.ts';
import { formatIp } from './cidr.ts';
import type { NetworkStore } from './store.ts';

/**
 * NetworkSettings.Networks entries of the container's user networks (Engine 20.10's
 * EndpointSettings order). A `network connect` attachment carries IPAMConfig {} and DriverOpts {},
 * and shows no NetworkID until the container runs; a `run --network` one carries nulls.
 */
export function userEndpointsJson(c: Container, store: NetworkStore | undefined): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const a of store?.attachmentsOf(c.id) ?? []) {
    const n = store!.networks.get(a.networkId);
    if (!n) continue;
    const e = a.endpoint;
    const ipam = store!.ipam(n);
    const prefix = ipam?.pool.subnet.prefix ?? 0;
    out[n.name] = {
      IPAMConfig: a.ipv4 ? { IPv4Address: a.ipv4 } : a.viaConnect ? {} : null, Links: null, Aliases: [...a.aliases],
      NetworkID: e || !a.viaConnect ? n.id : '', EndpointID: e?.endpointId ?? '', Gateway: e && ipam ? formatIp(ipam.pool.gateway) : '',
      IPAddress: e?.ip ?? '', IPPrefixLen: e ? prefix : 0, IPv6Gateway: '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0,
      MacAddress: e?.mac ?? '', DriverOpts: a.viaConnect ? {} : null,
    };
  }
  return out;
}
