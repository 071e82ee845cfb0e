import { containerChanges } from '../../container/changes.ts';
import { type Command, daemonFailure } from '../command.ts';

/** `docker diff CONTAINER`: the A/C/D lines of the container's writable layer against its image. */
const diff: Command = async (call) => {
  try {
    const c = call.engine.get(call.args[0]!);
    const lines = containerChanges(c).map((ch) => `${ch.kind} ${ch.path}\n`);
    await call.out(lines.join(''));
    return 0;
  } catch (e) {
    return daemonFailure(call, e);
  }
};

export default diff;
