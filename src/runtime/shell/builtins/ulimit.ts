import type { Builtin } from './types.ts';
import { ashUlimit } from './ulimit-ash.ts';
import { bashUlimit } from './ulimit-bash.ts';
import { dashUlimit } from './ulimit-dash.ts';

/** getrlimit/setrlimit on the shell's own process; each shell parses and words it its own way. */
const ulimit: Builtin = {
  run(sh, argv) {
    if (sh.dialect === 'ash') return ashUlimit(sh, argv);
    if (sh.dialect === 'dash') return dashUlimit(sh, argv);
    return bashUlimit(sh, argv);
  },
};
export default ulimit;
