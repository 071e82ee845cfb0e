/**
 * Running `sh -c CMD` for system(), `print | CMD` and `CMD | getline`.
 *
 * AppletContext.spawn cannot capture a child's stdout yet. For `CMD | getline` the child is
 * started with a collecting stdout by swapping our fd 1 for the duration of the (synchronous)
 * fd-table clone inside spawn(); a `spawn({ stdout: 'capture' })` in the context API would
 * replace this.
 */
import { OpenFile } from '../../../kernel/proc/fd-table.ts';
import { CollectOut } from '../../../kernel/stream.ts';
import type { AppletContext } from '../types.ts';

export async function runCommand(ctx: AppletContext, cmd: string, stdin?: string): Promise<number> {
  return ctx.spawn(stdin === undefined ? { argv: ['sh', '-c', cmd] } : { argv: ['sh', '-c', cmd], stdin });
}

/** Runs `cmd` and returns what it wrote to stdout, plus its exit status. */
export async function runCaptured(ctx: AppletContext, cmd: string): Promise<{ out: string; status: number }> {
  const fds = ctx.proc.fds;
  const mine = fds.get(1);
  const sink = new CollectOut(64 * 1024 * 1024);
  mine?.ref();
  fds.set(1, new OpenFile(null, sink, 'pipe'));
  let pending: Promise<number>;
  try {
    pending = ctx.spawn({ argv: ['sh', '-c', cmd] });
  } finally {
    if (mine) fds.set(1, mine);
    else fds.close(1);
  }
  const status = await pending;
  return { out: sink.text(), status };
}
