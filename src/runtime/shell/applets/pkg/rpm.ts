import type { Applet } from '../types.ts';
import { nevra, readRpm } from './rpm-db.ts';

/** rpm queries (-qa, -q, -ql, -qi, -qf) over the lab's rpm database. */
const rpm: Applet = {
  async run(ctx) {
    const args = ctx.argv.slice(1);
    const flags = args.filter((a) => a.startsWith('-')).join('').replace(/-/g, '');
    const names = args.filter((a) => !a.startsWith('-'));
    if (args.includes('--version')) {
      await ctx.stdout.write('RPM version 4.11.3\n');
      return 0;
    }
    if (!flags.includes('q')) {
      await ctx.stderr.write(flags ? `rpm: only installation, upgrading, rmsource and rmspec may be forced\n` : 'rpm: no arguments given\n');
      return 1;
    }
    const db = readRpm(ctx);
    let out = '';
    let status = 0;
    if (flags.includes('a')) {
      for (const p of db.values()) out += `${nevra(p)}\n`;
      await ctx.stdout.write(out);
      return 0;
    }
    if (names.length === 0) {
      await ctx.stderr.write('rpm: no arguments given for query\n');
      return 1;
    }
    for (const n of names) {
      if (flags.includes('f')) {
        const owner = [...db.values()].find((p) => p.files.includes(n));
        out += owner ? `${nevra(owner)}\n` : `file ${n} is not owned by any package\n`;
        if (!owner) status = 1;
        continue;
      }
      const p = db.get(n);
      if (!p) {
        out += `package ${n} is not installed\n`;
        status = 1;
        continue;
      }
      if (flags.includes('l')) out += p.files.map((f) => `${f}\n`).join('') + `/usr/share/doc/${p.name}-${p.version.split('-')[0]}\n`;
      else if (flags.includes('i')) {
        const [version, release] = [p.version.slice(0, p.version.lastIndexOf('-')), p.version.slice(p.version.lastIndexOf('-') + 1)];
        out += `Name        : ${p.name}\nVersion     : ${version}\nRelease     : ${release}\nArchitecture: ${p.arch}\nSize        : ${p.isize * 1024}\nSummary     : ${p.desc}\n`;
      } else out += `${nevra(p)}\n`;
    }
    await ctx.stdout.write(out);
    return status;
  },
};
export default rpm;
