import type { SeededRandom } from '../../kernel/random.ts';
import type { BridgeEndpoint } from '../container/container.ts';

/** The default bridge's address pool (172.17.0.0/16, gateway .1): the lowest free address first. */
export class BridgeIpam {
  readonly networkId: string;
  private readonly used = new Map<string, number>();

  constructor(private readonly random: SeededRandom, networkId?: string) {
    this.networkId = networkId ?? random.hex(64);
  }

  /** Address numbers in use, by owner (saved with the engine). */
  allocations(): [string, number][] {
    return [...this.used];
  }

  /** Takes address number `n` for `owner` again: a restored engine's running containers keep their IPs. */
  reserve(owner: string, n: number): void {
    this.used.set(owner, n);
  }

  allocate(owner: string): BridgeEndpoint {
    const taken = new Set(this.used.values());
    let n = 2;
    while (taken.has(n)) n++;
    this.used.set(owner, n);
    const ip = `172.17.${n >> 8}.${n & 255}`;
    const mac = `02:42:ac:11:${(n >> 8).toString(16).padStart(2, '0')}:${(n & 255).toString(16).padStart(2, '0')}`;
    return { ip, mac, endpointId: this.random.hex(64), networkId: this.networkId };
  }

  release(owner: string): void {
    this.used.delete(owner);
  }
}
