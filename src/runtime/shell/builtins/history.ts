import type { Builtin } from './types.ts';

const history: Builtin = {
  async run(sh) {
    const lines = sh.history;
    for (let i = 0; i < lines.length; i++) await sh.out(`${String(i + 1).padStart(5)}  ${lines[i]}\n`);
    return 0;
  },
};
export default history;
