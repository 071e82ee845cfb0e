import type { Credentials } from '../../../kernel/proc/process.ts';
import type { UserNamespace } from '../../../kernel/ns/user.ts';
import { Accounts } from '../system/accounts.ts';
import type { AppletContext } from '../types.ts';
import { parseNumber } from './ul-common.ts';

/** The overflow id an unmapped uid or gid reads as inside a user namespace. */
export const OVERFLOW_ID = 65534;

/** get_user()/get_group(): a number or a name from /etc/passwd or /etc/group. */
export function lookupId(ctx: AppletContext, s: string, which: 'uid' | 'gid'): number | null {
  const n = parseNumber(s);
  if (n !== null) return n;
  const acc = new Accounts(ctx);
  return (which === 'uid' ? acc.userByName(s)?.uid : acc.groupByName(s)?.gid) ?? null;
}

/**
 * What the caller's credentials read as right after unshare(CLONE_NEWUSER), once the maps
 * `uid_map`/`gid_map` (possibly empty) are in place: each id seen through the new maps.
 */
export function credsThrough(ns: UserNamespace, outside: Credentials): Credentials {
  const inside = (id: number, map: UserNamespace['uidMap']) => {
    const r = map.find((m) => id >= m.outside && id < m.outside + m.count);
    return r ? r.inside + (id - r.outside) : OVERFLOW_ID;
  };
  const groups = [...new Set(outside.groups.map((g) => inside(g, ns.gidMap)))];
  return { uid: inside(outside.uid, ns.uidMap), gid: inside(outside.gid, ns.gidMap), groups };
}

/** `--map-users=outer,inner,count` (or `inner:outer:count`) as util-linux's get_map_range reads it. */
export function parseMapRange(s: string): { inside: number; outside: number; count: number } | null {
  let m = /^(\d+):(\d+):(\d+)$/.exec(s);
  if (m) return { inside: Number(m[1]), outside: Number(m[2]), count: Number(m[3]) };
  m = /^(\d+),(\d+),(\d+)$/.exec(s);
  if (m) return { outside: Number(m[1]), inside: Number(m[2]), count: Number(m[3]) };
  return null;
}
