import type { Builtin } from './types.ts';

function symbolic(mask: number): string {
  const perm = (shift: number) => {
    const bits = ~(mask >> shift) & 7;
    return `${bits & 4 ? 'r' : ''}${bits & 2 ? 'w' : ''}${bits & 1 ? 'x' : ''}`;
  };
  return `u=${perm(6)},g=${perm(3)},o=${perm(0)}`;
}

const umask: Builtin = {
  async run(sh, argv) {
    const args = argv.slice(1);
    const sym = args[0] === '-S';
    const rest = args.filter((a) => a !== '-S' && a !== '-p');
    if (rest.length === 0) {
      const m = sh.proc.umask;
      await sh.out(sym ? `${symbolic(m)}\n` : `${argv.includes('-p') ? 'umask ' : ''}${m.toString(8).padStart(4, '0')}\n`);
      return 0;
    }
    const v = rest[0]!;
    if (!/^[0-7]{1,4}$/.test(v)) {
      await sh.diag(`umask: ${v}: octal number out of range`);
      return 1;
    }
    sh.proc.umask = parseInt(v, 8) & 0o777;
    return 0;
  },
};
export default umask;
