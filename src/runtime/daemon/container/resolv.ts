import type { MemFs } from '../../kernel/fs/memfs.ts';
import { TreeBuilder } from '../../rootfs/tree-builder.ts';

/**
 * --dns-search / --dns-option: libnetwork's resolvconf.Build writes `search`, the nameservers
 * (the --dns ones or the host's, already in the file) and `options`, in that order.
 */
export function addDnsSearchOptions(init: MemFs, search: string[], options: string[]): void {
  if (!search.length && !options.length) return;
  const etc = init.lookup(init.root(), 'etc');
  const node = etc ? init.lookup(etc, 'resolv.conf') : null;
  const current = node ? init.read(node) : '';
  const servers = current.split('\n').filter((l) => l.startsWith('nameserver '));
  const lines = [
    ...(search.length ? [`search ${search.join(' ')}`] : []),
    ...servers,
    ...(options.length ? [`options ${options.join(' ')}`] : []),
  ];
  new TreeBuilder(init).file('/etc/resolv.conf', `${lines.join('\n')}\n`);
}
