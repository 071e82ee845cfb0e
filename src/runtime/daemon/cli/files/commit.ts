import { commitContainer } from '../../container/commit.ts';
import { DaemonError } from '../../errors.ts';
import { parseReference, type Reference, ReferenceError, withDefaultTag } from '../../image/reference.ts';
import { type Command, daemonFailure } from '../command.ts';

/** `docker commit [-a] [-c]... [-m] [-p] CONTAINER [REPOSITORY[:TAG]]`: prints the new image id. */
const commit: Command = async (call) => {
  const [ref, name] = call.args as [string, string | undefined];
  let target: Reference | null = null;
  if (name !== undefined && name !== '') {
    // The CLI parses the name before calling the engine: its errors have no daemon prefix.
    try {
      const r = parseReference(name);
      if (r.digest !== null) throw new ReferenceError('refusing to create a tag with a digest reference');
      target = withDefaultTag(r);
    } catch (e) {
      if (!(e instanceof ReferenceError)) throw e;
      await call.err(`${e.message}\n`);
      return 1;
    }
  }
  try {
    const c = call.engine.get(ref);
    if (c.state.Status === 'removing' || c.state.Dead) throw new DaemonError(`You cannot commit container ${c.name} which is being removed`, 409);
    const img = commitContainer(call.engine, c, {
      ref: target, author: call.opts.str('author'), comment: call.opts.str('message'), changes: call.opts.list('change'),
      pause: call.opts.bool('pause'),
    });
    await call.out(`${img.id}\n`);
    return 0;
  } catch (e) {
    return daemonFailure(call, e);
  }
};

export default commit;
