import type { Builtin } from './types.ts';

const unalias: Builtin = {
  async run(sh, argv) {
    if (argv[1] === '-a') {
      sh.aliases.clear();
      return 0;
    }
    if (argv.length < 2) {
      await sh.err('unalias: usage: unalias [-a] name [name ...]\n');
      return 2;
    }
    let status = 0;
    for (const a of argv.slice(1)) {
      if (!sh.aliases.delete(a)) {
        await sh.diag(`unalias: ${a}: not found`);
        status = 1;
      }
    }
    return status;
  },
};
export default unalias;
