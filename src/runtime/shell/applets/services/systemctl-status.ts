import type { ServiceManager } from '../../../services/manager.ts';
import type { UnitRuntime } from '../../../services/unit-state.ts';
import { behaviourOf } from '../../../services/behaviours.ts';
import { formatEntry, longTime } from '../../../services/journal.ts';
import { enablement } from '../../../services/unit-store.ts';
import type { AppletContext } from '../types.ts';
import { formatBytes, formatCpu, type Glyphs, relative } from './systemd-text.ts';

export function stateGlyph(u: UnitRuntime | undefined, g: Glyphs): string {
  if (!u) return g.inactive;
  if (u.active === 'failed') return g.failed;
  return u.active === 'inactive' ? g.inactive : g.active;
}

/** The `Active:` value: `active (running) since ...; 5min ago`, `failed (Result: exit-code) since ...`. */
function activeLine(m: ServiceManager, u: UnitRuntime): string {
  const result = u.result !== 'success' && (u.active === 'failed' || u.sub === 'auto-restart') ? ` (Result: ${u.result})` : '';
  const neverRan = u.active === 'inactive' && u.lastExit === null && u.cpuMs === 0 && u.starts.length === 0;
  const since = neverRan ? '' : ` since ${longTime(u.since)}; ${relative(m.now(), u.since)}`;
  const sub = u.sub === u.active ? '' : ` (${u.sub})`;
  return `${u.active}${sub}${result}${since}`;
}

/** Tasks limit systemd gives services without TasksMax= (15% of the kernel's threads-max). */
function tasksLimit(ctx: AppletContext): number {
  const threadsMax = Math.floor(ctx.host.memTotalKb / 4 / 32);
  return Math.floor(Math.min(4194304, threadsMax) * 0.15);
}

/** `systemctl status UNIT`: the header block, then the unit's last `lines` journal lines. */
export function renderStatus(ctx: AppletContext, m: ServiceManager, u: UnitRuntime, g: Glyphs, lines: number): string {
  const out: string[] = [];
  const row = (label: string, value: string) => out.push(`${label.padStart(11)}: ${value}`);
  out.push(`${stateGlyph(u, g)} ${u.name}${u.config.description ? ` - ${u.config.description}` : ''}`);
  const state = enablement(m.vfs(), u.name, u.config.wantedBy, u.config.aliases);
  row('Loaded', `loaded (${u.source.fragment}; ${state}; vendor preset: enabled)`);
  if (u.source.dropIns.length) {
    const dirs = [...new Set(u.source.dropIns.map((p) => p.slice(0, p.lastIndexOf('/'))))];
    dirs.forEach((dir, i) => {
      const files = u.source.dropIns.filter((p) => p.startsWith(`${dir}/`)).map((p) => p.slice(dir.length + 1));
      out.push(`${i === 0 ? '    Drop-In: ' : '             '}${dir}`);
      out.push(`             ${g.treeLast}${files.join(', ')}`);
    });
  }
  row('Active', activeLine(m, u));
  if (u.kind === 'service') {
    const triggers = [...m.units.values()].filter((s) => s.kind === 'socket' && s.name.replace(/\.socket$/, '.service') === u.name);
    if (triggers.length) row('TriggeredBy', triggers.map((s) => `${stateGlyph(s, g)} ${s.name}`).join('\n             '));
  } else {
    const svc = m.units.get(u.name.replace(/\.socket$/, '.service'));
    row('Triggers', `${stateGlyph(svc, g)} ${u.name.replace(/\.socket$/, '.service')}`);
  }
  if (u.config.documentation.length) row('Docs', u.config.documentation.join('\n             '));
  if (u.kind === 'socket') for (const l of u.config.listenStream) row('Listen', `${l} (Stream)`);
  const running = u.proc !== null && u.proc.alive;
  for (const p of u.preRuns) row('Process', `${p.pid} ExecStartPre=${p.command} (${p.text})`);
  if (!running && u.lastExit) {
    row('Process', `${u.lastExit.pid} ExecStart=${u.lastExit.command} (${u.lastExit.text})`);
    row('Main PID', `${u.lastExit.pid} (${u.lastExit.text})`);
  }
  if (running) row('Main PID', `${u.proc!.id} (${u.proc!.comm})`);
  const b = behaviourOf(u.name);
  const live = u.active === 'active' || u.active === 'deactivating';
  if (live) {
    const tasks = running ? (b?.tasks ?? 1) : 0;
    const unlimited = /TasksMax=infinity/.test(u.source.texts.join('\n'));
    row('Tasks', unlimited ? `${tasks}` : `${tasks} (limit: ${tasksLimit(ctx)})`);
    // Memory and CPU are accounted for the modelled daemons only.
    if (b) row('Memory', formatBytes(running ? b.memoryBytes : 0));
  }
  if (u.cpuMs > 0) row('CPU', formatCpu(u.cpuMs));
  if (live) {
    row('CGroup', `/system.slice/${u.name}`);
    if (running) out.push(`             ${g.treeLast}${u.proc!.id} ${u.proc!.argv.join(' ')}`);
  }
  let text = `${out.join('\n')}\n`;
  if (lines > 0) {
    const entries = m.journal.forUnits(new Set([u.name])).slice(-lines);
    text += `\n${entries.map((e) => `${formatEntry(e)}\n`).join('')}`;
  }
  return text;
}
