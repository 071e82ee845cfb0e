import { FsError } from '../../kernel/fs/errors.ts';
import type { Builtin } from './types.ts';
import { BrokenPipe } from '../../kernel/stream.ts';
import { SIGNALS } from '../../kernel/proc/signals.ts';
import { expandEscapes } from '../format/escapes.ts';

/** bash's echo: -n, -e, -E (combinable), the first non-option word ends option parsing. */
const echo: Builtin = {
  async run(sh, argv) {
    let i = 1;
    let newline = true;
    // dash's echo knows only -n and always interprets backslash escapes.
    let escapes = sh.dialect === 'dash';
    for (; i < argv.length; i++) {
      const a = argv[i]!;
      if (sh.dialect === 'dash' ? a !== '-n' : !/^-[neE]+$/.test(a)) break;
      for (const c of a.slice(1)) {
        if (c === 'n') newline = false;
        else if (c === 'e') escapes = true;
        else escapes = false;
      }
    }
    let text = argv.slice(i).join(' ');
    if (escapes) {
      const r = expandEscapes(text, 'echo', sh.utf8Locale());
      text = r.text;
      if (r.stop) newline = false;
    }
    try {
      await sh.out(newline ? `${text}\n` : text);
    } catch (e) {
      const broken = e instanceof BrokenPipe;
      // SIGPIPE kills the shell quietly unless it is ignored; then the write fails with EPIPE.
      if (broken && sh.proc.dispositions.get(SIGNALS.PIPE!) !== 'ignore') throw e;
      await sh.diag(`echo: write error: ${broken ? 'Broken pipe' : e instanceof FsError ? e.text : 'Bad file descriptor'}`);
      return 1;
    }
    return 0;
  },
};
export default echo;
