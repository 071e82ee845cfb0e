import type { Container } from '../../runtime/daemon/container/container.ts';
import type { NetworkFacts } from '../state.ts';

/**
 * The networks every engine starts with. The model has no `docker network create` yet, so these three
 * are all there is; a user network honestly does not exist.
 */
export function networkFacts(containers: Container[], bridgeId: string): NetworkFacts[] {
  const running = containers.filter((c) => c.state.Running);
  const inMode = (mode: string) => running.filter((c) => c.hostConfig.NetworkMode === mode).map((c) => c.name);
  return [
    { name: 'bridge', id: bridgeId, driver: 'bridge', subnets: ['172.17.0.0/16'], members: [...inMode('default'), ...inMode('bridge')] },
    { name: 'host', id: '', driver: 'host', subnets: [], members: inMode('host') },
    { name: 'none', id: '', driver: 'null', subnets: [], members: inMode('none') },
  ];
}
