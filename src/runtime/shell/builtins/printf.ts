import { breakDown, strftime } from '../applets/system/timefmt.ts';
import { zoneFromEnv } from '../applets/system/timezone.ts';
import { BASH_PRINTF, formatPrintf } from '../format/printf.ts';
import type { Builtin } from './types.ts';

/** bash's printf builtin, with `-v var`. */
const printf: Builtin = {
  async run(sh, argv) {
    let args = argv.slice(1);
    let target: string | undefined;
    const usage = 'printf: usage: printf [-v var] format [arguments]\n';
    if (args[0]?.startsWith('-v')) {
      // `-v NAME` or `-vNAME`, as getopt reads it.
      target = args[0].length > 2 ? args[0].slice(2) : args[1];
      if (args[0].length > 2) args = ['-v', ...args];
      if (target === undefined) {
        await sh.diag('printf: -v: option requires an argument');
        await sh.err(usage);
        return 2;
      }
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(target)) {
        await sh.diag(`printf: \`${target}': not a valid identifier`);
        return 2;
      }
      args = args.slice(2);
    }
    if (args[0] === '--') args = args.slice(1);
    else if (args[0] !== undefined && args[0].length > 1 && args[0].startsWith('-')) {
      await sh.diag(`printf: ${args[0].slice(0, 2)}: invalid option`);
      await sh.err(usage);
      return 2;
    }
    if (args.length === 0) {
      await sh.err(usage);
      return 2;
    }
    const time = (fmt: string, epoch: number): string => {
      const sec = epoch === -1 ? Math.floor(sh.kernel.clock.now / 1000) : epoch === -2 ? Math.floor(sh.startTime / 1000) : epoch;
      return strftime(fmt, breakDown(sec * 1000, zoneFromEnv(sh.vars.get('TZ'))));
    };
    const r = formatPrintf(args[0]!, args.slice(1), { ...BASH_PRINTF, time, utf8: sh.utf8Locale() });
    for (const e of [...r.warnings, ...r.errors]) await sh.diag(`printf: ${e}`);
    if (target !== undefined) sh.vars.set(target, r.text);
    else await sh.out(r.text);
    return r.status;
  },
};
export default printf;
