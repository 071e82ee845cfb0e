import type { Engine } from '../engine.ts';
import type { Container } from '../container/container.ts';
import { DaemonError } from '../errors.ts';
import type { Vfs } from '../../kernel/fs/vfs.ts';
import { mountPointsOf } from './mountpoints.ts';

/** The engine's data root on the modelled host: volumes live in `<root>/volumes/<name>/_data`. */
export const VOLUMES_DIR = '/var/lib/docker/volumes';

/** One volume of the local driver (the only driver the model has). */
export interface Volume {
  readonly name: string;
  /** RFC 3339 to the second, as the local driver records it. */
  readonly createdAt: string;
  readonly labels: Record<string, string> | null;
  readonly options: Record<string, string> | null;
  /** Created for `-v /path`, an image VOLUME or `--mount` without source: `rm -v`/`--rm` delete it. */
  readonly anonymous: boolean;
  readonly createdMs: number;
}

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** The volume service: named and anonymous volumes, their directories and who uses them. */
export class VolumeStore {
  readonly volumes = new Map<string, Volume>();

  constructor(private readonly engine: Engine) {}

  private get vfs(): Vfs {
    return this.engine.host.vfs();
  }

  mountpoint(name: string): string {
    return `${VOLUMES_DIR}/${name}/_data`;
  }

  /** POST /volumes/create; an existing name answers with that volume, as the engine does. */
  create(name: string | null, opts: { driver?: string; labels?: Record<string, string>; options?: Record<string, string>; anonymous?: boolean } = {}): Volume {
    const driver = opts.driver ?? 'local';
    const wanted = name ?? this.engine.host.random.hex(64);
    if (driver !== 'local') throw new DaemonError(`create ${wanted}: error looking up volume plugin ${driver}: plugin "${driver}" not found`, 404);
    const existing = this.volumes.get(wanted);
    if (existing) return existing;
    if (wanted.length < 2 && /^[a-zA-Z0-9]*$/.test(wanted)) {
      throw new DaemonError(`create ${wanted}: volume name is too short, names should be at least two alphanumeric characters`, 400);
    }
    if (!NAME.test(wanted)) {
      throw new DaemonError(`create ${wanted}: "${wanted}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`, 400);
    }
    const ms = this.engine.host.clock.now;
    const v: Volume = {
      name: wanted, createdAt: `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`, createdMs: ms,
      labels: opts.labels && Object.keys(opts.labels).length ? sortKeys(opts.labels) : null,
      options: opts.options && Object.keys(opts.options).length ? sortKeys(opts.options) : null,
      anonymous: opts.anonymous ?? name === null,
    };
    this.mkdirs(wanted);
    this.volumes.set(wanted, v);
    this.engine.events.add('volume', 'create', { id: wanted, attributes: { driver: 'local' } });
    return v;
  }

  private mkdirs(name: string): void {
    const vfs = this.vfs;
    for (const [dir, mode] of [['/var/lib/docker', 0o710], [VOLUMES_DIR, 0o701], [`${VOLUMES_DIR}/${name}`, 0o701], [this.mountpoint(name), 0o755]] as const) {
      if (!vfs.exists(dir)) {
        vfs.mkdir(dir, mode);
        vfs.chmod(dir, mode);
      }
    }
  }

  get(name: string, op = 'get'): Volume {
    const v = this.volumes.get(name);
    if (!v) throw new DaemonError(`${op} ${name}: no such volume`, 404);
    return v;
  }

  /** Containers (any state) whose mounts reference the volume, oldest first. */
  users(name: string): Container[] {
    return [...this.engine.containers.values()].filter((c) => mountPointsOf(c).some((m) => m.Type === 'volume' && m.Name === name));
  }

  /** DELETE /volumes/{name}: refused while a container uses it; `force` ignores a missing volume. */
  remove(name: string, force = false): void {
    const v = this.volumes.get(name);
    if (!v) {
      if (force) return;
      throw new DaemonError(`get ${name}: no such volume`, 404);
    }
    const users = this.users(name);
    if (users.length) throw new DaemonError(`remove ${name}: volume is in use - [${users.map((c) => c.id).join(', ')}]`, 409);
    this.volumes.delete(name);
    removeTree(this.vfs, `${VOLUMES_DIR}/${name}`);
    this.engine.events.add('volume', 'destroy', { id: name, attributes: { driver: 'local' } });
  }

  /** Bytes under the volume's _data (docker system df -v). */
  size(name: string): number {
    return treeSize(this.vfs, this.mountpoint(name));
  }

  list(): Volume[] {
    return [...this.volumes.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}

function removeTree(vfs: Vfs, path: string): void {
  let st;
  try {
    st = vfs.lstat(path);
  } catch {
    return;
  }
  if (st.type === 'dir') {
    for (const n of vfs.readdir(path)) removeTree(vfs, `${path}/${n}`);
    vfs.rmdir(path);
  } else vfs.unlink(path);
}

function treeSize(vfs: Vfs, path: string): number {
  let st;
  try {
    st = vfs.lstat(path);
  } catch {
    return 0;
  }
  if (st.type !== 'dir') return st.type === 'file' ? st.size : 0;
  let n = 0;
  for (const e of vfs.readdir(path)) n += treeSize(vfs, `${path}/${e}`);
  return n;
}

function sortKeys<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const stores = new WeakMap<Engine, VolumeStore>();

/** The engine's volume service (kept beside the engine so engine.ts stays small). */
export function volumesOf(engine: Engine): VolumeStore {
  let s = stores.get(engine);
  if (!s) stores.set(engine, (s = new VolumeStore(engine)));
  return s;
}
