import { type Command, daemonFailure } from '../command.ts';
import { connectContainer } from '../../network/connect.ts';
import { networksOf } from '../../network/store.ts';

const NOT_BUILT = ['driver-opt', 'gw-priority', 'ip6', 'link', 'link-local-ip'];

/** `docker network connect [--ip] [--alias] NETWORK CONTAINER` (the container is looked up first). */
const connect: Command = async (call) => {
  const o = call.opts;
  for (const flag of NOT_BUILT) {
    if (o.changed(flag)) {
      await call.err(`docker: network connect --${flag} is not built in the lab yet\n`);
      return 1;
    }
  }
  try {
    const c = call.engine.get(call.args[1]!);
    const n = networksOf(call.engine).get(call.args[0]!);
    connectContainer(call.engine, n, c, { ipv4: o.str('ip'), aliases: o.list('alias') });
    return 0;
  } catch (e) {
    return daemonFailure(call, e);
  }
};

export default connect;
