import type { Builtin } from './types.ts';

function symbolic(mask: number): string {
  const perm = (shift: number) => {
    const bits = ~(mask >> shift) & 7;
    return `${bits & 4 ? 'r' : ''}${bits & 2 ? 'w' : ''}${bits & 1 ? 'x' : ''}`;
  };
  return `u=${perm(6)},g=${perm(3)},o=${perm(0)}`;
}

/**
 * `u=rwx,g+w,o-r`: applied to the permissions the mask allows (its complement). Without a
 * who letter the clause means all three classes (unlike chmod, the umask does not filter it).
 * Returns the new mask or the offending character.
 */
function applySymbolic(mask: number, spec: string): number | string {
  let allowed = ~mask & 0o777;
  for (const clause of spec.split(',')) {
    let i = 0;
    let who = 0;
    for (; i < clause.length && 'ugoa'.includes(clause[i]!); i++) who |= { u: 0o700, g: 0o070, o: 0o007, a: 0o777 }[clause[i] as 'u']!;
    if (who === 0) who = 0o777;
    if (i >= clause.length) return clause[i - 1] ?? '';
    while (i < clause.length) {
      const op = clause[i]!;
      if (!'+-='.includes(op)) return op;
      i++;
      let bits = 0;
      for (; i < clause.length && !'+-='.includes(clause[i]!); i++) {
        const c = clause[i]!;
        if (c === 'r') bits |= 0o444;
        else if (c === 'w') bits |= 0o222;
        else if (c === 'x') bits |= 0o111;
        else return c;
      }
      bits &= who;
      if (op === '+') allowed |= bits;
      else if (op === '-') allowed &= ~bits;
      else allowed = (allowed & ~who) | bits;
    }
  }
  return ~allowed & 0o777;
}

const umask: Builtin = {
  async run(sh, argv) {
    let sym = false;
    let reuse = false;
    let i = 1;
    for (; i < argv.length && argv[i]!.startsWith('-') && argv[i]!.length > 1; i++) {
      if (argv[i] === '--') {
        i++;
        break;
      }
      for (const c of argv[i]!.slice(1)) {
        if (c === 'S') sym = true;
        else if (c === 'p') reuse = true;
        else {
          await sh.diag(`umask: -${c}: invalid option`);
          await sh.err('umask: usage: umask [-p] [-S] [mode]\n');
          return 2;
        }
      }
    }
    const v = argv[i];
    if (v !== undefined) {
      if (/^[0-9]/.test(v)) {
        if (!/^[0-7]+$/.test(v) || parseInt(v, 8) > 0o7777) {
          await sh.diag(`umask: ${v}: octal number out of range`);
          return 1;
        }
        sh.proc.umask = parseInt(v, 8) & 0o777;
      } else {
        const r = applySymbolic(sh.proc.umask, v);
        if (typeof r === 'string') {
          await sh.diag(`umask: \`${r}': invalid symbolic mode character`);
          return 1;
        }
        sh.proc.umask = r;
      }
      // A new mask is echoed only when -S asks for the symbolic form.
      if (!sym) return 0;
    }
    const m = sh.proc.umask;
    const text = sym ? symbolic(m) : m.toString(8).padStart(4, '0');
    await sh.out(`${reuse ? `umask ${sym ? '-S ' : ''}` : ''}${text}\n`);
    return 0;
  },
};
export default umask;
