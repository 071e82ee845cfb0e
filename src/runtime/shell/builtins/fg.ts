import type { Builtin } from './types.ts';

/** Without job control (no terminal process groups in this shell), bash reports exactly this. */
const fg: Builtin = {
  async run(sh, argv) {
    await sh.diag(`${argv[0]}: no job control`);
    return 1;
  },
};
export default fg;
