import type { Applet } from '../types.ts';
import { trueFalseInfo } from './true-false-info.ts';

const t: Applet = {
  async run(ctx) {
    await trueFalseInfo(ctx, 'true');
    return 0;
  },
};
export default t;
