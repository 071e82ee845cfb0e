import type { Builtin } from './types.ts';

const shift: Builtin = {
  special: true,
  async run(sh, argv) {
    const arg = argv[1] ?? '1';
    if (/^-\d+$/.test(arg)) {
      await sh.diag(`shift: ${arg}: shift count out of range`);
      return 1;
    }
    if (!/^\d+$/.test(arg)) {
      await sh.diag(`shift: ${arg}: numeric argument required`);
      return 1;
    }
    const n = Number(arg);
    if (n > sh.positional.length) return 1;
    sh.positional = sh.positional.slice(n);
    return 0;
  },
};
export default shift;
