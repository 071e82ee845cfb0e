import { hostOf } from '../../../daemon/host-link.ts';
import { modulesOf } from '../../../services/modules.ts';
import type { Applet } from '../types.ts';

/** modprobe (kmod 29): load (or with -r unload) modules of the modelled kernel. */
const modprobe: Applet = {
  async run(ctx) {
    let remove = false;
    let quiet = false;
    let dryRun = false;
    const names: string[] = [];
    for (const a of ctx.argv.slice(1)) {
      if (a === '-r' || a === '--remove') remove = true;
      else if (a === '-q' || a === '--quiet') quiet = true;
      else if (a === '-n' || a === '--dry-run') dryRun = true;
      else if (a === '-a' || a === '--all' || a === '-v' || a === '--verbose') continue;
      else if (a.startsWith('-')) {
        await ctx.stderr.write(a.startsWith('--') ? `modprobe: unrecognized option '${a}'\n` : `modprobe: invalid option -- '${a.slice(1, 2)}'\n`);
        await ctx.stderr.write('modprobe: ERROR: unknown command\n');
        return 1;
      } else names.push(a);
    }
    if (names.length === 0) {
      await ctx.stderr.write('modprobe: ERROR: missing parameters. See -h.\n');
      return 1;
    }
    const table = modulesOf(hostOf(ctx.kernel));
    const root = ctx.proc.creds.uid === 0;
    // Without -a only the first name is a module; the rest are its parameters.
    const targets = remove ? names : names.slice(0, 1);
    for (const name of targets) {
      if (!table.exists(name)) {
        if (!quiet) await ctx.stderr.write(`modprobe: FATAL: Module ${name} not found in directory /lib/modules/${ctx.host.kernelRelease}\n`);
        return 1;
      }
      if (dryRun) continue;
      if (remove) {
        if (!table.find(name)) continue;
        if (!root) {
          await ctx.stderr.write(`modprobe: ERROR: could not remove '${name}': Operation not permitted\n`);
          return 1;
        }
        if (!table.unload(name)) {
          await ctx.stderr.write(`modprobe: FATAL: Module ${name} is in use.\n`);
          return 1;
        }
        continue;
      }
      if (table.find(name)) continue;
      if (!root) {
        await ctx.stderr.write(`modprobe: ERROR: could not insert '${name}': Operation not permitted\n`);
        return 1;
      }
      table.load(name);
    }
    return 0;
  },
};

export default modprobe;
