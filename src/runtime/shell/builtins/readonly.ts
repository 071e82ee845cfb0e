import type { Builtin } from './types.ts';
import { declareNames, parseDeclareFlags, printVars } from './declare-core.ts';

const readonly: Builtin = {
  special: true,
  async run(sh, argv) {
    const { flags, rest } = parseDeclareFlags(argv.slice(1));
    if (rest.length === 0) return printVars(sh, null, (v) => v.readonly);
    flags.set.add('r');
    return declareNames(sh, 'readonly', flags, rest, false);
  },
};
export default readonly;
