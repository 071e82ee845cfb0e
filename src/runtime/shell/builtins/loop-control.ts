import { BreakSignal, ContinueSignal } from '../interpreter/control.ts';
import type { Builtin } from './types.ts';

/** break/continue [n]; outside a loop bash only warns (status 0). */
export function loopControl(name: 'break' | 'continue'): Builtin {
  return {
    special: true,
    async run(sh, argv) {
      const arg = argv[1];
      let n = 1;
      if (arg !== undefined) {
        if (!/^-?\d+$/.test(arg)) {
          await sh.diag(`${name}: ${arg}: numeric argument required`);
          return 1;
        }
        n = Number(arg);
        if (n < 1) {
          await sh.diag(`${name}: ${arg}: loop count out of range`);
          return 1;
        }
      }
      if (sh.loopDepth === 0) {
        await sh.diag(`${name}: only meaningful in a \`for', \`while', or \`until' loop`);
        return 0;
      }
      n = Math.min(n, sh.loopDepth);
      throw name === 'break' ? new BreakSignal(n) : new ContinueSignal(n);
    },
  };
}
