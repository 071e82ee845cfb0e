import type { Builtin } from './types.ts';
import { declareNames, parseDeclareFlags, printVars } from './declare-core.ts';

const readonly: Builtin = {
  special: true,
  async run(sh, argv) {
    const { flags, rest } = parseDeclareFlags(argv.slice(1));
    if (flags.functions) {
      // Function attributes are not tracked; only unknown names are reported.
      let status = 0;
      for (const f of rest) {
        if (sh.functions.has(f)) continue;
        await sh.diag(`readonly: ${f}: not a function`);
        status = 1;
      }
      return status;
    }
    if (rest.length === 0) return printVars(sh, null, (v) => v.readonly);
    flags.set.add('r');
    return declareNames(sh, 'readonly', flags, rest, false);
  },
};
export default readonly;
