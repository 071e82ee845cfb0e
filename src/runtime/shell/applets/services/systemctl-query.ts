import type { ServiceManager } from '../../../services/manager.ts';
import { enablement, unitName } from '../../../services/unit-store.ts';
import type { AppletContext } from '../types.ts';
import type { SystemctlOpts } from './systemctl-opts.ts';
import { renderStatus } from './systemctl-status.ts';
import { bytes, glyphs } from './systemd-text.ts';

/** status [UNIT...]: 0 when all are active, 3 when one is not, 4 when one is unknown. */
export async function status(ctx: AppletContext, m: ServiceManager, o: SystemctlOpts): Promise<number> {
  if (o.args.length === 0) {
    await ctx.stderr.write('systemctl status without a unit is not built in the lab yet: name a unit (systemctl status docker)\n');
    return 1;
  }
  const g = glyphs(ctx);
  let code = 0;
  const blocks: string[] = [];
  const warnings: string[] = [];
  for (const name of o.args.map(unitName)) {
    const u = m.unit(name);
    if (!u) {
      await ctx.stderr.write(`Unit ${name} could not be found.\n`);
      code = 4;
      continue;
    }
    blocks.push(bytes(renderStatus(ctx, m, u, g, o.lines)));
    if (m.needsReload(u)) warnings.push(`Warning: The unit file, source configuration file or drop-ins of ${u.name} changed on disk. Run 'systemctl daemon-reload' to reload units.\n`);
    if (u.active !== 'active' && code === 0) code = 3;
  }
  await ctx.stdout.write(blocks.join('\n'));
  for (const w of warnings) await ctx.stderr.write(w);
  return code;
}

/** is-active / is-failed / is-enabled: one word per unit, the exit status answers. */
export async function isState(ctx: AppletContext, m: ServiceManager, verb: 'is-active' | 'is-failed' | 'is-enabled', o: SystemctlOpts): Promise<number> {
  if (o.args.length === 0) {
    await ctx.stderr.write('Too few arguments.\n');
    return 1;
  }
  let hit = false;
  for (const name of o.args.map(unitName)) {
    const u = m.unit(name);
    if (verb === 'is-enabled') {
      if (!u) {
        await ctx.stderr.write(`Failed to get unit file state for ${name}: No such file or directory\n`);
        return 1;
      }
      const state = enablement(m.vfs(), u.name, u.config.wantedBy, u.config.aliases);
      if (!o.quiet) await ctx.stdout.write(`${state}\n`);
      if (state !== 'disabled') hit = true;
      continue;
    }
    const state = u ? u.active : 'inactive';
    if (!o.quiet) await ctx.stdout.write(`${state}\n`);
    if (verb === 'is-active' ? state === 'active' : state === 'failed') hit = true;
  }
  if (verb === 'is-enabled') return hit ? 0 : 1;
  return hit ? 0 : verb === 'is-active' ? 3 : 1;
}

/** list-units: loaded units, active or failed ones unless --all, in name order. */
export async function listUnits(ctx: AppletContext, m: ServiceManager, o: SystemctlOpts): Promise<number> {
  const g = glyphs(ctx);
  const types = o.types.map((t) => t.replace(/^\./, ''));
  const rows = [...m.units.values()]
    .filter((u) => types.length === 0 || types.includes(u.kind))
    .filter((u) => o.all || u.active !== 'inactive')
    .filter((u) => o.states.length === 0 || o.states.includes(u.active) || o.states.includes(u.sub))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const w = (k: (u: (typeof rows)[0]) => string, head: string) => Math.max(head.length, ...rows.map((u) => k(u).length));
  const wn = w((u) => u.name, 'UNIT');
  const wa = w((u) => u.active, 'ACTIVE');
  const ws = w((u) => u.sub, 'SUB');
  const line = (mark: string, n: string, load: string, a: string, s: string, d: string) => `${mark} ${n.padEnd(wn)} ${load.padEnd(6)} ${a.padEnd(wa)} ${s.padEnd(ws)} ${d}`.trimEnd();
  let out = '';
  if (!o.noLegend) out += `${line(' ', 'UNIT', 'LOAD', 'ACTIVE', 'SUB', 'DESCRIPTION')}\n`;
  for (const u of rows) out += `${line(u.active === 'failed' ? g.active : ' ', u.name, 'loaded', u.active, u.sub, u.config.description)}\n`;
  if (!o.noLegend) {
    out += '\nLOAD   = Reflects whether the unit definition was properly loaded.\nACTIVE = The high-level unit activation state, i.e. generalization of SUB.\nSUB    = The low-level unit activation state, values depend on unit type.\n';
    out += o.all
      ? `${rows.length} loaded units listed.\nTo show all installed unit files use 'systemctl list-unit-files'.\n`
      : `${rows.length} loaded units listed. Pass --all to see loaded but inactive units, too.\nTo show all installed unit files use 'systemctl list-unit-files'.\n`;
  }
  await ctx.stdout.write(bytes(out));
  return 0;
}

/** cat: each unit's fragment and drop-ins with a `# path` header, a blank line between files. */
export async function cat(ctx: AppletContext, m: ServiceManager, o: SystemctlOpts): Promise<number> {
  if (o.args.length === 0) {
    await ctx.stderr.write('Too few arguments.\n');
    return 1;
  }
  const parts: string[] = [];
  let code = 0;
  for (const name of o.args.map(unitName)) {
    const u = m.unit(name);
    if (!u) {
      await ctx.stderr.write(`No files found for ${name}.\n`);
      code = 1;
      continue;
    }
    const vfs = m.vfs();
    for (const path of [u.source.fragment, ...u.source.dropIns]) {
      let text = '';
      try {
        text = vfs.readFile(path);
      } catch {
        continue;
      }
      parts.push(`# ${path}\n${text}${text.endsWith('\n') || text === '' ? '' : '\n'}`);
    }
  }
  await ctx.stdout.write(parts.join('\n'));
  return code;
}
