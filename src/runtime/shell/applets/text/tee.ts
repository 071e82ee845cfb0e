import type { Applet } from '../types.ts';
import { FsError } from '../../../kernel/fs/errors.ts';
import { BrokenPipe } from '../../../kernel/stream.ts';
import { errText } from '../errors.ts';
import { quotef } from './quote-name.ts';
import { parseOpts, usageFail } from './usage.ts';
import { busyboxHelp, helpOrVersion, HELP_LONGS } from './gnu-info.ts';

const LONGS = { append: { key: 'a' }, 'ignore-interrupts': { key: 'i' }, 'output-error': { arg: 'optional' as const } };
const MODES = ['warn', 'warn-nopipe', 'exit', 'exit-nopipe'];

interface Out {
  name: string;
  write: (data: string) => Promise<void>;
  stdout: boolean;
}

/** tee [-aip] [--output-error[=MODE]] [FILE...] */
const tee: Applet = {
  async run(ctx) {
    const bb = ctx.flavor === 'busybox';
    const bbHelp = await busyboxHelp(ctx);
    if (bbHelp !== undefined) return bbHelp;
    const opts = await parseOpts(ctx, ctx.argv.slice(1), { short: bb ? 'ai' : 'aip', long: bb ? {} : { ...LONGS, ...HELP_LONGS } }, 1, true);
    if (typeof opts === 'number') return opts;
    const info = await helpOrVersion(ctx, opts);
    if (info !== undefined) return info;
    let append = false;
    let mode: string | undefined;
    for (const [k, v] of opts.list) {
      if (k === 'a') append = true;
      else if (k === 'p') mode = 'warn-nopipe';
      else if (k === 'output-error') {
        if (v === undefined) mode = 'warn-nopipe';
        else {
          const exact = MODES.includes(v) ? [v] : MODES.filter((m) => v !== '' && m.startsWith(v));
          if (exact.length !== 1) return usageFail(ctx, `${exact.length ? 'ambiguous' : 'invalid'} argument '${v}' for '--output-error'\nValid arguments are:\n${MODES.map((m) => `  - '${m}'`).join('\n')}`);
          mode = exact[0];
        }
      }
    }
    let status = 0;
    const outs: Out[] = [{ name: 'standard output', write: (d) => ctx.stdout.write(d), stdout: true }];
    for (const f of opts.operands) {
      if (bb && f === '-') {
        outs.push({ name: f, write: (d) => ctx.stdout.write(d), stdout: true });
        continue;
      }
      try {
        if (ctx.fs.exists(f) && ctx.fs.stat(f).type === 'dir') throw new FsError('EISDIR', f);
        const s = ctx.fs.openWrite(f, { append });
        outs.push({ name: f, write: (d) => s.write(ctx.proc, d), stdout: false });
      } catch (e) {
        await ctx.stderr.write(`tee: ${bb ? f : quotef(f)}: ${errText(e)}\n`);
        status = 1;
      }
    }
    let live = outs.slice();
    for (;;) {
      const chunk = await ctx.stdin.read();
      if (chunk === null) break;
      for (const o of live.slice()) {
        try {
          await o.write(chunk);
        } catch (e) {
          const pipe = e instanceof BrokenPipe;
          if (pipe && mode === undefined) throw e;
          if (!pipe && !(e instanceof FsError)) throw e;
          live = live.filter((x) => x !== o);
          if (pipe && (mode === 'warn-nopipe' || mode === 'exit-nopipe')) continue;
          const shown = o.stdout && !bb ? "'standard output'" : bb ? o.name : quotef(o.name);
          await ctx.stderr.write(`tee: ${shown}: ${bb ? 'I/O error' : pipe ? 'Broken pipe' : errText(e)}\n`);
          status = 1;
          if (mode === 'exit' || mode === 'exit-nopipe') return 1;
        }
      }
      await ctx.tick(1);
    }
    return status;
  },
};
export default tee;
