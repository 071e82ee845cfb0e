import type { Container } from '../container/container.ts';
import type { Engine } from '../engine.ts';
import { isDefaultBridgeMode } from './network.ts';
import { existingNetworks } from './store.ts';

/** The networks in the container's NetworkSettings.Networks: [name, network id]. */
export function containerNetworks(engine: Engine, c: Container): [string, string][] {
  const mode = c.hostConfig.NetworkMode;
  const store = existingNetworks(engine);
  const out: [string, string][] = [];
  if (isDefaultBridgeMode(mode)) out.push(['bridge', engine.bridge.networkId]);
  else if (mode === 'host' || mode === 'none') out.push([mode, store?.find(mode)?.id ?? '']);
  for (const a of store?.attachmentsOf(c.id) ?? []) {
    const n = store!.networks.get(a.networkId);
    if (n) out.push([n.name, n.id]);
  }
  return out;
}

/** `ps --filter network=X` (daemon/list.go): X is a key of Networks or a prefix of one's NetworkID. */
export function onNetwork(engine: Engine, c: Container, value: string): boolean {
  return containerNetworks(engine, c).some(([name, id]) => name === value || (id !== '' && id.startsWith(value)));
}
