import { Namespace } from './namespace.ts';

export interface NetDevice {
  name: string;
  index: number;
  kind: 'loopback' | 'veth' | 'bridge' | 'ether';
  mac: string;
  up: boolean;
  mtu: number;
  addrs: { addr: string; prefix: number; family: 4 | 6 }[];
}

/** A network stack: devices, addresses, routes. A new one holds only `lo`, down. */
export class NetNamespace extends Namespace {
  readonly kind = 'net' as const;
  devices: NetDevice[] = [];
  nextIndex = 1;
  constructor(inode: number) {
    super(inode);
    this.devices.push({ name: 'lo', index: this.nextIndex++, kind: 'loopback', mac: '00:00:00:00:00:00', up: false, mtu: 65536, addrs: [] });
  }
}
