import type { Builtin } from './types.ts';
import { declareNames, parseDeclareFlags, printVars } from './declare-core.ts';

const exportBuiltin: Builtin = {
  special: true,
  async run(sh, argv) {
    const { flags, rest, bad } = parseDeclareFlags(argv.slice(1));
    if (bad && bad !== '-n') {
      await sh.diag(`export: ${bad}: invalid option`);
      await sh.err('export: usage: export [-fn] [name[=value] ...] or export -p\n');
      return 2;
    }
    const unexport = argv.includes('-n');
    if (rest.length === 0) return printVars(sh, null, (v) => v.exported);
    flags.set.clear();
    if (unexport) flags.unset.add('x');
    else flags.set.add('x');
    return declareNames(sh, 'export', flags, rest, false);
  },
};
export default exportBuiltin;
