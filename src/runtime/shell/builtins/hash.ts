import { findInPath } from '../interpreter/external.ts';
import type { Builtin } from './types.ts';

const hash: Builtin = {
  async run(sh, argv) {
    const args = argv.slice(1);
    if (args[0] === '-r') {
      sh.hashTable.clear();
      return 0;
    }
    if (args.length === 0) {
      if (sh.hashTable.size === 0) {
        await sh.err(`${sh.interactive ? '' : ''}hash: hash table empty\n`);
        return 0;
      }
      await sh.out('hits\tcommand\n');
      for (const p of sh.hashTable.values()) await sh.out(`   1\t${p}\n`);
      return 0;
    }
    let status = 0;
    for (const n of args) {
      const f = findInPath(sh, n);
      if (f.kind === 'missing') {
        await sh.diag(`hash: ${n}: not found`);
        status = 1;
      }
    }
    return status;
  },
};
export default hash;
