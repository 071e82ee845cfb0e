import { fullStack, isStackIndex, showDir, stackIndex } from './dirstack.ts';
import type { Builtin } from './types.ts';

/** dirs [-clpv] [+N] [-N]: each option is its own word (bash does not cluster them). */
const dirs: Builtin = {
  async run(sh, argv) {
    let long = false;
    let lines = false;
    let numbered = false;
    let index: string | undefined;
    for (const a of argv.slice(1)) {
      if (a === '-c') sh.dirStack = [];
      else if (a === '-l') long = true;
      else if (a === '-p') lines = true;
      else if (a === '-v') numbered = lines = true;
      else if (isStackIndex(a)) index = a;
      else {
        await sh.diag(`dirs: ${a}: invalid number`);
        await sh.err('dirs: usage: dirs [-clpv] [+N] [-N]\n');
        return 2;
      }
    }
    if (argv.includes('-c')) return 0;
    const stack = fullStack(sh);
    if (index !== undefined) {
      if (stack.length === 1) {
        await sh.diag('dirs: directory stack empty');
        return 1;
      }
      const i = stackIndex(index, stack.length);
      if (i === null) {
        await sh.diag(`dirs: ${index.slice(1)}: directory stack index out of range`);
        return 1;
      }
      await sh.out(`${showDir(sh, stack[i]!, long)}\n`);
      return 0;
    }
    const shown = stack.map((d) => showDir(sh, d, long));
    if (numbered) await sh.out(shown.map((d, i) => `${String(i).padStart(2)}  ${d}\n`).join(''));
    else await sh.out(lines ? shown.map((d) => `${d}\n`).join('') : `${shown.join(' ')}\n`);
    return 0;
  },
};
export default dirs;
