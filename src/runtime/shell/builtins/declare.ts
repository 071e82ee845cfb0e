import type { Builtin } from './types.ts';
import { shellFunctionText } from '../interpreter/function-text.ts';
import { declareNames, parseDeclareFlags, printVars } from './declare-core.ts';

const declare: Builtin = {
  async run(sh, argv) {
    const name = argv[0]!;
    const { flags, rest, bad } = parseDeclareFlags(argv.slice(1));
    if (bad) {
      await sh.diag(`${name}: ${bad}: invalid option`);
      await sh.err(`${name}: usage: ${name} [-aAfFgiIlnrtux] [name[=value] ...] or ${name} -p [-aAfFilnrtux] [name ...]\n`);
      return 2;
    }
    if (flags.functions || flags.functionNames) {
      // Named functions print in argument order; a missing one only makes the status 1.
      let status = 0;
      for (const f of rest.length ? rest : [...sh.functions.keys()].sort()) {
        const text = shellFunctionText(sh, f);
        if (text === undefined) status = 1;
        else if (!flags.functionNames) await sh.out(`${text}\n`);
        else await sh.out(rest.length ? `${f}\n` : `declare -f ${f}\n`);
      }
      return status;
    }
    if (flags.print || rest.length === 0) {
      const wanted = [...flags.set];
      return printVars(sh, rest.length ? rest : null, (v) => wanted.every((f) => (f === 'x' ? v.exported : f === 'r' ? v.readonly : f === 'i' ? v.integer : f === 'a' ? v.kind === 'indexed' : f === 'A' ? v.kind === 'assoc' : true)));
    }
    const local = sh.funcNames.length > 0 && !flags.global;
    return declareNames(sh, name, flags, rest, local);
  },
};
export default declare;
