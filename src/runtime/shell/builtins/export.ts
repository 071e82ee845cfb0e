import type { Builtin } from './types.ts';
import type { Shell } from '../interpreter/shell.ts';
import { shellFunctionText } from '../interpreter/function-text.ts';
import { declareNames, parseDeclareFlags, printVars } from './declare-core.ts';

/** export -f NAME: the function travels to child bash processes as BASH_FUNC_NAME%%. */
async function exportFunctions(sh: Shell, names: string[], unexport: boolean): Promise<number> {
  if (names.length === 0) {
    for (const f of [...sh.exportedFunctions].sort()) {
      const text = shellFunctionText(sh, f);
      if (text !== undefined) await sh.out(`${text}\ndeclare -fx ${f}\n`);
    }
    return 0;
  }
  let status = 0;
  for (const f of names) {
    if (!sh.functions.has(f)) {
      await sh.diag(`export: ${f}: not a function`);
      status = 1;
    } else if (unexport) sh.exportedFunctions.delete(f);
    else sh.exportedFunctions.add(f);
  }
  return status;
}

const exportBuiltin: Builtin = {
  special: true,
  async run(sh, argv) {
    const { flags, rest, bad } = parseDeclareFlags(argv.slice(1));
    if (bad && bad !== '-n') {
      await sh.diag(`export: ${bad}: invalid option`);
      await sh.err('export: usage: export [-fn] [name[=value] ...] or export -p\n');
      return 2;
    }
    const unexport = argv.slice(1).some((a) => /^-[a-z]*n/.test(a));
    if (flags.functions) return exportFunctions(sh, rest, unexport);
    if (rest.length === 0) return printVars(sh, null, (v) => v.exported);
    flags.set.clear();
    if (unexport) flags.unset.add('x');
    else flags.set.add('x');
    return declareNames(sh, 'export', flags, rest, false);
  },
};
export default exportBuiltin;
