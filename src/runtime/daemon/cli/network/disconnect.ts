import { type Command, daemonFailure } from '../command.ts';
import { disconnectContainer } from '../../network/connect.ts';
import { networksOf } from '../../network/store.ts';

/** `docker network disconnect [-f] NETWORK CONTAINER`. */
const disconnect: Command = async (call) => {
  try {
    const c = call.engine.get(call.args[1]!);
    const n = networksOf(call.engine).get(call.args[0]!);
    disconnectContainer(call.engine, n, c);
    return 0;
  } catch (e) {
    return daemonFailure(call, e);
  }
};

export default disconnect;
