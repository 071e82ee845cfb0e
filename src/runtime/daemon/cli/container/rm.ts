import { type Command, forEachTarget } from '../command.ts';

const rm: Command = async (call) => {
  const failed = await forEachTarget(call, call.args, async (ref) => {
    await call.engine.remove(call.engine.get(ref), call.opts.bool('force'));
  });
  return failed.length ? 1 : 0;
};

export default rm;
