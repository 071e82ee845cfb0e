import { type Command, forEachTarget } from '../command.ts';
import { volumesOf } from '../../volume/store.ts';

/** `docker volume rm`: refused for volumes in use; `-f` ignores missing ones. */
const rm: Command = async (call) => {
  const store = volumesOf(call.engine);
  const failed = await forEachTarget(call, call.args, async (ref) => {
    store.remove(ref, call.opts.bool('force'));
  });
  return failed.length ? 1 : 0;
};

export default rm;
