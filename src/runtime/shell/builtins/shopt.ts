import type { Builtin } from './types.ts';

export const SHOPT_NAMES = ['autocd', 'assoc_expand_once', 'cdable_vars', 'cdspell', 'checkhash', 'checkjobs', 'checkwinsize', 'cmdhist', 'compat31', 'compat32', 'compat40', 'compat41', 'compat42', 'compat43', 'compat44', 'complete_fullquote', 'direxpand', 'dirspell', 'dotglob', 'execfail', 'expand_aliases', 'extdebug', 'extglob', 'extquote', 'failglob', 'force_fignore', 'globasciiranges', 'globskipdots', 'globstar', 'gnu_errfmt', 'histappend', 'histreedit', 'histverify', 'hostcomplete', 'huponexit', 'inherit_errexit', 'interactive_comments', 'lastpipe', 'lithist', 'localvar_inherit', 'localvar_unset', 'login_shell', 'mailwarn', 'no_empty_cmd_completion', 'nocaseglob', 'nocasematch', 'noexpand_translation', 'nullglob', 'patsub_replacement', 'progcomp', 'progcomp_alias', 'promptvars', 'restricted_shell', 'shift_verbose', 'sourcepath', 'varredir_close', 'xpg_echo'];

const shopt: Builtin = {
  async run(sh, argv) {
    let mode = '';
    let i = 1;
    for (; i < argv.length && argv[i]!.startsWith('-'); i++) mode += argv[i]!.slice(1);
    const names = argv.slice(i);
    for (const n of names) {
      if (!SHOPT_NAMES.includes(n)) {
        await sh.diag(`shopt: ${n}: invalid shell option name`);
        return 1;
      }
    }
    if (mode.includes('s') || mode.includes('u')) {
      for (const n of names) {
        if (mode.includes('s')) sh.shopts.add(n);
        else sh.shopts.delete(n);
      }
      return 0;
    }
    const list = names.length ? names : SHOPT_NAMES;
    let status = 0;
    for (const n of list) {
      const on = sh.shopts.has(n);
      if (!on) status = 1;
      if (mode.includes('q')) continue;
      await sh.out(mode.includes('p') ? `shopt ${on ? '-s' : '-u'} ${n}\n` : `${n.padEnd(15)}\t${on ? 'on' : 'off'}\n`);
    }
    return names.length ? status : 0;
  },
};
export default shopt;
