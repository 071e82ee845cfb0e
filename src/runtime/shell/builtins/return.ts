import { ReturnSignal, ShellAbort } from '../interpreter/control.ts';
import type { Builtin } from './types.ts';

const ret: Builtin = {
  special: true,
  async run(sh, argv) {
    if (sh.funcNames.length === 0 && !sh.sourcing) {
      await sh.diag('return: can only `return\' from a function or sourced script');
      return 2;
    }
    const arg = argv[1];
    if (argv.length > 2) {
      // A special builtin's usage error ends a non-interactive shell.
      await sh.diag('return: too many arguments');
      throw new ShellAbort(1, !sh.interactive);
    }
    if (arg !== undefined && !/^[-+]?\d+$/.test(arg)) {
      await sh.diag(`return: ${arg}: numeric argument required`);
      throw new ReturnSignal(2);
    }
    throw new ReturnSignal(arg === undefined ? sh.lastStatus : Number(BigInt.asUintN(8, BigInt(arg))));
  },
};
export default ret;
