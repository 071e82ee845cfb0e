import type { ServiceManager } from '../../../services/manager.ts';
import { ADMIN_DIR, VENDOR_DIR } from '../../../services/unit-files.ts';
import { enablement, findUnit, unitName } from '../../../services/unit-store.ts';
import type { AppletContext } from '../types.ts';
import type { SystemctlOpts } from './systemctl-opts.ts';

/** list-unit-files: unit files on disk (vendor and admin directories), their state and preset. */
export async function listUnitFiles(ctx: AppletContext, m: ServiceManager, o: SystemctlOpts): Promise<number> {
  const vfs = m.vfs();
  const names = new Set<string>();
  for (const dir of [VENDOR_DIR, ADMIN_DIR]) {
    let entries: string[] = [];
    try {
      entries = vfs.readdir(dir);
    } catch {
      continue;
    }
    for (const e of entries) if (/\.(service|socket|timer|target)$/.test(e)) names.add(e);
  }
  const types = o.types.map((t) => t.replace(/^\./, ''));
  const rows: [string, string, string][] = [];
  for (const name of [...names].sort()) {
    if (types.length && !types.includes(name.slice(name.lastIndexOf('.') + 1))) continue;
    const found = findUnit(vfs, name);
    if (!found) continue;
    if (found.name !== name) {
      rows.push([name, 'alias', '-']);
      continue;
    }
    const u = m.unit(name)!;
    rows.push([name, enablement(vfs, name, u.config.wantedBy, u.config.aliases), 'enabled']);
  }
  const w0 = Math.max('UNIT FILE'.length, ...rows.map((r) => r[0].length));
  const w1 = Math.max('STATE'.length, ...rows.map((r) => r[1].length));
  const line = (r: [string, string, string]) => `${r[0].padEnd(w0)} ${r[1].padEnd(w1)} ${r[2]}\n`;
  let out = o.noLegend ? '' : line(['UNIT FILE', 'STATE', 'VENDOR PRESET']);
  out += rows.map(line).join('');
  if (!o.noLegend) out += `\n${rows.length} unit files listed.\n`;
  await ctx.stdout.write(out);
  return 0;
}

const SHOW_ORDER = ['Restart', 'Result', 'NRestarts', 'ExecMainPID', 'MainPID', 'Id', 'Triggers', 'TriggeredBy', 'Description', 'LoadState', 'ActiveState', 'SubState', 'FragmentPath', 'UnitFileState'];

/** show -p PROP[,PROP]: `Name=value` lines (or values alone with --value) of the properties the model has. */
export async function show(ctx: AppletContext, m: ServiceManager, o: SystemctlOpts): Promise<number> {
  if (o.properties.length === 0) {
    await ctx.stderr.write('systemctl show without --property is not built in the lab yet (try: systemctl show -p ActiveState,SubState docker)\n');
    return 1;
  }
  for (const arg of o.args.length ? o.args : []) {
    const name = unitName(arg);
    const u = m.unit(name);
    const vfs = m.vfs();
    const props: Record<string, string> = u
      ? {
          Id: u.name, Description: u.config.description, LoadState: 'loaded', ActiveState: u.active, SubState: u.sub, Result: u.result,
          MainPID: String(u.proc?.alive ? u.proc.id : 0), ExecMainPID: String(u.proc?.id ?? u.lastExit?.pid ?? 0),
          FragmentPath: u.source.fragment, UnitFileState: enablement(vfs, u.name, u.config.wantedBy, u.config.aliases),
          NRestarts: String(u.restartCount), Restart: u.config.restart, Triggers: u.kind === 'socket' ? u.name.replace(/\.socket$/, '.service') : '',
          TriggeredBy: [...m.units.values()].filter((s) => s.kind === 'socket' && s.name.replace(/\.socket$/, '.service') === u.name).map((s) => s.name).join(' '),
        }
      : { Id: name, LoadState: 'not-found', ActiveState: 'inactive', SubState: 'dead', UnitFileState: '', MainPID: '0' };
    let out = '';
    // systemd prints properties in its own order (Service interface, then Unit), not as asked.
    for (const p of SHOW_ORDER.filter((x) => o.properties.includes(x))) {
      if (!Object.hasOwn(props, p)) continue;
      out += o.value ? `${props[p]}\n` : `${p}=${props[p]}\n`;
    }
    await ctx.stdout.write(out);
  }
  return 0;
}
