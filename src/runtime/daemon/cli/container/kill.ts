import { DaemonError } from '../../errors.ts';
import { signalNumber } from '../../engine.ts';
import { type Command, forEachTarget } from '../command.ts';

const kill: Command = async (call) => {
  const text = call.opts.changed('signal') ? call.opts.str('signal') : 'KILL';
  const failed = await forEachTarget(call, call.args, async (ref) => {
    const c = call.engine.get(ref);
    const sig = signalNumber(text);
    if (sig === undefined || sig <= 0 || sig > 64) throw new DaemonError(`Invalid signal: ${text}`, 400);
    call.engine.kill(c, sig);
  });
  return failed.length ? 1 : 0;
};

export default kill;
