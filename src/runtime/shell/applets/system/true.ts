import type { Applet } from '../types.ts';

const t: Applet = { run: async () => 0 };
export default t;
