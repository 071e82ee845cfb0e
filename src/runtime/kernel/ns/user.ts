import { Namespace } from './namespace.ts';

export interface IdMapRange {
  inside: number;
  outside: number;
  count: number;
}

/** Maps ids inside to ids of the parent namespace (uid_map/gid_map lines). */
export class UserNamespace extends Namespace {
  readonly kind = 'user' as const;
  uidMap: IdMapRange[];
  gidMap: IdMapRange[];
  constructor(inode: number, readonly parent: UserNamespace | null, readonly ownerUid = 0) {
    super(inode);
    const full = parent ? [] : [{ inside: 0, outside: 0, count: 4294967295 }];
    this.uidMap = full;
    this.gidMap = [...full];
  }
  /** Renders a map as the kernel does: three right-aligned columns of width 10. */
  static render(map: IdMapRange[]): string {
    return map.map((r) => `${String(r.inside).padStart(10)} ${String(r.outside).padStart(10)} ${String(r.count).padStart(10)}\n`).join('');
  }
  /** The id in the initial namespace, or 65534 (overflow id) if unmapped. */
  toHost(id: number, which: 'uid' | 'gid'): number {
    let cur = id;
    for (let ns: UserNamespace | null = this; ns && ns.parent; ns = ns.parent) {
      const map = which === 'uid' ? ns.uidMap : ns.gidMap;
      const r = map.find((m) => cur >= m.inside && cur < m.inside + m.count);
      if (!r) return 65534;
      cur = r.outside + (cur - r.inside);
    }
    return cur;
  }
  /** The id as this namespace sees a host id (the overflow id 65534 when unmapped). */
  fromHost(id: number, which: 'uid' | 'gid'): number {
    return this.mapIn(id, which) ?? 65534;
  }

  /** Whether a host id has a mapping in this namespace (capabilities only apply to such inodes). */
  maps(id: number, which: 'uid' | 'gid'): boolean {
    return this.mapIn(id, which) !== null;
  }

  private mapIn(id: number, which: 'uid' | 'gid'): number | null {
    const chain: UserNamespace[] = [];
    for (let ns: UserNamespace | null = this; ns && ns.parent; ns = ns.parent) chain.unshift(ns);
    let cur = id;
    for (const ns of chain) {
      const map = which === 'uid' ? ns.uidMap : ns.gidMap;
      const r = map.find((m) => cur >= m.outside && cur < m.outside + m.count);
      if (!r) return null;
      cur = r.inside + (cur - r.outside);
    }
    return cur;
  }
}
