import { type Command, daemonFailure } from '../command.ts';
import { createNetwork, NetworkClientError } from '../../network/create.ts';

function kv(items: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const i = item.indexOf('=');
    out[i < 0 ? item : item.slice(0, i)] = i < 0 ? '' : item.slice(i + 1);
  }
  return out;
}

/** Flags the model does not carry out yet: refused loudly rather than ignored. */
const NOT_BUILT = ['aux-address', 'config-from', 'config-only', 'ingress', 'ipam-opt', 'ipv6', 'scope', 'ipam-driver'];

/** `docker network create NAME`: prints the new network's id. */
const create: Command = async (call) => {
  const o = call.opts;
  for (const flag of NOT_BUILT) {
    if (o.changed(flag)) {
      await call.err(`docker: network create --${flag} is not built in the lab yet\n`);
      return 1;
    }
  }
  try {
    const n = createNetwork(call.engine, {
      name: call.args[0]!, driver: o.str('driver') || 'bridge', subnets: o.list('subnet'), gateways: o.list('gateway'),
      ipRanges: o.list('ip-range'), internal: o.bool('internal'), attachable: o.bool('attachable'),
      options: kv(o.list('opt')), labels: kv(o.list('label')),
    });
    await call.out(`${n.id}\n`);
    return 0;
  } catch (e) {
    if (e instanceof NetworkClientError) {
      await call.err(`${e.message}\n`);
      return 1;
    }
    return daemonFailure(call, e);
  }
};

export default create;
