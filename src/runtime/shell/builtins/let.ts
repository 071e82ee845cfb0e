import { ArithError, evaluateArithmetic } from '../interpreter/arith.ts';
import { arithEnv } from '../interpreter/substitute.ts';
import type { Builtin } from './types.ts';

const letBuiltin: Builtin = {
  async run(sh, argv) {
    if (argv.length < 2) {
      await sh.diag('let: expression expected');
      return 1;
    }
    let last = 0n;
    for (const expr of argv.slice(1)) {
      try {
        last = await evaluateArithmetic(expr, arithEnv(sh));
      } catch (e) {
        if (e instanceof ArithError) {
          await sh.diag(`let: ${e.message}`);
          return 1;
        }
        throw e;
      }
    }
    return last !== 0n ? 0 : 1;
  },
};
export default letBuiltin;
