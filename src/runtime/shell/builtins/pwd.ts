import type { Builtin } from './types.ts';

const pwd: Builtin = {
  async run(sh, argv) {
    const physical = argv.includes('-P');
    const bad = argv.slice(1).find((a) => a.startsWith('-') && a !== '-P' && a !== '-L');
    if (bad) {
      await sh.diag(`pwd: ${bad.slice(0, 2)}: invalid option`);
      await sh.err('pwd: usage: pwd [-LP]\n');
      return 2;
    }
    const logical = sh.vars.get('PWD');
    await sh.out(`${physical || !logical ? sh.vfs.realpath(sh.cwd) : logical}\n`);
    return 0;
  },
};
export default pwd;
