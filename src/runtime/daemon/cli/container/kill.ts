import { DaemonError } from '../../errors.ts';
import { signalNumber } from '../../engine.ts';
import { type Command, forEachTarget } from '../command.ts';

const kill: Command = async (call) => {
  const text = call.opts.changed('signal') ? call.opts.str('signal') : 'KILL';
  const failed = await forEachTarget(call, call.args, async (ref) => {
    const sig = signalNumber(text);
    // The router rejects names it does not know and 0; the daemon then refuses numbers past 64.
    if (sig === undefined || sig <= 0) throw new DaemonError(`Invalid signal: ${text}`, 400);
    try {
      const c = call.engine.get(ref);
      if (sig > 64) throw new DaemonError(`The linux daemon does not support signal ${sig}`, 400);
      call.engine.kill(c, sig);
    } catch (e) {
      // The API router wraps every kill failure with the reference as the user gave it.
      if (!(e instanceof DaemonError)) throw e;
      throw new DaemonError(`Cannot kill container: ${ref}: ${e.message.replace(/^Cannot kill container: [^:]*: /, '')}`, e.status);
    }
  });
  return failed.length ? 1 : 0;
};

export default kill;
