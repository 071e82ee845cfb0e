import { naturalCompare } from '../format/natural.ts';
import { containerJson } from '../../inspect/container-json.ts';
import { type Command, daemonFailure } from '../command.ts';

interface Binding {
  HostIp: string;
  HostPort: string;
}

/** net.JoinHostPort: IPv6 hosts in brackets. */
const joinHostPort = (host: string, port: string) => (host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`);


/**
 * `docker port CONTAINER [PRIVATE_PORT[/PROTO]]`: the published ports of the container's
 * NetworkSettings (empty unless it runs), `PORT/PROTO -> HOST:PORT` lines in natural order.
 */
const port: Command = async (call) => {
  const [ref, query] = call.args as [string, string | undefined];
  let ports: Record<string, Binding[] | null>;
  try {
    const json = containerJson(call.engine.get(ref), call.engine.bridge.networkId) as { NetworkSettings: { Ports: Record<string, Binding[] | null> } };
    ports = json.NetworkSettings.Ports;
  } catch (e) {
    return daemonFailure(call, e);
  }
  const out: string[] = [];
  if (query !== undefined && query !== '') {
    const slash = query.indexOf('/');
    const num = slash < 0 ? query : query.slice(0, slash);
    const proto = slash < 0 || query.slice(slash + 1) === '' ? 'tcp' : query.slice(slash + 1);
    if (!/^\d+$/.test(num) || Number(num) > 65535) {
      const why = /^\d+$/.test(num) ? 'value out of range' : 'invalid syntax';
      await call.err(`Error: invalid port (${num}): strconv.ParseUint: parsing ${JSON.stringify(num)}: ${why}\n`);
      return 1;
    }
    const frontends = ports[`${num}/${proto}`];
    if (!frontends || frontends.length === 0) {
      await call.err(`Error: No public port '${query}' published for ${ref}\n`);
      return 1;
    }
    for (const f of frontends) out.push(joinHostPort(f.HostIp, f.HostPort));
  } else {
    for (const [from, frontends] of Object.entries(ports)) for (const f of frontends ?? []) out.push(`${from} -> ${joinHostPort(f.HostIp, f.HostPort)}`);
  }
  if (out.length) await call.out(`${out.sort(naturalCompare).join('\n')}\n`);
  return 0;
};

export default port;
