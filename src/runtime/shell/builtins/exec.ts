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
    while (args[0] && /^-[cla]$/.test(args[0])) args = args.slice(1);
    if (args[0] === '--') args = args.slice(1);
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
    sh.proc.argv = args;
    sh.proc.comm = args[0]!.split('/').pop()!.slice(0, 15);
    sh.proc.env = sh.environment();
    const status = await load.run(sh.proc, args);
    sh.traps.clear();
    throw new ExitRequest(status);
  },
};
export default exec;
