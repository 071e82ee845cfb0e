import { changeDir } from './cd.ts';
import { fullStack, isStackIndex, stackIndex, stackLine } from './dirstack.ts';
import type { Builtin } from './types.ts';

/** pushd [-n] [+N | -N | dir]: +N rotates the stack so that entry N comes to the top. */
const pushd: Builtin = {
  async run(sh, argv) {
    const noCd = argv.includes('-n');
    const args = argv.slice(1).filter((a) => a !== '-n');
    if (args.length > 1) {
      await sh.diag('pushd: too many arguments');
      return 1;
    }
    const arg = args[0];
    if (arg !== undefined && arg.startsWith('-') && arg !== '-' && !isStackIndex(arg)) {
      await sh.diag(`pushd: ${arg}: invalid number`);
      await sh.err('pushd: usage: pushd [-n] [+N | -N | dir]\n');
      return 2;
    }
    const stack = fullStack(sh);
    if (arg === undefined || isStackIndex(arg)) {
      if (stack.length === 1) {
        await sh.diag('pushd: no other directory');
        return 1;
      }
      let next: string[];
      if (arg === undefined) next = [stack[1]!, stack[0]!, ...stack.slice(2)];
      else {
        const i = stackIndex(arg, stack.length);
        if (i === null) {
          await sh.diag(`pushd: ${arg}: directory stack index out of range`);
          return 1;
        }
        next = [...stack.slice(i), ...stack.slice(0, i)];
      }
      // With -n the rotation would not move the shell: the model leaves the stack as it is.
      if (!noCd) {
        if ((await changeDir(sh, 'pushd', next[0]!, false)) !== 0) return 1;
        sh.dirStack = next.slice(1);
      }
    } else if (noCd) {
      sh.dirStack.unshift(arg);
    } else {
      if ((await changeDir(sh, 'pushd', arg, false)) !== 0) return 1;
      sh.dirStack.unshift(stack[0]!);
    }
    await sh.out(`${stackLine(sh)}\n`);
    return 0;
  },
};
export default pushd;
