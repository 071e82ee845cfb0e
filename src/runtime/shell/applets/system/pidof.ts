import type { Applet, AppletContext } from '../types.ts';
import { type ProcRow, buildRows } from './proc-table.ts';
import { BB_BANNER } from './procps-usage.ts';

const base = (s: string) => s.split('/').pop() ?? s;

/** sysvinit pidof: a name matches argv[0] (its basename unless NAME has a slash) or the task name. */
function matches(r: ProcRow, name: string, scripts: boolean): boolean {
  if (r.state === 'Z') return false;
  const argv0 = r.cmdline[0] ?? '';
  if (name.includes('/')) return argv0 === name || r.proc.exe === name || (scripts && r.cmdline[1] === name);
  if (base(argv0) === name || r.comm === name.slice(0, 15)) return true;
  return scripts && r.cmdline.length > 1 && base(r.cmdline[1]!) === name;
}

const pidof: Applet = {
  async run(ctx) {
    const args = ctx.argv.slice(1);
    const names: string[] = [];
    const omit = new Set<number>();
    const flags = new Set<string>();
    let sep = ' ';
    const rows = buildRows(ctx);
    const me = rows.find((r) => r.proc === ctx.proc);
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--') {
        names.push(...args.slice(i + 1));
        break;
      }
      if (!a.startsWith('-') || a === '-') {
        names.push(a);
        continue;
      }
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (ctx.flavor === 'busybox' || !'scnxqzdo'.includes(c)) return bad(ctx, c);
        if (c === 'd' || c === 'o') {
          const v = a.slice(j + 1) || args[++i];
          if (v === undefined) return 1;
          if (c === 'd') sep = v;
          else for (const item of v.split(',')) omit.add(item === '%PPID' ? (me?.ppid ?? 0) : Number(item));
          break;
        }
        flags.add(c);
      }
    }
    const found: number[] = [];
    for (const name of names) {
      const hits = rows.filter((r) => r.proc !== ctx.proc && !omit.has(r.pid) && matches(r, name, flags.has('x')) && !found.includes(r.pid));
      found.push(...hits.map((r) => r.pid).reverse());
    }
    const shown = flags.has('s') ? found.slice(0, 1) : found;
    if (shown.length && !flags.has('q')) await ctx.stdout.write(`${shown.join(sep)}\n`);
    return shown.length ? 0 : 1;
  },
};

async function bad(ctx: AppletContext, c: string): Promise<number> {
  if (ctx.flavor === 'busybox') await ctx.stderr.write(`pidof: invalid option -- '${c}'\n${BB_BANNER}\nUsage: pidof [NAME]...\n\nList PIDs of all processes with names that match NAMEs\n`);
  return 1;
}

export default pidof;
