import type { Shell } from '../interpreter/shell.ts';
import { LONG_NAMES } from './set.ts';
import type { Builtin } from './types.ts';

export const SHOPT_NAMES = ['autocd', 'assoc_expand_once', 'cdable_vars', 'cdspell', 'checkhash', 'checkjobs', 'checkwinsize', 'cmdhist', 'compat31', 'compat32', 'compat40', 'compat41', 'compat42', 'compat43', 'compat44', 'complete_fullquote', 'direxpand', 'dirspell', 'dotglob', 'execfail', 'expand_aliases', 'extdebug', 'extglob', 'extquote', 'failglob', 'force_fignore', 'globasciiranges', 'globskipdots', 'globstar', 'gnu_errfmt', 'histappend', 'histreedit', 'histverify', 'hostcomplete', 'huponexit', 'inherit_errexit', 'interactive_comments', 'lastpipe', 'lithist', 'localvar_inherit', 'localvar_unset', 'login_shell', 'mailwarn', 'no_empty_cmd_completion', 'nocaseglob', 'nocasematch', 'noexpand_translation', 'nullglob', 'patsub_replacement', 'progcomp', 'progcomp_alias', 'promptvars', 'restricted_shell', 'shift_verbose', 'sourcepath', 'varredir_close', 'xpg_echo'];

/** shopt's two option sets: its own, and with -o the `set -o` ones. */
interface OptionSet {
  names: readonly string[];
  get(name: string): boolean;
  put(name: string, on: boolean): void;
  /** How -p prints one option. */
  reuse(name: string, on: boolean): string;
  bad: string;
}

function optionSet(sh: Shell, setOptions: boolean): OptionSet {
  if (setOptions) {
    const opts = sh.opts as unknown as Record<string, boolean>;
    return {
      names: LONG_NAMES,
      get: (n) => opts[n] === true || n === 'interactive-comments',
      put: (n, on) => {
        if (n in opts) opts[n] = on;
      },
      reuse: (n, on) => `set ${on ? '-' : '+'}o ${n}`,
      bad: 'invalid option name',
    };
  }
  return {
    names: SHOPT_NAMES,
    get: (n) => sh.shopts.has(n),
    put: (n, on) => void (on ? sh.shopts.add(n) : sh.shopts.delete(n)),
    reuse: (n, on) => `shopt ${on ? '-s' : '-u'} ${n}`,
    bad: 'invalid shell option name',
  };
}

const shopt: Builtin = {
  async run(sh, argv) {
    let mode = '';
    let i = 1;
    for (; i < argv.length && /^-[a-z]*$/.test(argv[i]!) && argv[i] !== '-'; i++) {
      if (argv[i] === '--') {
        i++;
        break;
      }
      for (const c of argv[i]!.slice(1)) {
        if (!'pqsuo'.includes(c)) {
          await sh.diag(`shopt: -${c}: invalid option`);
          await sh.err('shopt: usage: shopt [-pqsu] [-o] [optname ...]\n');
          return 2;
        }
        mode += c;
      }
    }
    const set = mode.includes('s');
    const unset = mode.includes('u');
    if (set && unset) {
      await sh.diag('shopt: cannot set and unset shell options simultaneously');
      return 1;
    }
    const o = optionSet(sh, mode.includes('o'));
    const names = argv.slice(i);
    let status = 0;
    const valid: string[] = [];
    for (const n of names) {
      if (o.names.includes(n)) valid.push(n);
      else {
        await sh.diag(`shopt: ${n}: ${o.bad}`);
        status = 1;
      }
    }
    if ((set || unset) && names.length > 0) {
      for (const n of valid) o.put(n, set);
      return status;
    }
    // Without names, -s and -u list the options that are on (or off).
    const list = names.length ? valid : o.names.filter((n) => !(set || unset) || o.get(n) === set);
    for (const n of list) {
      const on = o.get(n);
      if (!on && names.length) status = 1;
      if (mode.includes('q')) continue;
      await sh.out(mode.includes('p') ? `${o.reuse(n, on)}\n` : `${n.padEnd(15)}\t${on ? 'on' : 'off'}\n`);
    }
    return status;
  },
};
export default shopt;
