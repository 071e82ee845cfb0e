import { loadMemFs, saveMemFs } from '../../persist/memfs-image.ts';
import { Container } from '../container/container.ts';
import { containerRootfs } from '../container/rootfs.ts';
import type { Engine } from '../engine.ts';
import type { Image } from '../image/image.ts';
import { apiMountsOf, mountPointsOf, setApiMounts, setMountPoints } from '../volume/mountpoints.ts';
import { EngineStateError, type SavedContainer, type SavedLogEntry } from './saved-engine.ts';

/**
 * A container's facts and filesystems, copied (the record stays valid while the host goes on).
 * Its processes are not data: revive.ts starts PID 1 again.
 */
export function saveContainer(c: Container): SavedContainer {
  const facts = structuredClone({
    args: c.args, config: c.config, hostConfig: c.hostConfig, state: c.state, endpoint: c.endpoint, ports: c.ports, execIds: c.execIds,
    mounts: mountPointsOf(c), apiMounts: apiMountsOf(c),
  });
  return {
    ...facts, id: c.id, name: c.name, created: c.created, createdMs: c.createdMs, path: c.path, image: c.image.id,
    layerId: c.layerId, restartCount: c.restartCount, startedMs: c.startedMs, finishedMs: c.finishedMs,
    manuallyStopped: c.manuallyStopped, hasBeenStarted: c.hasBeenStarted, sandboxId: c.sandboxId, seq: c.seq,
    nsPidCounter: c.state.Running && c.ns && c.hostConfig.PidMode === '' ? c.ns.pid.counter : null,
    logs: c.logs.entries.map((e): SavedLogEntry => [e.stream, e.time, e.data]),
    upper: saveMemFs(c.upper), init: saveMemFs(c.init),
  };
}

/**
 * The container as it was, not running: a fresh overlay over its image's layers with the saved
 * writable and init layers loaded into it. `seqBase` keeps the saved creation order below the
 * order numbers of containers created after the restore.
 */
export function restoreContainer(engine: Engine, saved: SavedContainer, images: Map<string, Image>, seqBase: number): Container {
  // The mutable parts are copied: the same saved host may be restored more than once (a lesson's checkpoint).
  const s = { ...saved, ...structuredClone({ args: saved.args, config: saved.config, hostConfig: saved.hostConfig, state: saved.state, endpoint: saved.endpoint, ports: saved.ports ?? null, mounts: saved.mounts, apiMounts: saved.apiMounts }) };
  if (typeof s.id !== 'string' || !/^[0-9a-f]{64}$/.test(s.id) || typeof s.name !== 'string') throw new EngineStateError('a container record has no valid id or name');
  const image = images.get(s.image);
  if (!image) throw new EngineStateError(`container ${s.id} uses image ${s.image}, which was not saved`);
  const host = engine.host;
  const fs = containerRootfs(host, image);
  loadMemFs(fs.upper, s.upper);
  loadMemFs(fs.init, s.init);
  const c = new Container(s.id, s.name, s.created, s.createdMs, s.path, s.args, s.config, s.hostConfig, image, fs.upper, fs.init, fs.rootfs, s.layerId, () => host.clock.now);
  Object.assign(c.state, s.state);
  c.restartCount = s.restartCount;
  c.startedMs = s.startedMs;
  c.finishedMs = s.finishedMs;
  c.manuallyStopped = s.manuallyStopped;
  c.hasBeenStarted = s.hasBeenStarted;
  c.endpoint = s.endpoint;
  c.ports = s.ports ?? null;
  // A running container's host ports stay taken across the restore.
  for (const [key, bound] of Object.entries(c.ports ?? {})) {
    const proto = key.split('/')[1] ?? 'tcp';
    for (const b of bound ?? []) engine.ports.take(c.id, b.HostIp, proto, Number(b.HostPort));
  }
  c.sandboxId = s.sandboxId;
  c.execIds = [...s.execIds];
  c.seq = s.seq - seqBase;
  for (const [stream, time, data] of s.logs) c.logs.entries.push({ stream, time, data });
  setMountPoints(c, s.mounts);
  setApiMounts(c, s.apiMounts);
  return c;
}
