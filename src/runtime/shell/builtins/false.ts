import type { Builtin } from './types.ts';

const falseBuiltin: Builtin = { run: async () => 1 };
export default falseBuiltin;
