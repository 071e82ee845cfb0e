import type { Builtin } from './types.ts';

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

const alias: Builtin = {
  async run(sh, argv) {
    const args = argv.slice(1).filter((a) => a !== '-p');
    if (args[0] === '--') args.shift();
    else if (args[0]?.startsWith('-') && args[0].length > 1) {
      await sh.diag(`alias: ${args[0].slice(0, 2)}: invalid option`);
      await sh.err('alias: usage: alias [-p] [name[=value] ... ]\n');
      return 2;
    }
    if (args.length === 0) {
      for (const [k, v] of [...sh.aliases].sort((a, b) => (a[0] < b[0] ? -1 : 1))) await sh.out(`alias ${k}=${q(v)}\n`);
      return 0;
    }
    let status = 0;
    for (const a of args) {
      const eq = a.indexOf('=');
      if (eq > 0 && /[\s/$`'"\\|&;()<>]/.test(a.slice(0, eq))) {
        await sh.diag(`alias: \`${a.slice(0, eq)}': invalid alias name`);
        status = 1;
      } else if (eq > 0) sh.aliases.set(a.slice(0, eq), a.slice(eq + 1));
      else if (sh.aliases.has(a)) await sh.out(`alias ${a}=${q(sh.aliases.get(a)!)}\n`);
      else {
        await sh.diag(`alias: ${a}: not found`);
        status = 1;
      }
    }
    return status;
  },
};
export default alias;
