import type { Applet } from '../types.ts';

const f: Applet = { run: async () => 1 };
export default f;
