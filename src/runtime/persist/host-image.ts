import { parse } from 'unbash';
import { Host, type HostOptions } from '../host.ts';
import type { MemFs } from '../kernel/fs/memfs.ts';
import { ShellSession, type SessionOptions } from '../session.ts';
import type { ShellOptions } from '../shell/interpreter/shell.ts';
import { VarStore, type Var } from '../shell/interpreter/vars.ts';
import { loadMemFs, saveMemFs, type SavedFs } from './memfs-image.ts';
import { installNewPrograms } from '../rootfs/ubuntu.ts';
import { enginePersistence } from './engine-hook.ts';
import type { SavedEngine } from '../daemon/persist/saved-engine.ts';
import { restoreServices, saveServices, type SavedServices } from '../services/snapshot.ts';

/** 2 added the Docker engine; a version 1 state restores with a fresh engine (the default images). */
export const IMAGE_VERSION = 2;
const READABLE_VERSIONS = new Set([1, IMAGE_VERSION]);

/** Everything needed to continue a workspace's host in a later `lab exec`. */
export interface HostImage {
  version: number;
  seed: number;
  clock: number;
  random: number[];
  counters: { nsInode: number; mountId: number };
  hostname: string;
  filesystems: Record<string, SavedFs>;
  shell: SavedShell | null;
  /** The programs the host had when saved (absent in states saved before programs were recorded). */
  programs?: string[];
  /** The Docker engine; null if Docker was never used, absent before version 2. */
  engine?: SavedEngine | null;
  /** The next pid the host hands out (absent before version 2). */
  nextPid?: number;
  /** systemd's units, journal, dockerd's settings, loaded modules (absent: the host boots afresh). */
  services?: SavedServices | null;
  /** When the machine booted (absent: the restore counts as the boot, as before it was saved). */
  bootTime?: number;
}

interface SavedShell {
  vars: [string, SavedVar][];
  functions: [string, string][];
  aliases: [string, string][];
  cwd: string;
  umask: number;
  opts: ShellOptions;
  shopts: string[];
  dirStack: string[];
  lastStatus: number;
  traps: [string, string][];
}

type SavedVar = Omit<Var, 'value'> & { value: string | [string | number, string][] };

/** In-memory filesystems that are part of the host's state, by mount point. */
function memMounts(host: Host): Map<string, MemFs> {
  const out = new Map<string, MemFs>();
  for (const m of host.rootNs.mnt.table.list()) {
    if (m.fs.fstype === 'ext4' && m.target !== '/') continue;
    if ('rootInode' in m.fs && (m.fs.fstype === 'tmpfs' || m.fs.fstype === 'ext4' || m.fs.fstype === 'devtmpfs')) out.set(m.target, m.fs as MemFs);
  }
  return out;
}

export function saveHost(host: Host, session: ShellSession | null): HostImage {
  const filesystems: Record<string, SavedFs> = {};
  for (const [target, fs] of memMounts(host)) filesystems[target] = saveMemFs(fs);
  return {
    version: IMAGE_VERSION,
    seed: host.options.seed ?? 1,
    clock: host.clock.now,
    random: host.random.state(),
    counters: host.kernel.counters,
    hostname: host.rootNs.uts.hostname,
    filesystems,
    shell: session && session.proc.alive ? saveShell(session) : null,
    programs: host.programNames,
    engine: enginePersistence()?.save(host) ?? null,
    nextPid: host.rootNs.pid.counter,
    services: saveServices(host),
    bootTime: host.kernel.bootTime,
  };
}

function saveShell(session: ShellSession): SavedShell {
  const sh = session.shell;
  return {
    vars: sh.vars.snapshot().map(([k, v]) => [k, { ...v, value: v.value instanceof Map ? [...(v.value as Map<string | number, string>)] : v.value }]),
    functions: [...sh.functionSources],
    aliases: [...sh.aliases],
    cwd: sh.proc.cwd,
    umask: sh.proc.umask,
    opts: { ...sh.opts },
    shopts: [...sh.shopts],
    dirStack: [...sh.dirStack],
    lastStatus: sh.lastStatus,
    traps: [...sh.traps],
  };
}

export class ImageError extends Error {}

/** Rebuilds a host (and its terminal session) from an image. Throws ImageError if it does not fit. */
export function restoreHost(image: HostImage, options: HostOptions, sessionOptions: SessionOptions): { host: Host; session: ShellSession } {
  if (!image || !READABLE_VERSIONS.has(image.version) || typeof image.clock !== 'number' || !image.filesystems?.['/']) {
    throw new ImageError('the saved lab state is from another version or incomplete');
  }
  const host = new Host({ ...options, seed: image.seed, epoch: image.clock, hostname: image.hostname });
  for (const [target, fs] of memMounts(host)) {
    const saved = image.filesystems[target];
    if (saved) loadMemFs(fs, saved);
  }
  installNewPrograms(host.rootfs, host.programNames, new Set(image.programs ?? []));
  // Before the engine is back: a unit started here must not act as a daemon restart (dockerd
  // applying restart policies); the engine brings back what was running itself.
  if (image.services) restoreServices(host, image.services);
  // Uptime goes on across a save (a `lab reboot` is the only way to a new boot).
  if (typeof image.bootTime === 'number' && image.bootTime <= image.clock) host.kernel.bootTime = image.bootTime;
  const engine = image.engine ? rebuildEngine(host, image.engine) : null;
  host.random.restore(image.random);
  host.kernel.setCounters(image.counters);
  // Containers run again before the terminal's shell starts, as they would at boot.
  engine?.revive();
  if (typeof image.nextPid === 'number') host.rootNs.pid.counter = Math.max(host.rootNs.pid.counter, image.nextPid);
  const session = new ShellSession(host, { ...sessionOptions, cwd: image.shell?.cwd ?? sessionOptions.cwd });
  if (image.shell) restoreShell(session, image.shell);
  return { host, session };
}

/** Any failure to rebuild the engine means the saved state is not one this lab can continue. */
function rebuildEngine(host: Host, saved: SavedEngine): { revive(): void } {
  const persistence = enginePersistence();
  // A programming error, not a bad file: the caller must await loadEnginePersistence() first.
  if (!persistence) throw new Error('restoreHost: the saved state holds a Docker engine; call loadEnginePersistence() first');
  try {
    return persistence.restore(host, saved);
  } catch (e) {
    throw new ImageError(`the saved Docker engine state is damaged (${e instanceof Error ? e.message : String(e)})`);
  }
}

function restoreShell(session: ShellSession, s: SavedShell): void {
  const sh = session.shell;
  sh.vars = VarStore.restore(s.vars.map(([k, v]) => [k, { ...v, value: Array.isArray(v.value) ? new Map(v.value as [never, string][]) : v.value } as Var]));
  for (const [name, text] of s.functions) {
    const fn = parse(text).commands[0]?.command;
    if (fn?.type === 'Function') {
      sh.functions.set(name, fn);
      sh.functionSources.set(name, text);
    }
  }
  sh.aliases = new Map(s.aliases);
  sh.proc.umask = s.umask;
  sh.opts = s.opts;
  sh.shopts = new Set(s.shopts);
  sh.dirStack = s.dirStack;
  sh.lastStatus = s.lastStatus;
  sh.traps = new Map(s.traps);
}
