import type { Builtin } from './types.ts';
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
      for (const f of [...sh.functions.keys()].sort()) {
        if (rest.length && !rest.includes(f)) continue;
        await sh.out(flags.functionNames ? `declare -f ${f}\n` : `${sh.functionSources.get(f) ?? ''}\n`);
      }
      return 0;
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
