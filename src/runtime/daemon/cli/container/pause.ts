import { type Command, forEachTarget } from '../command.ts';

export const pause: Command = async (call) => {
  const failed = await forEachTarget(call, call.args, async (ref) => call.engine.pause(call.engine.get(ref)));
  return failed.length ? 1 : 0;
};

export const unpause: Command = async (call) => {
  const failed = await forEachTarget(call, call.args, async (ref) => call.engine.unpause(call.engine.get(ref)));
  return failed.length ? 1 : 0;
};
