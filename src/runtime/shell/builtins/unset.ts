import type { Builtin } from './types.ts';
import { ReadonlyError } from '../interpreter/vars.ts';

const unset: Builtin = {
  special: true,
  async run(sh, argv) {
    let mode: 'v' | 'f' | 'both' = 'both';
    let own = false;
    let args = argv.slice(1);
    if (args[0] && /^-./.test(args[0]) && !/^-[vfn]+$/.test(args[0]) && args[0] !== '--') {
      await sh.diag(`unset: ${args[0].slice(0, 2)}: invalid option`);
      await sh.err('unset: usage: unset [-f] [-v] [-n] [name ...]\n');
      return 2;
    }
    if (args[0] === '--') args = args.slice(1);
    while (args[0] && /^-[vfn]+$/.test(args[0])) {
      mode = args[0].includes('f') ? 'f' : 'v';
      if (args[0].includes('n')) own = true;
      args = args.slice(1);
    }
    let status = 0;
    for (const name of args) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/.exec(name);
      if (m && mode !== 'f') {
        const v = sh.vars.lookup(m[1]!);
        if (v && v.kind !== 'scalar') (v.value as Map<string | number, string>).delete(v.kind === 'indexed' ? Number(m[2]) : m[2]!);
        continue;
      }
      // bash ignores names that cannot be variables when none of them is set.
      if (mode !== 'f' && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
      try {
        if (mode === 'f') sh.functions.delete(name);
        else if (mode === 'v' || sh.vars.lookupOwn(name)) sh.vars.unset(name, own);
        else sh.functions.delete(name);
      } catch (e) {
        if (!(e instanceof ReadonlyError)) throw e;
        await sh.diag(`unset: ${name}: cannot unset: readonly variable`);
        status = 1;
      }
    }
    return status;
  },
};
export default unset;
