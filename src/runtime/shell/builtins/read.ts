import { readChunk, unread } from '../interpreter/io.ts';
import type { Builtin } from './types.ts';

/** read [-r] [-a arr] [-d delim] [-n N] [-N N] [-p prompt] [-s] [-t secs] [-u fd] [name...] */
const read: Builtin = {
  async run(sh, argv) {
    let raw = false;
    let arrayName: string | undefined;
    let delim = '\n';
    let count: number | undefined;
    let exact = false;
    let prompt: string | undefined;
    let fd = 0;
    let timeout: string | undefined;
    let i = 1;
    for (; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === '--') {
        i++;
        break;
      }
      if (!a.startsWith('-') || a === '-') break;
      // Options cluster like getopts: `-ra name`, `-d:` or `-d :`.
      for (let j = 1; j < a.length; j++) {
        const opt = a[j]!;
        const val = (): string => {
          const rest = a.slice(j + 1);
          j = a.length;
          return rest !== '' ? rest : (argv[++i] ?? '');
        };
        if ('adnNptiu'.includes(opt) && j === a.length - 1 && i + 1 >= argv.length) {
          await sh.diag(`read: -${opt}: option requires an argument`);
          await sh.err('read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n');
          return 2;
        }
        if (opt === 'r') raw = true;
        else if (opt === 's' || opt === 'e') continue;
        else if (opt === 'a') arrayName = val();
        else if (opt === 'd') delim = val().slice(0, 1) || '\0';
        else if (opt === 'n' || opt === 'N') {
          count = Number(val());
          exact = opt === 'N';
        } else if (opt === 'p') prompt = val();
        else if (opt === 't') timeout = val();
        else if (opt === 'i') val();
        else if (opt === 'u') fd = Number(val());
        else {
          await sh.diag(`read: -${opt}: invalid option`);
          await sh.err('read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n');
          return 2;
        }
      }
    }
    const names = argv.slice(i);
    for (const n of [...names, ...(arrayName !== undefined ? [arrayName] : [])]) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(n)) {
        await sh.diag(`read: \`${n}': not a valid identifier`);
        return 1;
      }
    }
    const file = sh.fds.get(fd);
    if (!file?.input) {
      await sh.diag(`read: ${fd}: invalid file descriptor: Bad file descriptor`);
      return 1;
    }
    // -t 0 only asks whether input is ready; in the model a readable descriptor always is.
    if (timeout !== undefined && Number(timeout) === 0) return 0;
    if (prompt !== undefined && file.input.tty) await sh.err(prompt);
    let text = '';
    let eof = false;
    let got = 0;
    outer: for (;;) {
      const chunk = await readChunk(sh.proc, file);
      if (chunk === null) {
        eof = true;
        break;
      }
      for (let k = 0; k < chunk.length; k++) {
        const c = chunk[k]!;
        if (!exact && c === delim) {
          if (!raw && text.endsWith('\\') && !text.endsWith('\\\\')) {
            text = text.slice(0, -1);
            continue;
          }
          unread(file, chunk.slice(k + 1));
          break outer;
        }
        text += c;
        got++;
        if (count !== undefined && got >= count) {
          unread(file, chunk.slice(k + 1));
          break outer;
        }
      }
    }
    if (!raw) text = text.replace(/\\(.)/gs, '$1');
    assign(sh, names, arrayName, text, exact);
    return eof ? 1 : 0;
  },
};
export default read;

function assign(sh: Parameters<Builtin['run']>[0], names: string[], arrayName: string | undefined, text: string, exact: boolean): void {
  const ifs = sh.vars.get('IFS') ?? ' \t\n';
  if (arrayName !== undefined) {
    sh.vars.setArray(arrayName, splitIfs(text, ifs, Infinity));
    return;
  }
  if (names.length === 0) {
    sh.vars.set('REPLY', exact ? text : text);
    return;
  }
  const parts = splitIfs(text, ifs, names.length);
  names.forEach((n, k) => sh.vars.set(n, parts[k] ?? ''));
}

/** Splits for `read`: the last name takes the rest of the line (trailing IFS whitespace trimmed). */
export function splitIfs(text: string, ifs: string, max: number): string[] {
  const isWs = (c: string) => ' \t\n'.includes(c) && ifs.includes(c);
  const isSep = (c: string) => ifs.includes(c);
  const n = text.length;
  let i = 0;
  while (i < n && isWs(text[i]!)) i++;
  const out: string[] = [];
  while (out.length < max - 1 && i < n) {
    let j = i;
    while (j < n && !isSep(text[j]!)) j++;
    out.push(text.slice(i, j));
    i = j;
    while (i < n && isWs(text[i]!)) i++;
    if (i < n && isSep(text[i]!) && !isWs(text[i]!)) {
      i++;
      while (i < n && isWs(text[i]!)) i++;
    }
  }
  if (i < n) {
    let e = n;
    while (e > i && isWs(text[e - 1]!)) e--;
    out.push(text.slice(i, e));
  }
  return out;
}
