import type { Applet, AppletContext } from '../../shell/applets/types.ts';
import { engineOf } from '../engine-of.ts';
import { hostOf } from '../host-link.ts';
import type { Call, Command } from './command.ts';
import { dispatch } from './front/index.ts';
import { COMMANDS } from './registry.ts';
import { trackLoad } from '../../loading.ts';
import { connectDaemon } from '../../services/docker-gate.ts';

/** Commands already imported (import() is cheap, but not free, on every run). */
const loaded = new Map<string, Command>();

/** The `docker` program: the CLI front end, then the command against the host's engine. */
const docker: Applet = {
  async run(ctx: AppletContext): Promise<number> {
    const d = dispatch(ctx.argv.slice(1));
    if (d.kind === 'done') {
      if (d.stdout) await ctx.stdout.write(d.stdout);
      if (d.stderr) await ctx.stderr.write(d.stderr);
      return d.exit;
    }
    if (d.notice.stdout) await ctx.stdout.write(d.notice.stdout);
    if (d.notice.stderr) await ctx.stderr.write(d.notice.stderr);
    const load = COMMANDS[d.id];
    if (!load) {
      await ctx.stderr.write(`docker: '${d.usedName.replace(/^docker /, '')}' is not implemented in the lab yet\n`);
      return 1;
    }
    const host = hostOf(ctx.kernel);
    const refused = await connectDaemon(ctx, host, d.id, d.args, d.opts.changed('format') ? d.opts.str('format') : '', (n) => d.opts.changed(n) && d.opts.bool(n));
    if (refused !== null) return refused;
    const call: Call = {
      ctx, engine: engineOf(host), host, opts: d.opts, args: d.args, usedName: d.usedName,
      out: (t) => ctx.stdout.write(t),
      err: (t) => ctx.stderr.write(t),
    };
    let command = loaded.get(d.id);
    if (!command) loaded.set(d.id, (command = await trackLoad(load())));
    return command(call);
  },
};

export default docker;
