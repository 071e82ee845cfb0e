import { BreakSignal, ContinueSignal, ShellAbort } from '../interpreter/control.ts';
import type { Builtin } from './types.ts';

/** break/continue [n]; outside a loop bash only warns (status 0). */
export function loopControl(name: 'break' | 'continue'): Builtin {
  return {
    special: true,
    async run(sh, argv) {
      const arg = argv[1];
      let n = 1;
      if (sh.loopDepth === 0) {
        await sh.diag(`${name}: only meaningful in a \`for', \`while', or \`until' loop`);
        return 0;
      }
      // Usage errors of these special builtins end a non-interactive shell.
      if (argv.length > 2) {
        await sh.diag(`${name}: too many arguments`);
        throw new ShellAbort(1, !sh.interactive);
      }
      if (arg !== undefined) {
        if (!/^-?\d+$/.test(arg)) {
          await sh.diag(`${name}: ${arg}: numeric argument required`);
          throw new ShellAbort(128, !sh.interactive);
        }
        n = Number(arg);
        if (n < 1) {
          // bash then leaves every enclosing loop, which fails.
          await sh.diag(`${name}: ${arg}: loop count out of range`);
          throw new BreakSignal(sh.loopDepth, 1);
        }
      }
      n = Math.min(n, sh.loopDepth);
      throw name === 'break' ? new BreakSignal(n) : new ContinueSignal(n);
    },
  };
}
