import { OptError, getopt } from '../getopt.ts';
import { RegexError, compileRegex } from '../regex/posix-regex.ts';
import type { Applet, AppletContext } from '../types.ts';
import { Accounts } from './accounts.ts';
import { type ProcRow, buildRows } from './proc-table.ts';
import { PGREP_USAGE, PKILL_USAGE, PROCPS_VERSION } from './procps-usage.ts';
import { killPid, settle } from './signal-send.ts';
import { signalNumber } from './signames.ts';

const COMMON_LONG = {
  count: { key: 'c' }, full: { key: 'f' }, pgroup: { arg: 'required', key: 'g' }, group: { arg: 'required', key: 'G' },
  'ignore-case': { key: 'i' }, newest: { key: 'n' }, oldest: { key: 'o' }, older: { arg: 'required', key: 'O' },
  parent: { arg: 'required', key: 'P' }, session: { arg: 'required', key: 's' }, terminal: { arg: 'required', key: 't' },
  euid: { arg: 'required', key: 'u' }, uid: { arg: 'required', key: 'U' }, exact: { key: 'x' }, pidfile: { arg: 'required', key: 'F' },
  logpidfile: { key: 'L' }, runstates: { arg: 'required', key: 'r' }, 'ignore-ancestors': { key: 'A' }, cgroup: { arg: 'required' },
  ns: { arg: 'required' }, nslist: { arg: 'required' }, help: { key: 'h' }, version: { key: 'V' },
} as const;
const PGREP_LONG = { ...COMMON_LONG, delimiter: { arg: 'required', key: 'd' }, 'list-name': { key: 'l' }, 'list-full': { key: 'a' }, inverse: { key: 'v' }, lightweight: { key: 'w' } };
const PKILL_LONG = { ...COMMON_LONG, signal: { arg: 'required', key: 'signal' }, queue: { arg: 'required', key: 'q' }, echo: { key: 'e' } };

/** Exit 2 (usage) or 3 (fatal) after the message is out. */
class PgrepExit extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
  }
}

const pgrep: Applet = {
  async run(ctx) {
    try {
      return await main(ctx);
    } catch (e) {
      if (e instanceof PgrepExit) return e.status;
      throw e;
    }
  },
};

async function main(ctx: AppletContext): Promise<number> {
  const pkill = ctx.name === 'pkill';
  const name = pkill ? 'pkill' : 'pgrep';
  const say = (m: string) => ctx.stderr.write(`${name}: ${m}\n`);
  const tryHelp = async (): Promise<never> => {
    await ctx.stderr.write(`Try \`${name} --help' for more information.\n`);
    throw new PgrepExit(2);
  };
  const args = ctx.argv.slice(1);
  let sig = 15;
  if (pkill) {
    const at = args.findIndex((a) => a.startsWith('-') && signalNumber(a.slice(1)) > -1);
    if (at >= 0) sig = signalNumber(args.splice(at, 1)[0]!.slice(1));
  }
  let p;
  try {
    p = getopt(args, pkill ? { short: 'q:ecfg:G:inoO:P:s:t:u:U:xF:Lr:AhV', long: PKILL_LONG as never } : { short: 'lad:vwcfg:G:inoO:P:s:t:u:U:xF:Lr:AhV', long: PGREP_LONG as never });
  } catch (e) {
    if (!(e instanceof OptError)) throw e;
    await say(e.message);
    await ctx.stderr.write(pkill ? PKILL_USAGE : PGREP_USAGE);
    return 2;
  }
  const accounts = new Accounts(ctx);
  const o = { delim: '\n', filters: [] as ((r: ProcRow) => boolean)[], flags: new Set<string>(), criteria: false };
  const list = (v: string, parse: (s: string) => number | undefined, what: string) => {
    const out: number[] = [];
    for (const item of v.split(',')) {
      const n = parse(item);
      if (n === undefined) return { bad: `invalid ${what}: ${item}` };
      out.push(n);
    }
    return { out };
  };
  const idOf = (s: string, kind: 'user' | 'group') => (/^\d+$/.test(s) ? Number(s) : kind === 'user' ? accounts.userByName(s)?.uid : accounts.groupByName(s)?.gid);
  const own = (n: number, mine: number) => (n === 0 ? mine : n);
  const me = buildRows(ctx, accounts).find((r) => r.proc === ctx.proc);
  for (const [k, v] of p.list) {
    const addList = async (what: string, parse: (s: string) => number | undefined, field: (r: ProcRow) => number) => {
      const l = list(v!, parse, what);
      if ('bad' in l) {
        await say(l.bad!);
        throw new PgrepExit(2);
      }
      const set = new Set(l.out);
      o.filters.push((r) => set.has(field(r)));
      o.criteria = true;
    };
    switch (k) {
      case 'd':
        o.delim = v!;
        break;
      case 'u':
      case 'U':
        await addList('user name', (s) => idOf(s, 'user'), (r) => r.uid);
        break;
      case 'G':
        await addList('group name', (s) => idOf(s, 'group'), (r) => r.gid);
        break;
      case 'P':
        await addList('parent', (s) => (/^\d+$/.test(s) ? Number(s) : undefined), (r) => r.ppid);
        break;
      case 'g':
        await addList('process group', (s) => (/^\d+$/.test(s) ? own(Number(s), me?.pgid ?? 0) : undefined), (r) => r.pgid);
        break;
      case 's':
        await addList('session id', (s) => (/^\d+$/.test(s) ? own(Number(s), me?.sid ?? 0) : undefined), (r) => r.sid);
        break;
      case 't': {
        const ttys = new Set(v!.split(',').map((t) => t.replace(/^\/dev\//, '')));
        o.filters.push((r) => ttys.has(r.tty));
        o.criteria = true;
        break;
      }
      case 'r': {
        const states = v!;
        o.filters.push((r) => states.includes(r.state));
        o.criteria = true;
        break;
      }
      case 'O': {
        const secs = Number(v);
        o.filters.push((r) => r.elapsed >= secs);
        o.criteria = true;
        break;
      }
      case 'signal':
        sig = signalNumber(v!);
        break;
      case 'h':
        await ctx.stdout.write(pkill ? PKILL_USAGE : PGREP_USAGE);
        return 0;
      case 'V':
        await ctx.stdout.write(PROCPS_VERSION(name));
        return 0;
      case 'F':
      case 'L':
      case 'cgroup':
      case 'ns':
      case 'nslist':
        await say(`option ${k.length > 1 ? `--${k}` : `-${k}`} is not supported by the lab`);
        throw new PgrepExit(3);
      default:
        o.flags.add(k);
    }
  }
  const f = o.flags;
  if (p.operands.length > 1) {
    await say('only one pattern can be provided');
    return tryHelp();
  }
  const pattern = p.operands[0];
  if (pattern === undefined && !o.criteria && !f.has('n') && !f.has('o')) {
    await say('no matching criteria specified');
    return tryHelp();
  }
  let test: ((s: string) => boolean) | null = null;
  if (pattern !== undefined) {
    try {
      const src = f.has('x') ? `^(${pattern})$` : pattern;
      const re = compileRegex(src, { extended: true, dialect: 'sed', icase: f.has('i') }).regex;
      test = (s) => re.test(s);
    } catch (e) {
      if (!(e instanceof RegexError)) throw e;
      await say(`regex error: ${e.message}`);
      throw new PgrepExit(2);
    }
  }
  const ancestors = new Set<unknown>();
  for (let q = ctx.proc.parent; q; q = q.parent) ancestors.add(q);
  const commandLine = (r: ProcRow) => (r.cmdline.length ? r.cmdline.join(' ') : r.comm);
  let rows = buildRows(ctx, accounts).filter((r) => {
    if (r.proc === ctx.proc) return false;
    if (f.has('A') && ancestors.has(r.proc)) return false;
    const ok = o.filters.every((fn) => fn(r)) && (!test || test(f.has('f') ? commandLine(r) : r.comm));
    return f.has('v') ? !ok : ok;
  });
  if (f.has('n') || f.has('o')) {
    const pick = rows.reduce<ProcRow | null>((best, r) => {
      if (!best) return r;
      const newer = r.proc.startTime > best.proc.startTime || (r.proc.startTime === best.proc.startTime && r.pid > best.pid);
      return f.has('n') === newer ? r : best;
    }, null);
    rows = pick ? [pick] : [];
  }
  if (pkill) return killAll(ctx, rows, sig, f, say);
  if (f.has('c')) await ctx.stdout.write(`${rows.length}\n`);
  else if (rows.length) {
    const line = (r: ProcRow) => (f.has('a') ? `${r.pid} ${commandLine(r)}` : f.has('l') ? `${r.pid} ${r.comm}` : String(r.pid));
    await ctx.stdout.write(`${rows.map(line).join(o.delim)}\n`);
  }
  return rows.length ? 0 : 1;
}

async function killAll(ctx: AppletContext, rows: ProcRow[], sig: number, f: Set<string>, say: (m: string) => Promise<void>): Promise<number> {
  let killed = 0;
  for (const r of rows) {
    const err = killPid(ctx, r.pid, sig);
    if (err) {
      await say(`killing pid ${r.pid} failed: ${err}`);
      continue;
    }
    killed++;
    if (f.has('e')) await ctx.stdout.write(`${r.comm} killed (pid ${r.pid})\n`);
  }
  if (f.has('c')) await ctx.stdout.write(`${rows.length}\n`);
  await settle(ctx);
  return killed > 0 ? 0 : 1;
}

export default pgrep;
