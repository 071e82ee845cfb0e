import type { Container } from '../../container/container.ts';
import type { Call } from '../command.ts';

/**
 * Copies a container's output to the client's stdout/stderr from log entry `from` on, until the
 * container stops and everything it wrote has been delivered (what an attached `docker run` does).
 */
export async function streamOutput(call: Call, c: Container, from: number, streams = { stdout: true, stderr: true }): Promise<void> {
  let i = from;
  for (;;) {
    const entries = c.logs.entries;
    while (i < entries.length) {
      const e = entries[i++]!;
      if (e.stream === 'stdout' && streams.stdout) await call.ctx.stdout.write(e.data);
      else if (e.stream === 'stderr' && streams.stderr) await call.ctx.stderr.write(e.data);
    }
    if (!c.state.Running && !c.state.Restarting) return;
    await Promise.race([c.logs.next(), c.whenStopped()]);
  }
}
