import { type Command, forEachTarget } from '../command.ts';

const restart: Command = async (call) => {
  const t = call.opts.changed('time') ? call.opts.int('time') : call.opts.changed('timeout') ? call.opts.int('timeout') : undefined;
  const failed = await forEachTarget(call, call.args, async (ref) => {
    const c = call.engine.get(ref);
    await call.engine.stop(c, t);
    await call.engine.start(c);
  });
  return failed.length ? 1 : 0;
};

export default restart;
