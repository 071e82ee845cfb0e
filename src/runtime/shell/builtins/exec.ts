import { ExitRequest } from '../../kernel/kernel.ts';
import { findInPath } from '../interpreter/external.ts';
import type { Builtin } from './types.ts';

/**
 * `exec` without a command keeps its redirections for the shell (the caller applied them to the
 * shell's own table, so we mark them permanent). With a command, the shell becomes that program.
 */
const exec: Builtin = {
  special: true,
  async run(sh, argv, cmd) {
    let args = argv.slice(1);
    let argv0: string | undefined;
    const usage = 'exec: usage: exec [-cl] [-a name] [command [argument ...]] [redirection ...]\n';
    while (args[0] && args[0].startsWith('-') && args[0].length > 1) {
      const a = args.shift()!;
      if (a === '--') break;
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (c === 'a') {
          argv0 = j + 1 < a.length ? a.slice(j + 1) : args.shift();
          if (argv0 === undefined) {
            await sh.diag('exec: -a: option requires an argument');
            await sh.err(usage);
            return 2;
          }
          break;
        }
        if (c !== 'c' && c !== 'l') {
          await sh.diag(`exec: -${c}: invalid option`);
          await sh.err(usage);
          return 2;
        }
      }
    }
    if (args.length === 0) {
      sh.keepRedirects = true;
      return 0;
    }
    void cmd;
    const found = findInPath(sh, args[0]!);
    if (found.kind === 'missing') {
      await sh.diag(found.message.replace(/command not found$/, 'not found').replace(/^/, 'exec: '));
      throw new ExitRequest(found.status);
    }
    const load = sh.sys.loadProgram(sh.vfs, found.path);
    if (load.kind !== 'program') {
      await sh.diag(`exec: ${args[0]}: cannot execute: ${load.kind === 'error' ? load.errno : 'script'}`);
      throw new ExitRequest(126);
    }
    // -a NAME: the program sees NAME as its argv[0].
    const progArgs = argv0 === undefined ? args : [argv0, ...args.slice(1)];
    sh.proc.argv = progArgs;
    sh.proc.comm = progArgs[0]!.split('/').pop()!.slice(0, 15);
    sh.proc.env = sh.environment();
    const status = await load.run(sh.proc, progArgs);
    sh.traps.clear();
    throw new ExitRequest(status);
  },
};
export default exec;
