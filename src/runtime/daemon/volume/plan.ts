import type { Engine } from '../engine.ts';
import { DaemonError, noSuchContainer } from '../errors.ts';
import type { HostConfig } from '../container/config.ts';
import { type ApiMount, type MountPoint, mountPointsOf } from './mountpoints.ts';
import { volumesOf } from './store.ts';

const PROPAGATION = new Set(['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']);
const MODES = new Set(['rw', 'ro', 'z', 'Z', 'nocopy', 'consistent', 'cached', 'delegated', ...PROPAGATION]);

function validMode(mode: string): boolean {
  if (mode === '') return true;
  const parts = mode.split(',');
  if (!parts.every((p) => MODES.has(p))) return false;
  const count = (set: string[]) => parts.filter((p) => set.includes(p)).length;
  return count(['rw', 'ro']) <= 1 && count(['z', 'Z']) <= 1 && count([...PROPAGATION]) <= 1 && count(['nocopy']) <= 1;
}

function checkDestination(spec: string, type: string, dst: string): void {
  if (!dst.startsWith('/')) throw new DaemonError(`invalid volume specification: '${spec}': invalid mount config for type "${type}": invalid mount path: '${dst}' mount path must be absolute`, 400);
  if (dst.replace(/\/+$/, '') === '') throw new DaemonError(`invalid volume specification: '${spec}': invalid mount config for type "${type}": invalid specification: destination can't be '/'`, 400);
}

/** The daemon's parse of one HostConfig.Binds entry (`src:dst[:mode]`). */
function parseBind(spec: string): MountPoint {
  const parts = spec.split(':');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p === '')) throw new DaemonError(`invalid volume specification: '${spec}'`, 400);
  const [src, dst, mode = ''] = parts as [string, string, string?];
  if (!validMode(mode)) throw new DaemonError(`invalid mode: ${mode}`, 400);
  const modes = mode.split(',');
  const bind = src.startsWith('/');
  checkDestination(spec, bind ? 'bind' : 'volume', dst);
  const rw = !modes.includes('ro');
  if (bind) {
    return { Type: 'bind', Name: '', Source: src, Destination: dst, Driver: '', Mode: mode, RW: rw, Propagation: modes.find((m) => PROPAGATION.has(m)) ?? 'rprivate' };
  }
  return { Type: 'volume', Name: src, Source: '', Destination: dst, Driver: 'local', Mode: mode || 'z', RW: rw, Propagation: '', noCopy: modes.includes('nocopy') };
}

/** The daemon's checks of one HostConfig.Mounts entry (from `--mount`). */
function parseApiMount(m: ApiMount): MountPoint {
  const bad = (msg: string) => new DaemonError(`invalid mount config for type "${m.Type}": ${msg}`, 400);
  const dst = m.Target ?? '';
  if (dst === '') throw bad('field Target must not be empty');
  if (!dst.startsWith('/')) throw bad(`invalid mount path: '${dst}' mount path must be absolute`);
  const rw = !m.ReadOnly;
  switch (m.Type) {
    case 'bind':
      if (!m.Source) throw bad('field Source must not be empty');
      if (m.VolumeOptions) throw bad('field VolumeOptions must not be specified');
      if (m.TmpfsOptions) throw bad('field TmpfsOptions must not be specified');
      return { Type: 'bind', Name: '', Source: m.Source, Destination: dst, Driver: '', Mode: '', RW: rw, Propagation: m.BindOptions?.Propagation || 'rprivate' };
    case 'volume':
      if (m.BindOptions) throw bad('field BindOptions must not be specified');
      if (m.TmpfsOptions) throw bad('field TmpfsOptions must not be specified');
      return { Type: 'volume', Name: m.Source ?? '', Source: '', Destination: dst, Driver: 'local', Mode: 'z', RW: rw, Propagation: '', noCopy: m.VolumeOptions?.NoCopy,
        volumeLabels: m.VolumeOptions?.Labels, volumeOptions: m.VolumeOptions?.DriverConfig?.Options };
    case 'tmpfs': {
      if (m.Source) throw bad('field Source must not be specified');
      if (m.BindOptions) throw bad('field BindOptions must not be specified');
      if (m.VolumeOptions) throw bad('field VolumeOptions must not be specified');
      const size = m.TmpfsOptions?.SizeBytes;
      const mode = m.TmpfsOptions?.Mode;
      const data = [size ? `size=${Math.ceil(size / 1024)}k` : '', mode !== undefined ? `mode=${mode.toString(8)}` : ''].filter(Boolean).join(',');
      return { Type: 'tmpfs', Name: '', Source: '', Destination: dst, Driver: '', Mode: '', RW: rw, Propagation: '', tmpfsData: data };
    }
    default:
      throw bad('mount type unknown');
  }
}

/**
 * registerMountPoints of the engine: --volumes-from first, then Binds, then Mounts, then the
 * anonymous volumes of Config.Volumes (image VOLUMEs and `-v /path`) not already covered.
 * Validates everything before creating any volume or directory.
 */
export function planMounts(engine: Engine, hc: HostConfig, mounts: ApiMount[], configVolumes: string[]): MountPoint[] {
  const out: MountPoint[] = [];
  const seen = new Set<string>();
  const put = (m: MountPoint, dupCheck: boolean) => {
    const key = m.Destination.replace(/\/+$/, '') || '/';
    if (seen.has(key)) {
      if (dupCheck) throw new DaemonError(`Duplicate mount point: ${m.Destination}`, 400);
      const i = out.findIndex((x) => (x.Destination.replace(/\/+$/, '') || '/') === key);
      out.splice(i, 1);
    }
    seen.add(key);
    out.push(m);
  };
  for (const spec of hc.VolumesFrom ?? []) {
    const i = spec.lastIndexOf(':');
    const [ref, mode] = i > 0 ? [spec.slice(0, i), spec.slice(i + 1)] : [spec, ''];
    if (mode !== '' && mode !== 'ro' && mode !== 'rw') throw new DaemonError(`invalid mode: ${mode}`, 400);
    const from = engine.find(ref);
    if (!from) throw noSuchContainer(ref);
    for (const m of mountPointsOf(from)) put({ ...m, Mode: '', RW: m.RW && mode !== 'ro', noCopy: true }, false);
  }
  const fromVolumesFrom = new Set(seen);
  const own = (m: MountPoint) => {
    if (fromVolumesFrom.has(m.Destination)) {
      fromVolumesFrom.delete(m.Destination);
      put(m, false);
    } else put(m, true);
  };
  for (const spec of hc.Binds ?? []) own(parseBind(spec));
  for (const m of mounts) own(parseApiMount(m));
  for (const path of configVolumes) {
    if (seen.has(path.replace(/\/+$/, '') || '/')) continue;
    checkDestination(path, 'volume', path);
    put({ Type: 'volume', Name: '', Source: '', Destination: path, Driver: 'local', Mode: '', RW: true, Propagation: '' }, false);
  }
  return out;
}

/** Creates what the plan needs: named volumes on demand, anonymous ones, missing -v bind sources. */
export function realizeMounts(engine: Engine, plan: MountPoint[], bindSources: Set<string>): MountPoint[] {
  const store = volumesOf(engine);
  const vfs = engine.host.vfs();
  for (const m of plan) {
    if (m.Type === 'bind') {
      if (!vfs.exists(m.Source)) {
        if (!bindSources.has(m.Source)) throw new DaemonError(`invalid mount config for type "bind": bind source path does not exist: ${m.Source}`, 400);
        mkdirp(vfs, m.Source);
      }
    } else if (m.Type === 'volume' && m.Source === '') {
      const v = store.create(m.Name || null, { anonymous: m.Name === '', labels: m.volumeLabels, options: m.volumeOptions });
      m.Name = v.name;
      m.Source = store.mountpoint(v.name);
    }
  }
  return plan;
}

function mkdirp(vfs: ReturnType<Engine['host']['vfs']>, path: string): void {
  let at = '';
  for (const part of path.split('/').filter(Boolean)) {
    at += `/${part}`;
    if (!vfs.exists(at)) vfs.mkdir(at, 0o755);
  }
}

/** The create hook: plan and realize the mounts (throws before the container exists). */
export function prepareMounts(engine: Engine, hc: HostConfig, mounts: ApiMount[], config: { Volumes: Record<string, object> | null }): MountPoint[] {
  const plan = planMounts(engine, hc, mounts, Object.keys(config.Volumes ?? {}));
  return realizeMounts(engine, plan, new Set((hc.Binds ?? []).map((b) => b.split(':')[0]!)));
}
