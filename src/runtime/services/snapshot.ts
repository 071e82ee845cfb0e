import type { Host } from '../host.ts';
import { servicesOf } from './boot.ts';
import type { DaemonSettings } from './daemon-json.ts';
import { dockerdSettings, setDockerdSettings } from './docker-settings.ts';
import type { JournalEntry } from './journal.ts';
import { modulesOf, type KernelModule } from './modules.ts';
import type { ExitRecord, UnitRuntime } from './unit-state.ts';

/** What a saved host keeps of its services between two `lab exec` runs (JSON-safe). */
export interface SavedServices {
  version: 1;
  units: { name: string; active: UnitRuntime['active']; sub: string; result: string; since: number; lastExit: ExitRecord | null; cpuMs: number }[];
  journal: JournalEntry[];
  settings: DaemonSettings;
  modules: KernelModule[];
}

export function saveServices(host: Host): SavedServices | null {
  const m = servicesOf(host);
  if (!m) return null;
  return {
    version: 1,
    units: [...m.units.values()].map((u) => ({ name: u.name, active: u.active, sub: u.sub, result: u.result, since: u.since, lastExit: u.lastExit, cpuMs: u.cpuMs })),
    journal: m.journal.entries.map((e) => ({ ...e })),
    settings: { ...dockerdSettings(host) },
    modules: modulesOf(host).loaded.map((x) => ({ ...x, holders: [...x.holders] })),
  };
}

/**
 * Puts a freshly booted host's services back as they were saved: units the student stopped are
 * ended quietly (dockerd does not stop containers here: the engine is restored on its own),
 * units the student started run again, and the journal, dockerd's settings and the loaded
 * modules are the saved ones.
 */
export function restoreServices(host: Host, saved: SavedServices): void {
  const m = servicesOf(host);
  if (!m || saved.version !== 1) return;
  for (const s of saved.units) {
    const u = m.unit(s.name);
    if (!u) continue;
    const up = s.active === 'active';
    if (up && u.active !== 'active') {
      const pending: UnitRuntime[] = [];
      m.startSync(u, true, pending);
      for (const p of pending) void m.finishStart(p);
    } else if (!up && u.proc && u.main) {
      u.expectedExit = u.proc;
      void u.main.exitWith(0);
      u.proc = null;
    }
    u.cancelRestart?.();
    u.cancelRestart = null;
    Object.assign(u, { active: s.active === 'activating' || s.active === 'deactivating' ? 'failed' : s.active, sub: s.sub === 'auto-restart' ? 'failed' : s.sub, result: s.result, since: s.since, lastExit: s.lastExit, cpuMs: s.cpuMs, starts: [] });
  }
  m.journal.entries.splice(0, m.journal.entries.length, ...saved.journal);
  setDockerdSettings(host, { ...saved.settings });
  const mods = modulesOf(host).loaded;
  mods.splice(0, mods.length, ...saved.modules.map((x) => ({ ...x, holders: [...x.holders] })));
}
