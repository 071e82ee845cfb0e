import type { Applet } from '../types.ts';
import { trueFalseInfo } from './true-false-info.ts';

/** Even its --help and --version end with status 1. */
const f: Applet = {
  async run(ctx) {
    await trueFalseInfo(ctx, 'false');
    return 1;
  },
};
export default f;
