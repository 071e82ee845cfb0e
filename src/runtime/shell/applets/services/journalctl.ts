import { hostOf } from '../../../daemon/host-link.ts';
import { servicesOf } from '../../../services/boot.ts';
import { catalogText, formatEntry, longTime, type JournalEntry } from '../../../services/journal.ts';
import { unitName } from '../../../services/unit-store.ts';
import type { Applet, AppletContext } from '../types.ts';
import { bytes } from './systemd-text.ts';

interface JournalOpts {
  units: string[];
  lines: number | null;
  catalog: boolean;
  reverse: boolean;
  quiet: boolean;
}

class Usage extends Error {}

const LONG_BOOL = new Set(['no-pager', 'catalog', 'pager-end', 'reverse', 'quiet', 'boot', 'no-hostname', 'system', 'full', 'all']);

function parse(argv: string[]): JournalOpts {
  const o: JournalOpts = { units: [], lines: null, catalog: false, reverse: false, quiet: false };
  const setLines = (v: string) => {
    if (!/^\+?\d+$/.test(v)) throw new Usage(`Failed to parse lines '${v}'`);
    o.lines = Number(v.replace('+', ''));
  };
  const bool = (name: string) => {
    if (name === 'catalog' || name === 'x') o.catalog = true;
    if ((name === 'pager-end' || name === 'e') && o.lines === null) o.lines = 1000;
    if (name === 'reverse' || name === 'r') o.reverse = true;
    if (name === 'quiet' || name === 'q') o.quiet = true;
    if (name === 'follow' || name === 'f') throw new Usage('journalctl: --follow is not built in the lab yet');
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const value = () => {
        const v = eq < 0 ? argv[++i] : a.slice(eq + 1);
        if (v === undefined) throw new Usage(`journalctl: option '--${name}' requires an argument`);
        return v;
      };
      if (name === 'unit') o.units.push(value());
      else if (name === 'lines') setLines(value());
      else if (name === 'follow') bool(name);
      else if (LONG_BOOL.has(name) && eq < 0) bool(name);
      else throw new Usage(`journalctl: unrecognized option '${a}'`);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (c === 'u' || c === 'n') {
          const v = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
          if (v === undefined) throw new Usage(`journalctl: option requires an argument -- '${c}'`);
          if (c === 'u') o.units.push(v);
          else setLines(v);
          break;
        }
        if (!'xerqbfal'.includes(c)) throw new Usage(`journalctl: invalid option -- '${c}'`);
        bool(c);
      }
      continue;
    }
    throw new Usage(`journalctl: matches such as '${a}' are not built in the lab yet (use -u UNIT)`);
  }
  return o;
}

/** Whether the caller may read the system journal (root, adm, systemd-journal). */
function mayReadAll(ctx: AppletContext): boolean {
  const c = ctx.proc.creds;
  return c.uid === 0 || c.gid === 4 || c.groups.includes(4) || c.groups.includes(101);
}

function render(e: JournalEntry, catalog: boolean): string {
  let s = `${formatEntry(e)}\n`;
  if (catalog && e.catalog) s += catalogText(e.catalog).map((l) => `\u2591\u2591 ${l}\n`).join('');
  return s;
}

/** journalctl (systemd 249): the host's journal, filtered by unit, short output format. */
const journalctl: Applet = {
  async run(ctx) {
    let o: JournalOpts;
    try {
      o = parse(ctx.argv.slice(1));
    } catch (e) {
      if (!(e instanceof Usage)) throw e;
      await ctx.stderr.write(`${e.message}\n`);
      return 1;
    }
    const m = servicesOf(hostOf(ctx.kernel));
    if (!m || ctx.proc.ns.pid !== hostOf(ctx.kernel).rootNs.pid) {
      await ctx.stderr.write('No journal files were found.\n-- No entries --\n');
      return 0;
    }
    const all = m.journal.entries;
    if (!mayReadAll(ctx)) {
      if (!o.quiet) await ctx.stderr.write("Hint: You are currently not seeing messages from other users and the system.\n      Users in groups 'adm', 'systemd-journal' can see all messages.\n      Pass -q to turn off this notice.\n");
      await ctx.stdout.write('-- No entries --\n');
      return 0;
    }
    const names = new Set(o.units.map((u) => m.unit(u)?.name ?? unitName(u)));
    let entries = names.size ? m.journal.forUnits(names) : all;
    if (o.lines !== null) entries = o.lines === 0 ? [] : entries.slice(-o.lines);
    if (o.reverse) entries = [...entries].reverse();
    let out = '';
    if (!o.quiet && all.length) out += `-- Journal begins at ${longTime(all[0]!.time)}, ends at ${longTime(all.at(-1)!.time)}. --\n`;
    out += entries.length ? entries.map((e) => render(e, o.catalog)).join('') : '-- No entries --\n';
    await ctx.stdout.write(bytes(out));
    return 0;
  },
};

export default journalctl;
