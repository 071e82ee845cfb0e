import type { Builtin } from './types.ts';

/** getopts optstring name [args]: OPTIND/OPTARG, silent mode with a leading ':'. */
const getopts: Builtin = {
  async run(sh, argv) {
    const spec = argv[1];
    const name = argv[2];
    if (spec === undefined || name === undefined) {
      await sh.err('getopts: usage: getopts optstring name [arg ...]\n');
      return 2;
    }
    const args = argv.length > 3 ? argv.slice(3) : sh.positional;
    const silent = spec.startsWith(':');
    // OPTERR=0 only silences the messages; the results stay those of the normal mode.
    const quiet = sh.vars.get('OPTERR') === '0';
    let optind = Number(sh.vars.get('OPTIND') ?? '1') || 1;
    let pos = sh.getoptsPos;
    const arg = args[optind - 1];
    if (arg === undefined || !arg.startsWith('-') || arg === '-' ) {
      sh.vars.set(name, '?');
      return 1;
    }
    if (arg === '--') {
      sh.vars.set('OPTIND', String(optind + 1));
      sh.vars.set(name, '?');
      return 1;
    }
    if (pos < 1) pos = 1;
    const c = arg[pos]!;
    const advance = () => {
      if (pos + 1 >= arg.length) {
        optind++;
        pos = 1;
      } else pos++;
    };
    const idx = spec.indexOf(c);
    if (idx < 0 || c === ':') {
      if (silent) {
        sh.vars.set('OPTARG', c);
      } else {
        if (!quiet) await sh.err(`${sh.arg0}: illegal option -- ${c}\n`);
        sh.vars.unset('OPTARG');
      }
      sh.vars.set(name, '?');
      advance();
    } else if (spec[idx + 1] === ':') {
      if (pos + 1 < arg.length) {
        sh.vars.set('OPTARG', arg.slice(pos + 1));
        optind++;
        pos = 1;
      } else if (args[optind] !== undefined) {
        sh.vars.set('OPTARG', args[optind]!);
        optind += 2;
        pos = 1;
      } else {
        if (silent) {
          sh.vars.set(name, ':');
          sh.vars.set('OPTARG', c);
        } else {
          if (!quiet) await sh.err(`${sh.arg0}: option requires an argument -- ${c}\n`);
          sh.vars.unset('OPTARG');
          sh.vars.set(name, '?');
        }
        optind++;
        pos = 1;
        sh.vars.set('OPTIND', String(optind));
        sh.getoptsPos = pos;
        return 0;
      }
      sh.vars.set(name, c);
    } else {
      sh.vars.set(name, c);
      sh.vars.unset('OPTARG');
      advance();
    }
    sh.vars.set('OPTIND', String(optind));
    sh.getoptsPos = pos;
    return 0;
  },
};
export default getopts;
