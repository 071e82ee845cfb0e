import type { Kernel } from '../kernel.ts';
import { capableOver } from '../ns/caps.ts';
import type { IpcNamespace } from '../ns/ipc.ts';
import type { Process } from '../proc/process.ts';
import { IPC_LIMITS } from './limits.ts';

export type IpcKind = 'msg' | 'shm' | 'sem';

/** One System V IPC object (struct kern_ipc_perm plus the facts ipcs shows). */
export interface IpcObject {
  kind: IpcKind;
  /** key_t as the kernel stores it: a signed 32-bit number, 0 for IPC_PRIVATE. */
  key: number;
  id: number;
  /** Permission bits (mode & 0777). */
  mode: number;
  uid: number;
  gid: number;
  cuid: number;
  cgid: number;
  /** The creating process (shm_cprid), shown as a pid of the reader's pid namespace. */
  creator: Process;
  /** Seconds of the virtual clock (q_ctime, shm_ctim, sem_ctime). */
  ctime: number;
  /** shm: segment size in bytes; sem: number of semaphores; msg: queue capacity (msg_qbytes). */
  size: number;
}

export type IpcErrno = 'EINVAL' | 'ENOENT' | 'EEXIST' | 'EACCES' | 'EPERM' | 'ENOSPC';

/** Per-kind id allocator (struct ipc_ids): a cyclic index and a sequence bumped on wrap. */
class IpcIds {
  readonly byIndex = new Map<number, IpcObject>();
  private seq = 0;
  private lastIdx = -1;

  /**
   * ipc_idr_alloc: idr_alloc_cyclic hands out the next free index after the last one, so ids
   * are 0, 1, 2... even after removals; seq only grows when the index wraps (id = seq*32768 + idx).
   */
  allocate(): { index: number; id: number } | null {
    const mni = 32768;
    for (let step = 1; step <= mni; step++) {
      const index = (this.lastIdx + step) % mni;
      if (this.byIndex.has(index)) continue;
      if (index <= this.lastIdx) this.seq = (this.seq + 1) % (1 << 16);
      this.lastIdx = index;
      return { index, id: this.seq * mni + index };
    }
    return null;
  }
}

/** The IPC objects of one namespace; created lazily, dropped with the namespace (garbage). */
export class IpcTable {
  private readonly ids: Record<IpcKind, IpcIds> = { msg: new IpcIds(), shm: new IpcIds(), sem: new IpcIds() };

  /** Objects of a kind in index order (the order /proc/sysvipc and ipcs list them). */
  list(kind: IpcKind): IpcObject[] {
    return [...this.ids[kind].byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, o]) => o);
  }

  find(kind: IpcKind, id: number): IpcObject | undefined {
    const o = id >= 0 ? this.ids[kind].byIndex.get(id % 32768) : undefined;
    return o && o.id === id ? o : undefined;
  }

  byKey(kind: IpcKind, key: number): IpcObject | undefined {
    return key === 0 ? undefined : this.list(kind).find((o) => o.key === key);
  }

  insert(kind: IpcKind, make: (id: number) => IpcObject): IpcObject | null {
    const slot = this.ids[kind].allocate();
    if (!slot) return null;
    const o = make(slot.id);
    this.ids[kind].byIndex.set(slot.index, o);
    return o;
  }

  delete(o: IpcObject): void {
    this.ids[o.kind].byIndex.delete(o.id % 32768);
  }
}

const tables = new WeakMap<IpcNamespace, IpcTable>();

/** The objects of an IPC namespace (empty for a new one, as clone(CLONE_NEWIPC) gives). */
export function ipcTable(ns: IpcNamespace): IpcTable {
  let t = tables.get(ns);
  if (!t) tables.set(ns, (t = new IpcTable()));
  return t;
}

/** Argument checks of newque/newseg/newary, before anything is allocated. */
function sizeError(kind: IpcKind, size: number): IpcErrno | null {
  if (kind === 'shm' && (size < IPC_LIMITS.shmmin || BigInt(size) > IPC_LIMITS.shmmax)) return 'EINVAL';
  if (kind === 'sem' && (size <= 0 || size > IPC_LIMITS.semmsl)) return 'EINVAL';
  return null;
}

/**
 * msgget/shmget/semget with IPC_CREAT: an existing object of that key is returned (after the
 * size check), otherwise a new one owned by the caller. IPC_PRIVATE (0) always creates.
 */
export function ipcGet(kernel: Kernel, proc: Process, kind: IpcKind, key: number, size: number, mode: number): IpcObject | IpcErrno {
  const table = ipcTable(proc.ns.ipc);
  const old = table.byKey(kind, key);
  if (old) {
    if (kind === 'shm' && size > old.size) return 'EINVAL';
    if (kind === 'sem' && size > old.size) return 'EINVAL';
    return ipcAccess(proc, old, mode) ? old : 'EACCES';
  }
  const bad = sizeError(kind, size);
  if (bad) return bad;
  if (table.list(kind).length >= IPC_LIMITS.mni[kind]) return 'ENOSPC';
  const { uid, gid } = proc.creds;
  const o = table.insert(kind, (id) => ({
    kind, key: key | 0, id, mode: mode & 0o777, uid, gid, cuid: uid, cgid: gid, creator: proc,
    ctime: Math.floor(kernel.clock.now / 1000), size: kind === 'msg' ? IPC_LIMITS.msgmnb : size,
  }));
  return o ?? 'ENOSPC';
}

/** msgget(key, 0) and friends: the id of an existing key, no creation. */
export function ipcLookup(proc: Process, kind: IpcKind, key: number): IpcObject | IpcErrno {
  const o = ipcTable(proc.ns.ipc).byKey(kind, key | 0);
  if (!o) return 'ENOENT';
  return ipcAccess(proc, o, 0) ? o : 'EACCES';
}

/**
 * ipcperms(): the owner, creator or group class bits must grant every requested bit
 * (`want` in rwx octal of the mode argument), unless the caller has CAP_IPC_OWNER (root).
 */
export function ipcAccess(proc: Process, o: IpcObject, want: number): boolean {
  const req = ((want >> 6) | (want >> 3) | want) & 0o7;
  if (req === 0 || proc.creds.uid === 0) return true;
  const { uid, gid, groups } = proc.creds;
  let granted = o.mode;
  if (uid === o.uid || uid === o.cuid) granted >>= 6;
  else if (gid === o.gid || gid === o.cgid || groups.includes(o.gid) || groups.includes(o.cgid)) granted >>= 3;
  return (req & ~granted & 0o7) === 0;
}

/** IPC_RMID: only the owner, the creator or an admin of the namespace may remove. */
export function ipcRemove(proc: Process, kind: IpcKind, id: number): IpcErrno | null {
  const table = ipcTable(proc.ns.ipc);
  const o = table.find(kind, id);
  if (!o) return 'EINVAL';
  const uid = proc.creds.uid;
  if (uid !== o.uid && uid !== o.cuid && !capableOver(proc, proc.ns.ipc)) return 'EPERM';
  table.delete(o);
  return null;
}
