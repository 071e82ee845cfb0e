import { runSource } from '../interpreter/exec.ts';
import type { Builtin } from './types.ts';

const evalBuiltin: Builtin = {
  special: true,
  async run(sh, argv) {
    const text = argv.slice(1).join(' ');
    if (text.trim() === '') return 0;
    const line = sh.lineno;
    try {
      return await runSource(sh, text);
    } finally {
      sh.lineno = line;
    }
  },
};
export default evalBuiltin;
