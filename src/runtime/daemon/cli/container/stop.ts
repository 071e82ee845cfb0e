import { type Command, forEachTarget } from '../command.ts';

const stop: Command = async (call) => {
  const t = call.opts.changed('time') ? call.opts.int('time') : call.opts.changed('timeout') ? call.opts.int('timeout') : undefined;
  const failed = await forEachTarget(call, call.args, async (ref) => {
    await call.engine.stop(call.engine.get(ref), t);
  });
  return failed.length ? 1 : 0;
};

export default stop;
