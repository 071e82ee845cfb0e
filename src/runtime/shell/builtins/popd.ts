import { changeDir } from './cd.ts';
import { fullStack, isStackIndex, stackIndex, stackLine } from './dirstack.ts';
import type { Builtin } from './types.ts';

/** popd [-n] [+N | -N]: removes entry N (default the top, moving to the next directory). */
const popd: Builtin = {
  async run(sh, argv) {
    const noCd = argv.includes('-n');
    const args = argv.slice(1).filter((a) => a !== '-n');
    const arg = args[0];
    if (arg !== undefined && !isStackIndex(arg)) {
      await sh.diag(`popd: ${arg}: invalid ${arg.startsWith('-') ? 'number' : 'argument'}`);
      await sh.err('popd: usage: popd [-n] [+N | -N]\n');
      return 2;
    }
    const stack = fullStack(sh);
    if (stack.length === 1) {
      await sh.diag('popd: directory stack empty');
      return 1;
    }
    let i = noCd ? 1 : 0;
    if (arg !== undefined) {
      const found = stackIndex(arg, stack.length);
      if (found === null) {
        await sh.diag(`popd: ${arg}: directory stack index out of range`);
        return 1;
      }
      i = found;
    }
    if (i === 0 && !noCd) {
      if ((await changeDir(sh, 'popd', stack[1]!, false)) !== 0) return 1;
      sh.dirStack = stack.slice(2);
    } else {
      sh.dirStack = stack.filter((_d, k) => k !== i).slice(1);
    }
    await sh.out(`${stackLine(sh)}\n`);
    return 0;
  },
};
export default popd;
