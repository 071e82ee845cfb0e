import type { Namespace, NamespaceKind } from '../../../kernel/ns/namespace.ts';
import type { Process } from '../../../kernel/proc/process.ts';
import { Accounts } from '../system/accounts.ts';
import type { Applet } from '../types.ts';
import { LSNS_HELP } from './lsns-help.ts';
import { errx, parseNumber, ulOpts } from './ul-common.ts';
import { renderTable, type Column } from './smartcols.ts';

const COLUMNS: Record<string, Omit<Column, 'name'>> = {
  NS: { right: true, json: 'number' }, TYPE: {}, PATH: {}, NPROCS: { right: true, json: 'number' }, PID: { right: true, json: 'number' },
  PPID: { right: true, json: 'number' }, COMMAND: {}, UID: { right: true, json: 'number' }, USER: {}, NETNSID: { right: true, json: 'number' },
  NSFS: {}, PNS: { right: true, json: 'number' }, ONS: { right: true, json: 'number' },
};
const DEFAULT = ['NS', 'TYPE', 'NPROCS', 'PID', 'USER', 'COMMAND'];
const KINDS: NamespaceKind[] = ['mnt', 'net', 'pid', 'user', 'uts', 'ipc', 'cgroup'];
const ALL_TYPES = ['mnt', 'net', 'ipc', 'user', 'pid', 'uts', 'cgroup', 'time'];

/** lsns: the namespaces of the processes the caller can see, one line each (util-linux). */
const lsns: Applet = {
  async run(ctx) {
    const opts = await ulOpts(ctx, {
      short: 'Jlno:p:rt:uhVWT::',
      long: { json: { key: 'J' }, list: { key: 'l' }, noheadings: { key: 'n' }, output: { arg: 'required', key: 'o' }, 'output-all': {},
        task: { arg: 'required', key: 'p' }, raw: { key: 'r' }, notruncate: { key: 'u' }, nowrap: { key: 'W' }, type: { arg: 'required', key: 't' },
        tree: { arg: 'optional', key: 'T' }, help: { key: 'h' }, version: { key: 'V' } },
    }, LSNS_HELP);
    if (typeof opts === 'number') return opts;
    let cols = DEFAULT;
    const types = new Set<string>();
    let task: number | undefined;
    let mode: 'table' | 'raw' | 'json' = 'table';
    let headings = true;
    for (const [k, v] of opts.list) {
      if (k === 'o') {
        const list = v!.startsWith('+') ? [...DEFAULT, ...v!.slice(1).split(',')] : v!.split(',');
        const bad = list.find((c) => !(c.toUpperCase() in COLUMNS));
        if (bad !== undefined) return errx(ctx, `unknown column: ${bad}`);
        cols = list.map((c) => c.toUpperCase());
      } else if (k === 'output-all') cols = Object.keys(COLUMNS);
      else if (k === 't') {
        if (!ALL_TYPES.includes(v!)) return errx(ctx, `unknown namespace type: ${v}`);
        types.add(v!);
      } else if (k === 'p') {
        const n = parseNumber(v!);
        if (n === null) return errx(ctx, `invalid PID argument: '${v}'`);
        task = n;
      } else if (k === 'r') mode = 'raw';
      else if (k === 'J') mode = 'json';
      else if (k === 'n') headings = false;
    }
    const wantedNs = opts.operands[0] !== undefined ? parseNumber(opts.operands[0]) : null;
    const me = ctx.proc;
    const level = me.ns.pid.level;
    // Like reading /proc: everything visible from our pid namespace, but only our own tasks unless root.
    const procs = ctx.kernel.visible(me).filter((p) => p.alive && (me.creds.uid === 0 || p.creds.uid === me.creds.uid));
    const found = new Map<Namespace, Process[]>();
    for (const p of procs) for (const k of KINDS) {
      const ns = p.ns[k];
      if (!found.has(ns)) found.set(ns, []);
      found.get(ns)!.push(p);
    }
    let list = [...found.keys()].sort((a, b) => a.inode - b.inode);
    if (types.size) list = list.filter((n) => types.has(n.kind));
    if (wantedNs !== null) list = list.filter((n) => n.inode === wantedNs);
    if (task !== undefined) {
      const t = ctx.kernel.byPid(task, me);
      list = t ? list.filter((n) => t.ns[n.kind] === n) : [];
    }
    const acc = new Accounts(ctx);
    const rows = list.map((ns) => {
      const members = found.get(ns)!;
      const rep = members[0]!;
      const pid = rep.pidAt(level);
      const cmd = rep.argv.join(' ') || rep.comm;
      const owner = ns.kind === 'user' ? ns.ownerUser : (ns.ownerUser ?? rootUser(procs));
      const cell: Record<string, string> = {
        NS: String(ns.inode), TYPE: ns.kind, PATH: `/proc/${pid}/ns/${ns.kind}`, NPROCS: String(members.length), PID: String(pid),
        PPID: String(rep.parent ? rep.parent.pidAt(level) : 0), COMMAND: cmd, UID: String(rep.creds.uid), USER: acc.userName(rep.creds.uid),
        NETNSID: '', NSFS: '', PNS: String(parentOf(ns)), ONS: String(owner ? owner.inode : 0),
      };
      return cols.map((c) => cell[c]!);
    });
    if (!rows.length) return 1;
    await ctx.stdout.write(renderTable(cols.map((c) => ({ name: c, ...COLUMNS[c]! })), rows, { mode, headings, jsonName: 'namespaces' }));
    return 0;
  },
};

function rootUser(procs: Process[]): Namespace | null {
  for (const p of procs) for (let u: Process['ns']['user'] | null = p.ns.user; u; u = u.parent) if (!u.parent) return u;
  return null;
}

/** PNS: the parent of a user or pid namespace, 0 for kinds without a hierarchy or at the top. */
function parentOf(ns: Namespace): number {
  if (ns.kind !== 'user' && ns.kind !== 'pid') return 0;
  const parent = (ns as unknown as { parent: Namespace | null }).parent;
  return parent ? parent.inode : 0;
}

export default lsns;
