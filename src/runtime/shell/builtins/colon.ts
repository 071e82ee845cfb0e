import type { Builtin } from './types.ts';

const colon: Builtin = { special: true, run: async () => 0 };
export default colon;
