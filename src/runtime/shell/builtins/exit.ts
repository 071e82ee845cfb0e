import { ExitRequest } from '../../kernel/kernel.ts';
import type { Builtin } from './types.ts';

const exit: Builtin = {
  special: true,
  async run(sh, argv) {
    if (argv[0] === 'logout' && !sh.loginShell) {
      await sh.diag("logout: not login shell: use `exit'");
      return 1;
    }
    if (sh.interactive && sh.subshell === 0) await sh.err(sh.loginShell ? 'logout\n' : 'exit\n');
    const arg = argv[1];
    if (arg === undefined) throw new ExitRequest(sh.lastStatus);
    if (!/^[-+]?\d+$/.test(arg.trim())) {
      await sh.diag(`exit: ${arg}: numeric argument required`);
      throw new ExitRequest(2);
    }
    if (argv.length > 2) {
      await sh.diag('exit: too many arguments');
      // A non-interactive shell still exits, with status 1.
      if (!sh.interactive) throw new ExitRequest(1);
      return 1;
    }
    throw new ExitRequest(Number(BigInt.asUintN(8, BigInt(arg.trim()))));
  },
};
export default exit;
