import { stackLine } from './dirstack.ts';
import type { Builtin } from './types.ts';

const dirs: Builtin = {
  async run(sh, argv) {
    if (argv.includes('-c')) {
      sh.dirStack = [];
      return 0;
    }
    await sh.out(`${stackLine(sh)}\n`);
    return 0;
  },
};
export default dirs;
