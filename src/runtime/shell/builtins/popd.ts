import { changeDir } from './cd.ts';
import { stackLine } from './dirstack.ts';
import type { Builtin } from './types.ts';

const popd: Builtin = {
  async run(sh) {
    const top = sh.dirStack[0];
    if (top === undefined) {
      await sh.diag('popd: directory stack empty');
      return 1;
    }
    if ((await changeDir(sh, 'popd', top, false)) !== 0) return 1;
    sh.dirStack.shift();
    await sh.out(`${stackLine(sh)}\n`);
    return 0;
  },
};
export default popd;
