import { streamOutput } from '../container/attach.ts';
import { type Command, daemonFailure } from '../command.ts';

/**
 * `docker attach CONTAINER`: the container's output from now on until it stops, then its exit
 * code. The CLI refuses stopped and paused containers itself (no daemon prefix).
 */
const attach: Command = async (call) => {
  let c;
  try {
    c = call.engine.get(call.args[0]!);
  } catch (e) {
    return daemonFailure(call, e);
  }
  const refuse = async (text: string) => {
    await call.err(`${text}\n`);
    return 1;
  };
  if (!c.state.Running) return refuse('You cannot attach to a stopped container, start it first');
  if (c.state.Paused) return refuse('You cannot attach to a paused container, unpause it first');
  if (c.state.Restarting) return refuse('You cannot attach to a restarting container, wait until it is running');
  // The client's stdin goes to the container's (kept open by the engine for -i containers).
  const writer = c.stdinWriter;
  if (writer && !call.opts.bool('no-stdin')) {
    void (async () => {
      for (;;) {
        const chunk = await call.ctx.stdin.read().catch(() => null);
        if (chunk === null || !c.state.Running) return;
        await writer.write(call.ctx.proc, chunk).catch(() => {});
      }
    })();
  }
  // Only what the container writes after the attach reaches the client; a restart keeps the stream.
  await streamOutput(call, c, c.logs.entries.length);
  return c.state.ExitCode;
};

export default attach;
