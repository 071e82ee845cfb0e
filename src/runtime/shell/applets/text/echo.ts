import { expandEscapes } from '../../format/escapes.ts';
import type { Applet } from '../types.ts';

/** /bin/echo (coreutils): like bash's builtin; --help/--version only when alone. */
const echo: Applet = {
  async run(ctx) {
    const argv = ctx.argv;
    let i = 1;
    let newline = true;
    let escapes = ctx.flavor === 'busybox' ? false : false;
    for (; i < argv.length; i++) {
      const a = argv[i]!;
      if (!/^-[neE]+$/.test(a)) break;
      for (const c of a.slice(1)) {
        if (c === 'n') newline = false;
        else if (c === 'e') escapes = true;
        else escapes = false;
      }
    }
    let text = argv.slice(i).join(' ');
    if (escapes) {
      const r = expandEscapes(text, 'echo');
      text = r.text;
      if (r.stop) newline = false;
    }
    await ctx.stdout.write(newline ? `${text}\n` : text);
    return 0;
  },
};
export default echo;
