import type { Applet, AppletContext } from '../types.ts';
import { uptimeSeconds } from './proc-table.ts';
import { BB_BANNER, PROCPS_VERSION, UPTIME_USAGE } from './procps-usage.ts';
import { uptimeLine, uptimeText } from './sysinfo.ts';
import { breakDown, strftime } from './timefmt.ts';
import { zoneFromEnv } from './timezone.ts';

const LONGS: Record<string, string> = { pretty: 'p', help: 'h', since: 's', version: 'V' };

/** `uptime -s`: boot time as now minus /proc/uptime, in local time. */
function since(ctx: AppletContext): string {
  const boot = Math.floor((ctx.kernel.clock.now - uptimeSeconds(ctx.kernel) * 1000) / 1000) * 1000;
  return `${strftime('%Y-%m-%d %H:%M:%S', breakDown(boot, zoneFromEnv(ctx.env.get('TZ'))))}\n`;
}

const uptime: Applet = {
  async run(ctx) {
    const args = ctx.argv.slice(1);
    if (ctx.flavor === 'busybox') {
      for (const a of args) {
        if (!a.startsWith('-') || a === '-') continue;
        for (const c of a === '--' ? '' : a.slice(1)) {
          if (c !== 's') {
            await ctx.stderr.write(`uptime: invalid option -- '${c}'\n${BB_BANNER}\nUsage: uptime\n\nDisplay the time since the last boot\n`);
            return 1;
          }
          await ctx.stdout.write(since(ctx));
          return 0;
        }
      }
      await ctx.stdout.write(`${uptimeLine(ctx).replace(/ user, /, ' users, ').replace(/( 1) users,/, '$1 user,')}\n`);
      return 0;
    }
    let pretty = false;
    const operands: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--') {
        operands.push(...args.slice(i + 1));
        break;
      }
      if (!a.startsWith('-') || a === '-') {
        operands.push(a);
        continue;
      }
      let letters: string;
      if (a.startsWith('--')) {
        const name = a.slice(2).split('=')[0]!;
        const hits = Object.keys(LONGS).filter((l) => l.startsWith(name));
        const full = hits.includes(name) ? name : hits.length === 1 ? hits[0] : undefined;
        if (!full || a.includes('=')) {
          const msg = !full ? `unrecognized option '${a}'` : `option '--${full}' doesn't allow an argument`;
          await ctx.stderr.write(`uptime: ${msg}\n${UPTIME_USAGE}`);
          return 1;
        }
        letters = LONGS[full]!;
      } else letters = a.slice(1);
      for (const c of letters) {
        if (c === 'p') pretty = true;
        else if (c === 's') {
          await ctx.stdout.write(since(ctx));
          return 0;
        } else if (c === 'h') {
          await ctx.stdout.write(UPTIME_USAGE);
          return 0;
        } else if (c === 'V') {
          await ctx.stdout.write(PROCPS_VERSION('uptime'));
          return 0;
        } else {
          await ctx.stderr.write(`uptime: invalid option -- '${c}'\n${UPTIME_USAGE}`);
          return 1;
        }
      }
    }
    if (operands.length > 0) {
      await ctx.stderr.write(UPTIME_USAGE);
      return 1;
    }
    await ctx.stdout.write(pretty ? `${uptimeText(Math.floor(uptimeSeconds(ctx.kernel)), true)}\n` : `${uptimeLine(ctx)}\n`);
    return 0;
  },
};

export default uptime;
