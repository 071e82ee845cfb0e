import { loadBuiltin } from './registry.ts';
import type { Builtin } from './types.ts';

const builtin: Builtin = {
  async run(sh, argv) {
    const name = argv[1];
    if (name === undefined) return 0;
    const b = await loadBuiltin(name);
    if (!b) {
      await sh.diag(`builtin: ${name}: not a shell builtin`);
      return 1;
    }
    return b.run(sh, argv.slice(1));
  },
};
export default builtin;
