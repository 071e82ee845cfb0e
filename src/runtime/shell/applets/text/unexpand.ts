import type { Applet } from '../types.ts';
import { tabTool } from './expand.ts';

/** unexpand [-a] [--first-only] [-t LIST] [FILE...] */
const unexpand: Applet = { run: (ctx) => tabTool(ctx, true) };
export default unexpand;
