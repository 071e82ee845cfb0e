import { changeDir } from './cd.ts';
import { stackLine } from './dirstack.ts';
import type { Builtin } from './types.ts';

const pushd: Builtin = {
  async run(sh, argv) {
    const dir = argv[1];
    const here = sh.vars.get('PWD') ?? sh.cwd;
    if (dir === undefined) {
      const top = sh.dirStack[0];
      if (top === undefined) {
        await sh.diag('pushd: no other directory');
        return 1;
      }
      if ((await changeDir(sh, 'pushd', top, false)) !== 0) return 1;
      sh.dirStack[0] = here;
    } else {
      if ((await changeDir(sh, 'pushd', dir, false)) !== 0) return 1;
      sh.dirStack.unshift(here);
    }
    await sh.out(`${stackLine(sh)}\n`);
    return 0;
  },
};
export default pushd;
