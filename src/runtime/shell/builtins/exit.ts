import { ExitRequest } from '../../kernel/kernel.ts';
import { runExitTrap } from '../interpreter/exec.ts';
import type { Shell } from '../interpreter/shell.ts';
import type { Builtin } from './types.ts';

/**
 * The EXIT trap runs here, before the shell unwinds, so an `exit N` inside the trap replaces the
 * status instead of escaping from whoever catches the first exit.
 */
async function leave(sh: Shell, code: number): Promise<never> {
  sh.lastStatus = code;
  await runExitTrap(sh);
  throw new ExitRequest(code);
}

const exit: Builtin = {
  special: true,
  async run(sh, argv) {
    if (argv[0] === 'logout' && !sh.loginShell) {
      await sh.diag("logout: not login shell: use `exit'");
      return 1;
    }
    if (sh.interactive && sh.subshell === 0 && sh.dialect === 'bash') await sh.err(sh.loginShell ? 'logout\n' : 'exit\n');
    const arg = argv[1];
    if (arg === undefined) return leave(sh, sh.exitTrapStatus ?? sh.lastStatus);
    if (!/^[-+]?\d+$/.test(arg.trim())) {
      await sh.diag(`exit: ${arg}: numeric argument required`);
      return leave(sh, 2);
    }
    if (argv.length > 2) {
      await sh.diag('exit: too many arguments');
      // A non-interactive shell still exits, with status 1.
      if (!sh.interactive) return leave(sh, 1);
      return 1;
    }
    return leave(sh, Number(BigInt.asUintN(8, BigInt(arg.trim()))));
  },
};
export default exit;
