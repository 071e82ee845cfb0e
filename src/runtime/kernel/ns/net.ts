import { Namespace } from './namespace.ts';

export interface NetDevice {
  name: string;
  index: number;
  kind: 'loopback' | 'veth' | 'bridge' | 'ether';
  mac: string;
  up: boolean;
  mtu: number;
  addrs: { addr: string; prefix: number; family: 4 | 6 }[];
  /** A veth's peer interface index in the other namespace (`eth0@if2142`). */
  peer?: number;
}

/** One route of the main table: `default` or a CIDR, through a gateway or on the link. */
export interface NetRoute {
  dst: string;
  via?: string;
  dev: string;
  scope?: 'link';
  src?: string;
}

/** A network stack: devices, addresses, routes. A new one holds only `lo`, down. */
export class NetNamespace extends Namespace {
  readonly kind = 'net' as const;
  devices: NetDevice[] = [];
  routes: NetRoute[] = [];
  nextIndex = 1;
  constructor(inode: number) {
    super(inode);
    this.devices.push({ name: 'lo', index: this.nextIndex++, kind: 'loopback', mac: '00:00:00:00:00:00', up: false, mtu: 65536, addrs: [] });
  }
}
