import { fail, getContainer, PodmanError, type PodmanCommand } from '../call.ts';
import { streamOutput } from '../../cli/container/attach.ts';
import { asDockerCall } from '../call.ts';

/** `podman logs CONTAINER`: what the container wrote, stdout and stderr to the matching stream. */
const logs: PodmanCommand = async (call) => {
  let c;
  try {
    c = getContainer(call, call.args[0]!);
  } catch (e) {
    if (e instanceof PodmanError) return fail(call, e.message);
    throw e;
  }
  let entries = c.logs.entries;
  if (call.opts.changed('tail') && call.opts.int('tail') >= 0) entries = entries.slice(Math.max(0, entries.length - call.opts.int('tail')));
  if (call.opts.bool('follow')) {
    await streamOutput(asDockerCall(call), c, c.logs.entries.length - entries.length);
    return 0;
  }
  for (const e of entries) await (e.stream === 'stderr' ? call.err(e.data) : call.out(e.data));
  return 0;
};

export default logs;
