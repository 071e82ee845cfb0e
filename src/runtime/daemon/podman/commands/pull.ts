import { DaemonError } from '../../errors.ts';
import { fail, PodmanError, type PodmanCommand } from '../call.ts';
import { pullImage } from '../pull-image.ts';

/** `podman pull NAME`: progress on stderr, then the image id on stdout. */
const pull: PodmanCommand = async (call) => {
  if (call.args.length > 1) return fail(call, `accepts 1 arg(s), received ${call.args.length}`);
  try {
    const img = await pullImage(call, call.args[0]!, call.opts.bool('quiet') ? null : call.err);
    await call.out(`${img.id.slice(7)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof PodmanError || e instanceof DaemonError) return fail(call, e.message);
    throw e;
  }
};

export default pull;
