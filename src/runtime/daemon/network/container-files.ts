import type { MemFs } from '../../kernel/fs/memfs.ts';
import { TreeBuilder } from '../../rootfs/tree-builder.ts';
import type { Container } from '../container/container.ts';

/** libnetwork's embedded DNS server, which every container on a user network asks. */
export const EMBEDDED_DNS = '127.0.0.11';

function readEtc(init: MemFs, name: string): string {
  const etc = init.lookup(init.root(), 'etc');
  const node = etc ? init.lookup(etc, name) : null;
  return node ? init.read(node) : '';
}

/**
 * /etc/resolv.conf on a user network, as libnetwork rewrites it for the embedded DNS: the search
 * domains, the one nameserver 127.0.0.11 (the real servers move behind it), and `ndots:0` unless
 * --dns-option sets ndots itself.
 */
export function writeEmbeddedResolvConf(c: Container): void {
  const h = c.hostConfig;
  const options = [...h.DnsOptions, ...(h.DnsOptions.some((o) => o.startsWith('ndots:')) ? [] : ['ndots:0'])];
  const lines = [...(h.DnsSearch.length ? [`search ${h.DnsSearch.join(' ')}`] : []), `nameserver ${EMBEDDED_DNS}`, `options ${options.join(' ')}`];
  new TreeBuilder(c.init).file('/etc/resolv.conf', `${lines.join('\n')}\n`);
}

/** One `IP<TAB>hostname` line per endpoint the sandbox gains (sb.updateHostsFile). */
export function addHostsLine(c: Container, ip: string): void {
  const hosts = readEtc(c.init, 'hosts');
  new TreeBuilder(c.init).file('/etc/hosts', `${hosts}${ip}\t${c.config.Hostname}\n`);
}

/**
 * On disconnect libnetwork deletes the hosts records by the container's name, so every
 * `IP<TAB>hostname` line goes, the other networks' ones too.
 */
export function dropHostsLines(c: Container): void {
  const hosts = readEtc(c.init, 'hosts').split('\n');
  const kept = hosts.filter((l) => l.split('\t')[1] !== c.config.Hostname);
  new TreeBuilder(c.init).file('/etc/hosts', kept.join('\n'));
}
