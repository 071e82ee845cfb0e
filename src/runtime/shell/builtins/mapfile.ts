import { readAll } from '../interpreter/io.ts';
import type { Builtin } from './types.ts';

/** mapfile/readarray [-t] [-n count] [-s skip] [-d delim] [array] */
const mapfile: Builtin = {
  async run(sh, argv) {
    let trim = false;
    let delim = '\n';
    let count = 0;
    let skip = 0;
    let i = 1;
    for (; i < argv.length && argv[i]!.startsWith('-'); i++) {
      const a = argv[i]!;
      if (a === '-t') trim = true;
      else if (a === '-d') delim = argv[++i]?.slice(0, 1) || '\0';
      else if (a === '-n') count = Number(argv[++i]);
      else if (a === '-s') skip = Number(argv[++i]);
    }
    const name = argv[i] ?? 'MAPFILE';
    const f = sh.fds.get(0);
    const text = f?.input ? await readAll(sh.proc, f) : '';
    const lines: string[] = [];
    let start = 0;
    while (start < text.length) {
      const e = text.indexOf(delim, start);
      const end = e < 0 ? text.length : e + 1;
      let line = text.slice(start, end);
      if (trim && line.endsWith(delim)) line = line.slice(0, -1);
      lines.push(line);
      start = end;
    }
    const sel = lines.slice(skip, count ? skip + count : undefined);
    sh.vars.setArray(name, sel);
    return 0;
  },
};
export default mapfile;
