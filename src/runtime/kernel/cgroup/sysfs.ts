import { FsError } from '../fs/errors.ts';
import type { MachineInfo } from '../fs/pseudo/proc-system.ts';
import { SynthFs, type SynthNode, synthFile } from '../fs/synthfs.ts';
import type { NodeRef, Stat } from '../fs/types.ts';
import type { NetNamespace } from '../ns/net.ts';
import { strstrip } from './kernel-parse.ts';
import { classNetDir, devicesUnder } from './sysfs-net.ts';

/**
 * sysfs as the model mounts it at /sys: generated on every read from live objects. Only what the
 * lab uses is present: network devices, CPUs, transparent huge pages, the cgroup feature files,
 * and the mount points of /sys/fs/cgroup, securityfs and debugfs.
 */
export class SysFs extends SynthFs {
  /** Attributes report a size of one page, whatever they contain; kernfs counts subdirectories. */
  override stat(node: NodeRef): Stat {
    const st = super.stat(node);
    if (st.type === 'file') return { ...st, size: 4096 };
    if (st.type !== 'dir') return st;
    const subdirs = this.readdir(node).filter((name) => (this.lookup(node, name)?.node.type ?? '') === 'dir').length;
    return { ...st, nlink: 2 + subdirs };
  }
}

type Tree = { [name: string]: Tree | SynthNode };

const isNode = (v: Tree | SynthNode): v is SynthNode => typeof (v as SynthNode).type === 'string';

/** A fixed directory layout; leaves are generated nodes. sysfs directories are 0755. */
function dir(tree: Tree | (() => Map<string, SynthNode>)): SynthNode {
  if (typeof tree === 'function') return { type: 'dir', mode: 0o755, children: tree };
  return { type: 'dir', mode: 0o755, children: () => new Map(Object.entries(tree).map(([k, v]) => [k, isNode(v) ? v : dir(v)])) };
}

/** A "[selected]" choice file like transparent_hugepage/enabled. */
function choiceFile(options: string[], initial: string): SynthNode {
  let current = initial;
  return synthFile(
    () => `${options.map((o) => (o === current ? `[${o}]` : o)).join(' ')}\n`,
    (data) => {
      if (data === '') return;
      const want = strstrip(data);
      if (!options.includes(want)) throw new FsError('EINVAL');
      current = want;
    },
    0o644,
  );
}

function cpuDir(machine: MachineInfo): SynthNode {
  const all = machine.cpus > 1 ? `0-${machine.cpus - 1}\n` : '0\n';
  const tree: Tree = {
    online: synthFile(() => all),
    possible: synthFile(() => all),
    present: synthFile(() => all),
    offline: synthFile(() => '\n'),
    kernel_max: synthFile(() => '8191\n'),
  };
  for (let i = 0; i < machine.cpus; i++) {
    tree[`cpu${i}`] = { topology: { core_id: synthFile(() => `${i}\n`), physical_package_id: synthFile(() => '0\n') } };
  }
  return dir(tree);
}

/** The root of /sys; `netns` is the network namespace of whoever mounted it. */
export function sysfsRoot(machine: MachineInfo, netns: () => NetNamespace): () => SynthNode {
  let entries: Map<string, SynthNode> | undefined;
  // Built on first look: every container mounts a /sys, few read it. The root itself is dr-xr-xr-x.
  const root: SynthNode = { type: 'dir', mode: 0o555, children: () => (entries ??= sysfsTree(machine, netns).children!()) };
  return () => root;
}

function sysfsTree(machine: MachineInfo, netns: () => NetNamespace): SynthNode {
  const thp = {
    enabled: choiceFile(['always', 'madvise', 'never'], 'madvise'),
    defrag: choiceFile(['always', 'defer', 'defer+madvise', 'madvise', 'never'], 'madvise'),
    use_zero_page: synthFile(() => '1\n'),
    hpage_pmd_size: synthFile(() => '2097152\n'),
  };
  return dir({
    block: {},
    bus: {},
    class: { net: classNetDir(netns) },
    dev: {},
    devices: {
      'pci0000:00': { '0000:00:03.0': { virtio2: { net: dir(() => devicesUnder(netns, ['pci0000:00', '0000:00:03.0', 'virtio2', 'net'])) } } },
      system: { cpu: cpuDir(machine) },
      virtual: { net: dir(() => devicesUnder(netns, ['virtual', 'net'])) },
    },
    firmware: {},
    fs: { bpf: {}, cgroup: {}, ext4: {}, fuse: {}, pstore: {} },
    hypervisor: {},
    kernel: {
      cgroup: {
        delegate: synthFile(() => 'cgroup.procs\ncgroup.threads\ncgroup.subtree_control\nmemory.oom.group\n'),
        features: synthFile(() => 'nsdelegate\nmemory_localevents\nmemory_recursiveprot\n'),
      },
      debug: {},
      mm: { transparent_hugepage: thp },
      security: {},
      tracing: {},
    },
    module: {},
    power: {},
  });
}
