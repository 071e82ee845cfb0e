import { FsError } from '../../fs/errors.ts';

/**
 * Device exception lists of the v1 devices controller (security/device_cgroup.c): each cgroup
 * allows or denies everything by default, with exceptions of the other kind.
 */
export const DEV_BLOCK = 1;
export const DEV_CHAR = 2;
export const ACC_READ = 1;
export const ACC_WRITE = 2;
export const ACC_MKNOD = 4;
/** `*` for a major or minor number. */
export const ANY = -1;

export interface DevRule {
  type: number;
  major: number;
  minor: number;
  access: number;
}

export type Behavior = 'allow' | 'deny';

export interface DevicesState {
  behavior: Behavior;
  exceptions: DevRule[];
}

/** match_exception(): one exception covers the whole request. */
export function matchFull(list: readonly DevRule[], r: DevRule): boolean {
  return list.some((ex) => {
    if ((r.type & DEV_BLOCK && !(ex.type & DEV_BLOCK)) || (r.type & DEV_CHAR && !(ex.type & DEV_CHAR))) return false;
    if (ex.major !== ANY && ex.major !== r.major) return false;
    if (ex.minor !== ANY && ex.minor !== r.minor) return false;
    return (r.access & ~ex.access) === 0;
  });
}

/** match_exception_partial(): some exception overlaps the request. */
export function matchPartial(list: readonly DevRule[], r: DevRule): boolean {
  return list.some((ex) => {
    if ((r.type & DEV_BLOCK && !(ex.type & DEV_BLOCK)) || (r.type & DEV_CHAR && !(ex.type & DEV_CHAR))) return false;
    if (ex.major !== ANY && r.major !== ANY && ex.major !== r.major) return false;
    if (ex.minor !== ANY && r.minor !== ANY && ex.minor !== r.minor) return false;
    return (r.access & ex.access) !== 0;
  });
}

/** dev_exception_add(): merges into an entry for the same device, else appends. */
export function addException(s: DevicesState, r: DevRule): void {
  const same = s.exceptions.filter((ex) => ex.type === r.type && ex.major === r.major && ex.minor === r.minor);
  for (const ex of same) ex.access |= r.access;
  if (same.length === 0) s.exceptions.push({ ...r });
}

/** dev_exception_rm(): takes the access bits away, dropping entries left with none. */
export function removeException(s: DevicesState, r: DevRule): void {
  for (const ex of s.exceptions) if (ex.type === r.type && ex.major === r.major && ex.minor === r.minor) ex.access &= ~r.access;
  s.exceptions = s.exceptions.filter((ex) => ex.access !== 0);
}

/** verify_new_ex(): may a cgroup with `behavior` under `parent` hold this exception? */
export function parentAllows(parent: DevicesState | null, r: DevRule, behavior: Behavior): boolean {
  if (!parent) return true;
  if (parent.behavior === 'allow') return behavior === 'allow' || !matchPartial(parent.exceptions, r);
  return matchFull(parent.exceptions, r);
}

const isSpace = (c: string | undefined) => c !== undefined && ' \t\n\v\f\r'.includes(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** A major or minor: `*` or up to 11 digits fitting in u32. Returns [value, next index]. */
function number(buf: string, i: number): [number, number] {
  if (buf[i] === '*') return [ANY, i + 1];
  if (!isDigit(buf[i])) throw new FsError('EINVAL');
  let digits = '';
  for (let n = 0; n < 11; n++) {
    digits += buf[i++];
    if (!isDigit(buf[i])) break;
  }
  const v = Number(digits);
  if (v > 0xffffffff) throw new FsError('EINVAL');
  return [v, i];
}

/**
 * The rule syntax of devices.allow/deny after strstrip: `a`, or `TYPE MAJ:MIN ACCESS` with
 * TYPE b|c, `*` wildcards, and up to three of r, w, m (characters past the third are ignored).
 */
export function parseRule(buf: string): DevRule | 'all' {
  if (buf[0] === 'a') return 'all';
  const type = buf[0] === 'b' ? DEV_BLOCK : buf[0] === 'c' ? DEV_CHAR : 0;
  if (!type || !isSpace(buf[1])) throw new FsError('EINVAL');
  const [major, i] = number(buf, 2);
  if (buf[i] !== ':') throw new FsError('EINVAL');
  const [minor, j] = number(buf, i + 1);
  if (!isSpace(buf[j])) throw new FsError('EINVAL');
  let access = 0;
  for (let k = j + 1; k < j + 4; k++) {
    const c = buf[k];
    if (c === undefined || c === '\n') break;
    if (c === 'r') access |= ACC_READ;
    else if (c === 'w') access |= ACC_WRITE;
    else if (c === 'm') access |= ACC_MKNOD;
    else throw new FsError('EINVAL');
  }
  return { type, major, minor, access };
}

/** One devices.list line: `c 1:3 rwm`, `b *:* m`. */
export function ruleText(r: DevRule): string {
  const t = r.type === DEV_BLOCK ? 'b' : r.type === DEV_CHAR ? 'c' : 'a';
  const mm = (n: number) => (n === ANY ? '*' : String(n));
  const acc = `${r.access & ACC_READ ? 'r' : ''}${r.access & ACC_WRITE ? 'w' : ''}${r.access & ACC_MKNOD ? 'm' : ''}`;
  return `${t} ${mm(r.major)}:${mm(r.minor)} ${acc}\n`;
}
