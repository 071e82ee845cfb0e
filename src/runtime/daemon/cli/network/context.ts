import { GoStruct } from '../../template/format.ts';
import type { Network } from '../../network/network.ts';

/** network.networkContext of CLI 28 (cli/command/network/formatter.go): one row of `docker network ls`. */
export class NetworkContext extends GoStruct {
  readonly goType = '*network.networkContext';
  constructor(private readonly n: Network, private readonly trunc: boolean) {
    super();
  }
  ID(): string {
    return this.trunc ? this.n.id.slice(0, 12) : this.n.id;
  }
  Name(): string {
    return this.n.name;
  }
  Driver(): string {
    return this.n.driver;
  }
  Scope(): string {
    return 'local';
  }
  /** CLI 28 reads EnableIPv4, which Engine 20.10 never sends: always false. */
  IPv4(): string {
    return 'false';
  }
  IPv6(): string {
    return 'false';
  }
  Internal(): string {
    return String(this.n.internal);
  }
  Labels(): string {
    return Object.entries(this.n.labels).map(([k, v]) => `${k}=${v}`).join(',');
  }
  Label(name: unknown): string {
    return this.n.labels[String(name)] ?? '';
  }
  /** Go's time.Time String() of the creation time. */
  CreatedAt(): string {
    return this.n.created.replace('T', ' ').replace(/Z$/, ' +0000 UTC');
  }
  /** `{{json .}}`: the CLI's marshalled context, keys in alphabetical order. */
  toJSON(): Record<string, unknown> {
    return {
      CreatedAt: this.CreatedAt(), Driver: this.Driver(), ID: this.ID(), IPv4: this.IPv4(), IPv6: this.IPv6(), Internal: this.Internal(),
      Labels: this.Labels(), Name: this.Name(), Scope: this.Scope(),
    };
  }
}

export const NETWORK_HEADERS: Record<string, string> = {
  ID: 'NETWORK ID', Name: 'NAME', Driver: 'DRIVER', Scope: 'SCOPE', IPv4: 'IPV4', IPv6: 'IPV6', Internal: 'INTERNAL',
  Labels: 'LABELS', CreatedAt: 'CREATED AT',
};
