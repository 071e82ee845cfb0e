import type { Container } from '../container/container.ts';
import type { Builder } from './state.ts';

/**
 * Starts the step's container and relays its output to the build's progress until it exits.
 */
export async function runAndStream(b: Builder, c: Container): Promise<number> {
  const from = c.logs.entries.length;
  await b.engine.start(c);
  let i = from;
  for (;;) {
    const entries = c.logs.entries;
    while (i < entries.length) {
      const e = entries[i++]!;
      await b.progress.output(e.data, e.stream === 'stderr' ? 'stderr' : 'stdout');
    }
    if (!c.state.Running) break;
    await Promise.race([c.logs.next(), c.whenStopped()]);
  }
  for (const e of c.logs.entries.slice(i)) await b.progress.output(e.data, e.stream === 'stderr' ? 'stderr' : 'stdout');
  return c.state.ExitCode;
}
