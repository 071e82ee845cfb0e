import { STRERROR } from '../../../kernel/fs/errors.ts';
import { OpenFile } from '../../../kernel/proc/fd-table.ts';
import { errText, fail, qa } from '../errors.ts';
import type { Applet, AppletContext } from '../types.ts';
import { gnuOpts } from './gnu-opts.ts';

/** Appends to nohup.out, else $HOME/nohup.out (mode 0600), as an open file for fd 1. */
function openNohupOut(ctx: AppletContext): { file: OpenFile; name: string } | { error: string; name: string } {
  const home = ctx.env.get('HOME');
  const tries = ['nohup.out', ...(home ? [`${home}/nohup.out`] : [])];
  let last = { error: 'No such file or directory', name: tries[0]! };
  for (const name of tries) {
    try {
      const out = ctx.fs.openWrite(name, { append: true, noTrunc: true, mode: 0o600 });
      return { file: new OpenFile(null, out, name), name };
    } catch (e) {
      last = { error: errText(e), name };
    }
  }
  return last;
}

/** coreutils nohup: detach from the terminal's hangup, then exec COMMAND in place. */
const nohup: Applet = {
  async run(ctx) {
    const p = await gnuOpts(ctx, { stopAtOperand: true }, 125);
    if (typeof p === 'number') return p;
    if (p.operands.length === 0) {
      await fail(ctx, 'missing operand');
      await ctx.stderr.write(ctx.flavor === 'busybox' ? 'BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: nohup PROG ARGS\n\nRun PROG immune to hangups, with output to a non-tty\n' : `Try 'nohup --help' for more information.\n`);
      return ctx.flavor === 'busybox' ? 1 : 125;
    }
    const ignoringInput = ctx.stdin.tty;
    const redirectingStdout = ctx.stdout.tty;
    const redirectingStderr = ctx.stderr.tty;
    const fds = ctx.proc.fds;
    if (ignoringInput) {
      // Opened for writing on purpose, so any read fails.
      fds.set(0, new OpenFile(null, ctx.fs.openWrite('/dev/null'), '/dev/null'));
      if (!redirectingStdout && !redirectingStderr) await fail(ctx, 'ignoring input');
    }
    let out = fds.get(1);
    if (redirectingStdout) {
      const r = openNohupOut(ctx);
      if ('error' in r) {
        await fail(ctx, `failed to open ${qa(r.name)}: ${r.error}`);
        return 125;
      }
      fds.set(1, r.file);
      out = r.file;
      await fail(ctx, `${ignoringInput ? 'ignoring input and appending output to' : 'appending output to'} ${qa(r.name)}`);
    }
    const savedErr = fds.get(2)?.ref();
    if (redirectingStderr) {
      if (!redirectingStdout) await fail(ctx, ignoringInput ? 'ignoring input and redirecting stderr to stdout' : 'redirecting stderr to stdout');
      if (out) fds.set(2, out.ref());
    }
    ctx.proc.dispositions.set(1, 'ignore');
    const cmd = p.operands;
    const r = await ctx.exec(cmd);
    if (typeof r === 'number') {
      savedErr?.unref();
      return r;
    }
    if (savedErr) fds.set(2, savedErr);
    await fail(ctx, `failed to run command ${qa(cmd[0]!)}: ${STRERROR[r.errno]}`);
    return r.errno === 'ENOENT' ? 127 : 126;
  },
};

export default nohup;
