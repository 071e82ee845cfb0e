import { readAll } from '../interpreter/io.ts';
import { runSource } from '../interpreter/exec.ts';
import { quoteForReuse } from '../interpreter/quote.ts';
import type { Builtin } from './types.ts';

const WITH_VALUE = 'dnOsuCc';

/** mapfile/readarray [-t] [-d delim] [-n count] [-O origin] [-s skip] [-u fd] [-C callback -c quantum] [array] */
const mapfile: Builtin = {
  async run(sh, argv) {
    const cmd = argv[0]!;
    const opts = new Map<string, string>();
    let trim = false;
    let i = 1;
    for (; i < argv.length && argv[i]!.startsWith('-') && argv[i] !== '-'; i++) {
      const a = argv[i]!;
      if (a === '--') {
        i++;
        break;
      }
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (c === 't') trim = true;
        else if (WITH_VALUE.includes(c)) {
          opts.set(c, j + 1 < a.length ? a.slice(j + 1) : (argv[++i] ?? ''));
          break;
        } else {
          await sh.diag(`${cmd}: -${c}: invalid option`);
          await sh.err(`${cmd}: usage: ${cmd} [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]\n`);
          return 2;
        }
      }
    }
    const num = async (opt: string, what: string): Promise<number | null> => {
      const v = opts.get(opt);
      if (v === undefined) return 0;
      if (/^\d+$/.test(v)) return Number(v);
      await sh.diag(`${cmd}: ${v}: ${what}`);
      return null;
    };
    const count = await num('n', 'invalid line count');
    const skip = await num('s', 'invalid line count');
    const origin = await num('O', 'invalid array origin');
    const quantum = opts.has('c') ? await num('c', 'invalid callback quantum') : 5000;
    const fd = await num('u', 'invalid file descriptor specification');
    if (count === null || skip === null || origin === null || quantum === null || fd === null) return 1;
    const name = argv[i] ?? 'MAPFILE';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      await sh.diag(`${cmd}: \`${name}': not a valid identifier`);
      return 1;
    }
    const f = sh.fds.get(fd);
    if (!f?.input) {
      await sh.diag(`${cmd}: ${fd}: invalid file descriptor: Bad file descriptor`);
      return 1;
    }
    const delim = opts.has('d') ? opts.get('d')!.slice(0, 1) || '\0' : '\n';
    const text = await readAll(sh.proc, f);
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
    // Without -O the array starts empty; with it, elements below the origin stay.
    const existing = opts.has('O') ? sh.vars.lookup(name) : undefined;
    const arr = existing && existing.kind === 'indexed' ? existing : sh.vars.setArray(name, []);
    const m = arr.value as Map<number, string>;
    const callback = opts.get('C');
    for (let k = 0; k < sel.length; k++) {
      if (callback !== undefined && (k + 1) % quantum === 0) {
        await runSource(sh, `${callback} ${origin + k} ${quoteForReuse(sel[k]!)}`);
      }
      m.set(origin + k, sel[k]!);
    }
    arr.unsetValue = false;
    return 0;
  },
};
export default mapfile;
