import type { Builtin } from './types.ts';
import { declareNames, parseDeclareFlags } from './declare-core.ts';

const local: Builtin = {
  async run(sh, argv) {
    if (sh.funcNames.length === 0) {
      await sh.diag('local: can only be used in a function');
      return 1;
    }
    const { flags, rest, bad } = parseDeclareFlags(argv.slice(1));
    if (bad) {
      await sh.diag(`local: ${bad}: invalid option`);
      return 2;
    }
    return declareNames(sh, 'local', flags, rest, true);
  },
};
export default local;
