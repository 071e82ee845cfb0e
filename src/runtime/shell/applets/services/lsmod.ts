import { hostOf } from '../../../daemon/host-link.ts';
import { modulesOf } from '../../../services/modules.ts';
import type { Applet } from '../types.ts';

/** lsmod (kmod 29): the loaded modules, as /proc/modules has them. */
const lsmod: Applet = {
  async run(ctx) {
    if (ctx.argv.length > 1) {
      await ctx.stderr.write('Usage: lsmod\n');
      return 1;
    }
    const table = modulesOf(hostOf(ctx.kernel));
    let out = 'Module                  Size  Used by\n';
    for (const m of table.loaded) {
      const used = m.uses + m.holders.length;
      out += `${m.name.padEnd(19)} ${String(m.size).padStart(8)}  ${used}${m.holders.length ? ` ${m.holders.join(',')}` : ''}\n`;
    }
    await ctx.stdout.write(out);
    return 0;
  },
};

export default lsmod;
