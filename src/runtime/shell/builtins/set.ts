import { OPTION_LETTERS, type ShellOptions } from '../interpreter/shell.ts';
import { shellFunctionText } from '../interpreter/function-text.ts';
import { quoteIfNeeded } from '../interpreter/quote.ts';
import type { Builtin } from './types.ts';
import { declareLine } from './declare-print.ts';

export const LONG_NAMES: (keyof ShellOptions | string)[] = [
  'allexport', 'braceexpand', 'emacs', 'errexit', 'errtrace', 'functrace', 'hashall', 'histexpand', 'history',
  'ignoreeof', 'interactive-comments', 'keyword', 'monitor', 'noclobber', 'noexec', 'noglob', 'nolog', 'notify',
  'nounset', 'onecmd', 'physical', 'pipefail', 'posix', 'privileged', 'verbose', 'vi', 'xtrace',
];

const set: Builtin = {
  special: true,
  async run(sh, argv) {
    const args = argv.slice(1);
    if (args.length === 0) {
      for (const name of sh.vars.names()) {
        const v = sh.vars.lookup(name)!;
        if (v.unsetValue) continue;
        if (v.kind === 'scalar') await sh.out(`${name}=${quoteIfNeeded(v.value as string)}\n`);
        else await sh.out(`${declareLine(name, v).replace(/^declare -\S+ /, '')}\n`);
      }
      for (const f of [...sh.functions.keys()].sort()) await sh.out(`${shellFunctionText(sh, f) ?? ''}\n`);
      return 0;
    }
    const opts = sh.opts as unknown as Record<string, boolean>;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--' || a === '-') {
        sh.positional = args.slice(i + 1);
        if (a === '-') {
          sh.opts.xtrace = false;
          sh.opts.verbose = false;
        }
        return 0;
      }
      if (a === '-o' || a === '+o') {
        const name = args[i + 1];
        if (name === undefined) {
          for (const n of LONG_NAMES) {
            const on = opts[n] === true || (n === 'interactive-comments');
            await sh.out(a === '-o' ? `${n.padEnd(15)}\t${on ? 'on' : 'off'}\n` : `set ${on ? '-' : '+'}o ${n}\n`);
          }
          return 0;
        }
        if (!LONG_NAMES.includes(name)) {
          await sh.diag(`set: ${name}: invalid option name`);
          return 2;
        }
        if (name in opts) opts[name] = a === '-o';
        i++;
        continue;
      }
      if (/^[-+][A-Za-z]+$/.test(a)) {
        for (const c of a.slice(1)) {
          if (c === 'o') {
            // `set -euo pipefail`: the o takes the next word as an option name.
            const long = args[++i];
            if (long === undefined || !LONG_NAMES.includes(long)) {
              await sh.diag(`set: ${long ?? ''}: invalid option name`);
              return long === undefined ? 0 : 2;
            }
            if (long in opts) opts[long] = a[0] === '-';
            continue;
          }
          const name = OPTION_LETTERS[c];
          if (!name) {
            await sh.diag(`set: ${a[0]}${c}: invalid option`);
            await sh.err('set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n');
            return 2;
          }
          opts[name] = a[0] === '-';
        }
        continue;
      }
      sh.positional = args.slice(i);
      return 0;
    }
    return 0;
  },
};
export default set;
