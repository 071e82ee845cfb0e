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
      // Listing all of them marks exported ones with a `declare -fx NAME` line; -x keeps only those.
      let status = 0;
      const all = rest.length === 0;
      const names = all ? [...sh.functions.keys()].sort().filter((f) => !flags.set.has('x') || sh.exportedFunctions.has(f)) : rest;
      for (const f of names) {
        const text = shellFunctionText(sh, f);
        const attrs = `-f${sh.exportedFunctions.has(f) ? 'x' : ''}`;
        if (text === undefined) {
          if (flags.print) await sh.diag(`${name}: ${f}: not found`);
          status = 1;
        }
        else if (!flags.functionNames) await sh.out(`${text}\n${all && attrs !== '-f' ? `declare ${attrs} ${f}\n` : ''}`);
        else await sh.out(all ? `declare ${attrs} ${f}\n` : `${f}\n`);
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
