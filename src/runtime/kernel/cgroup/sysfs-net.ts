import { FsError } from '../fs/errors.ts';
import { type SynthNode, synthFile, synthLink } from '../fs/synthfs.ts';
import type { NetDevice, NetNamespace } from '../ns/net.ts';
import { kstrtoull } from './kernel-parse.ts';

/**
 * /sys/class/net: one entry per device of the network namespace that mounted this sysfs (a
 * process that only unshares its net namespace keeps seeing the old devices until it mounts
 * sysfs again, as on Linux). Entries are symlinks into /sys/devices, where the attributes live.
 */
const sysDir = (children: () => Map<string, SynthNode>): SynthNode => ({ type: 'dir', children, mode: 0o755 });

/** Where the device lives under /sys/devices: virtio NICs on PCI, everything else virtual. */
export function devicePath(d: NetDevice): string[] {
  return d.kind === 'ether' ? ['pci0000:00', '0000:00:03.0', 'virtio2', 'net', d.name] : ['virtual', 'net', d.name];
}

/** dev->flags as ip(8) and the flags file show them. */
function flagsOf(d: NetDevice): number {
  const IFF_UP = 0x1;
  const IFF_BROADCAST = 0x2;
  const IFF_LOOPBACK = 0x8;
  const IFF_MULTICAST = 0x1000;
  const base = d.kind === 'loopback' ? IFF_LOOPBACK : IFF_BROADCAST | IFF_MULTICAST;
  return base | (d.up ? IFF_UP : 0);
}

function operstate(d: NetDevice): string {
  if (!d.up) return 'down';
  // The loopback driver never reports carrier state.
  return d.kind === 'loopback' ? 'unknown' : 'up';
}

/** dev_set_mtu() bounds: ether_setup-based devices 68..65535, loopback 0..65536. */
function writeMtu(d: NetDevice, data: string): void {
  if (data === '') return;
  const v = kstrtoull(data);
  const [min, max] = d.kind === 'loopback' ? [0n, 65536n] : [68n, 65535n];
  if (v < min || v > max) throw new FsError('EINVAL');
  d.mtu = Number(v);
}

/** The attribute directory of one device. */
export function netDeviceDir(d: NetDevice): SynthNode {
  return sysDir(() => new Map<string, SynthNode>([
    ['addr_len', synthFile(() => '6\n')],
    ['address', synthFile(() => `${d.mac}\n`)],
    ['broadcast', synthFile(() => (d.kind === 'loopback' ? '00:00:00:00:00:00\n' : 'ff:ff:ff:ff:ff:ff\n'))],
    ['carrier', synthFile(() => {
      // Reading carrier of a device that is down fails with EINVAL.
      if (!d.up) throw new FsError('EINVAL');
      return '1\n';
    })],
    ['dev_id', synthFile(() => '0x0\n')],
    ['flags', synthFile(() => `0x${flagsOf(d).toString(16)}\n`)],
    ['ifindex', synthFile(() => `${d.index}\n`)],
    ['iflink', synthFile(() => `${d.index}\n`)],
    ['mtu', synthFile(() => `${d.mtu}\n`, (data) => writeMtu(d, data), 0o644)],
    ['operstate', synthFile(() => `${operstate(d)}\n`)],
    ['type', synthFile(() => (d.kind === 'loopback' ? '772\n' : '1\n'))],
  ]));
}

/** /sys/class/net: symlinks `lo -> ../../devices/virtual/net/lo`. */
export function classNetDir(netns: () => NetNamespace): SynthNode {
  return sysDir(() => new Map(netns().devices.map((d) => [d.name, synthLink(() => `../../devices/${devicePath(d).join('/')}`)])));
}

/** The device directories under /sys/devices for `prefix` (e.g. ['virtual', 'net']). */
export function devicesUnder(netns: () => NetNamespace, prefix: string[]): Map<string, SynthNode> {
  const out = new Map<string, SynthNode>();
  for (const d of netns().devices) {
    const path = devicePath(d);
    if (path.length !== prefix.length + 1 || prefix.some((p, i) => path[i] !== p)) continue;
    out.set(d.name, netDeviceDir(d));
  }
  return out;
}
