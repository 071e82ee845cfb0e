import type { AppletContext } from '../types.ts';
import { asRoot } from './account-db.ts';

/** Ubuntu 22.04's /etc/sudoers (sudo 1.9.9 package), used while the model has none. */
export const UBUNTU_SUDOERS = `Defaults\tenv_reset
Defaults\tmail_badpass
Defaults\tsecure_path="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/snap/bin"
Defaults\tuse_pty
root\tALL=(ALL:ALL) ALL
%admin ALL=(ALL) ALL
%sudo\tALL=(ALL:ALL) ALL
@includedir /etc/sudoers.d
`;

/** The lab's drop-in: the student account may use sudo without a password (no terminal to type one). */
export const LAB_SUDOERS_D = 'student ALL=(ALL) NOPASSWD:ALL\n';

export interface Command {
  runasUsers: string[] | null;
  runasGroups: string[] | null;
  nopasswd: boolean;
  /** `ALL` or a path with optional arguments. */
  cmnd: string;
}

export interface UserSpec {
  users: string[];
  hosts: string[];
  commands: Command[];
}

export interface Sudoers {
  defaults: string[];
  specs: UserSpec[];
}

function readAsRoot(ctx: AppletContext, path: string): string | null {
  return asRoot(ctx, () => {
    try {
      return ctx.fs.readFile(path);
    } catch {
      return null;
    }
  });
}

/**
 * /etc/sudoers and what it includes (@includedir skips names with a dot or ending in ~). When the
 * model has no /etc/sudoers, Ubuntu's file plus the lab drop-in stand in for it.
 */
export function loadSudoers(ctx: AppletContext): Sudoers {
  const out: Sudoers = { defaults: [], specs: [] };
  const main = readAsRoot(ctx, '/etc/sudoers');
  const parseText = (text: string, depth: number) => {
    const joined = text.replace(/\\\n/g, ' ');
    for (const raw of joined.split('\n')) {
      const line = raw.trim();
      const inc = /^[@#]include(dir)?\s+(\S+)/.exec(line);
      if (inc) {
        if (depth > 8) continue;
        if (inc[1]) {
          let names: string[] = [];
          asRoot(ctx, () => {
            try {
              names = ctx.fs.readdir(inc[2]!).sort();
            } catch {
              names = [];
            }
          });
          for (const n of names) if (!n.includes('.') && !n.endsWith('~')) parseText(readAsRoot(ctx, `${inc[2]}/${n}`) ?? '', depth + 1);
        } else parseText(readAsRoot(ctx, inc[2]!) ?? '', depth + 1);
        continue;
      }
      if (line === '' || (line.startsWith('#') && !/^#\d/.test(line))) continue;
      const body = line.replace(/\s+#.*$/, '');
      if (/^Defaults\b/.test(body)) {
        const m = /^Defaults\s+(.*)$/.exec(body);
        if (m) out.defaults.push(...m[1]!.split(/,\s*/).map((d) => d.trim()));
        continue;
      }
      if (/^(User|Runas|Host|Cmnd)_Alias\b/.test(body)) continue;
      const spec = parseSpec(body);
      if (spec) out.specs.push(spec);
    }
  };
  if (main === null) parseText(UBUNTU_SUDOERS.replace('@includedir /etc/sudoers.d\n', '') + LAB_SUDOERS_D, 0);
  else parseText(main, 0);
  return out;
}

function parseSpec(line: string): UserSpec | null {
  const m = /^(\S+(?:\s*,\s*\S+)*)\s+(\S+(?:\s*,\s*\S+)*)\s*=\s*(.*)$/.exec(line);
  if (!m) return null;
  const split = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);
  const commands: Command[] = [];
  let runasUsers: string[] | null = null;
  let runasGroups: string[] | null = null;
  let nopasswd = false;
  for (let part of m[3]!.split(/,(?![^()]*\))/)) {
    part = part.trim();
    const ra = /^\(([^)]*)\)\s*/.exec(part);
    if (ra) {
      const [u, g] = ra[1]!.split(':');
      runasUsers = split(u ?? '');
      runasGroups = g !== undefined ? split(g) : null;
      part = part.slice(ra[0].length);
    }
    for (;;) {
      const tag = /^(NOPASSWD|PASSWD|NOEXEC|EXEC|SETENV|NOSETENV|LOG_INPUT|NOLOG_INPUT|LOG_OUTPUT|NOLOG_OUTPUT|MAIL|NOMAIL|FOLLOW|NOFOLLOW):\s*/.exec(part);
      if (!tag) break;
      if (tag[1] === 'NOPASSWD') nopasswd = true;
      if (tag[1] === 'PASSWD') nopasswd = false;
      part = part.slice(tag[0].length);
    }
    if (part) commands.push({ runasUsers, runasGroups, nopasswd, cmnd: part.replace(/\s+/g, ' ') });
  }
  return { users: split(m[1]!), hosts: split(m[2]!), commands };
}

export interface Who {
  name: string;
  uid: number;
  groupNames: string[];
}

export function userMatches(spec: UserSpec, who: Who): boolean {
  let hit = false;
  for (const u of spec.users) {
    const neg = u.startsWith('!');
    const x = neg ? u.slice(1) : u;
    const m = x === 'ALL' || x === who.name || x === `#${who.uid}` || (x.startsWith('%') && who.groupNames.includes(x.slice(1)));
    if (m) hit = !neg;
  }
  return hit;
}

function listMatches(list: string[], name: string, uid: number): boolean {
  return list.some((x) => x === 'ALL' || x === name || x === `#${uid}`);
}

/** The last matching command entry (sudoers' rule: the last match wins), if any. */
export function findRule(s: Sudoers, who: Who, runas: { name: string; uid: number }, runasGroup: string | null, path: string, args: string[]): Command | undefined {
  let found: Command | undefined;
  for (const spec of s.specs) {
    if (!userMatches(spec, who)) continue;
    for (const c of spec.commands) {
      const users = c.runasUsers === null || (c.runasUsers.length === 0 && c.runasGroups === null) ? ['root'] : c.runasUsers;
      const userOk = (users.length === 0 && runas.name === who.name) || listMatches(users, runas.name, runas.uid);
      const groupOk = runasGroup === null || (c.runasGroups !== null && listMatches(c.runasGroups, runasGroup, -1));
      if (userOk && groupOk && commandMatches(c.cmnd, path, args)) found = c;
    }
  }
  return found;
}

function commandMatches(cmnd: string, path: string, args: string[]): boolean {
  if (cmnd === 'ALL') return true;
  const [p, ...want] = cmnd.split(' ');
  if (p !== path) return false;
  if (want.length === 0) return true;
  if (want.length === 1 && want[0] === '""') return args.length === 0;
  return want.join(' ') === args.join(' ');
}

/** `sudo -l`'s lines: Defaults, then one line per command of each matching spec. */
export function listing(s: Sudoers, who: Who, host: string): string {
  const defs = s.defaults.map((d) => d.replace(/^(\w+)="(.*)"$/, (_m, k: string, v: string) => `${k}=${v.replace(/:/g, '\\:')}`));
  let out = `Matching Defaults entries for ${who.name} on ${host}:\n    ${defs.join(', ')}\n\nUser ${who.name} may run the following commands on ${host}:\n`;
  for (const spec of s.specs) {
    if (!userMatches(spec, who)) continue;
    let prev: string | null = null;
    for (const c of spec.commands) {
      const ra = `(${(c.runasUsers?.length ? c.runasUsers : ['root']).join(', ')}${c.runasGroups ? ` : ${c.runasGroups.join(', ')}` : ''})`;
      const head = `${ra} ${c.nopasswd ? 'NOPASSWD: ' : ''}`;
      out += prev === null ? `    ${head}${c.cmnd}` : `, ${head === prev ? '' : head}${c.cmnd}`;
      prev = head;
    }
    if (prev !== null) out += '\n';
  }
  return out;
}
