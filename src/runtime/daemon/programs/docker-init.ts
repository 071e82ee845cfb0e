import { statusCode, type ExitStatus } from '../../kernel/proc/process.ts';
import { SIGNALS } from '../../kernel/proc/signals.ts';
import { Interrupted } from '../../kernel/stream.ts';
import type { Applet } from '../../shell/applets/types.ts';
import { hostOf } from '../host-link.ts';

/** Signals tini passes on to its child instead of acting on them itself. */
const FORWARDED = ['HUP', 'INT', 'QUIT', 'USR1', 'USR2', 'TERM', 'ALRM', 'WINCH', 'CONT', 'TSTP', 'TTIN', 'TTOU'];

/**
 * /sbin/docker-init (tini), PID 1 of a `docker run --init` container: runs the command as its
 * child, forwards signals to it (so `docker stop` works even when the command ignores being PID 1)
 * and reaps orphans; exits with the child's status.
 */
const dockerInit: Applet = {
  async run(ctx) {
    const args = ctx.argv.slice(1);
    if (args[0] === '--') args.shift();
    if (args.length === 0) {
      await ctx.stderr.write('tini (tini version 0.19.0)\nUsage: tini [OPTIONS] PROGRAM -- [ARGS] | --version\n');
      return 1;
    }
    const host = hostOf(ctx.kernel);
    const image = host.resolveProgram(ctx.proc, args);
    if ('errno' in image) {
      await ctx.stderr.write(`[FATAL tini (7)] exec ${args[0]} failed: No such file or directory\n`);
      return 127;
    }
    ctx.proc.autoReap = true;
    for (const name of FORWARDED) ctx.proc.dispositions.set(SIGNALS[name]!, 'handle');
    const child = ctx.kernel.spawn(ctx.proc, { argv: args, main: image.main });
    child.exe = image.exe;
    for (const name of FORWARDED) child.dispositions.delete(SIGNALS[name]!);
    for (;;) {
      try {
        const status = await ctx.proc.wait<ExitStatus>((resolve) => {
          void child.exited.then(resolve);
          return () => {};
        });
        return statusCode(status);
      } catch (e) {
        if (!(e instanceof Interrupted) || e.fatal) throw e;
        for (const sig of ctx.proc.pendingSignals.splice(0)) ctx.kernel.signal(child, sig, ctx.proc);
      }
    }
  },
};

export default dockerInit;
