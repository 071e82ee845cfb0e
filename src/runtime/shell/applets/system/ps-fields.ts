import { HZ, type ProcRow, argsText } from './proc-table.ts';
import { breakDown, strftime } from './timefmt.ts';
import type { Zone } from './timezone.ts';

/** Column justification as procps' CF_* flags. */
export type Just = 'L' | 'R' | 'U' | 'USER' | 'WCHAN' | 'SIG';
/** When a column prints: process-only, thread-only, every time, as needed. */
export type Print = 'PO' | 'TO' | 'ET' | 'AN';

/** Facts the formatters need beyond the row itself. */
export interface PsEnv {
  nowSec: number;
  memTotalKb: number;
  wideSignals: boolean;
  userIsNumber: boolean;
  wchanIsNumber: boolean;
  unixF: boolean;
  bsdC: boolean;
  bsdE: boolean;
  forestPrefix: string;
  forestType: string;
  zone: Zone;
}

export type Pr = (r: ProcRow, env: PsEnv, room: number) => string;
export type SortKey = (r: ProcRow, env: PsEnv) => number | string;

export interface FieldDef {
  head: string;
  width: number;
  just: Just;
  print: Print;
  pidmax?: boolean;
  /** BSD-only names are not Unix98 (affects `-o a=B,c` parsing). */
  vendor: boolean;
  pr: Pr;
  key: SortKey;
}

const nop: Pr = () => '-';
const num = (f: (r: ProcRow, env: PsEnv) => number): [Pr, SortKey] => [(r, e) => String(f(r, e)), f];

function clock(t: number, days: boolean): string {
  const ss = t % 60;
  const mm = Math.floor(t / 60) % 60;
  const hh = Math.floor(t / 3600) % 24;
  const dd = Math.floor(t / 86400);
  const p = (n: number) => String(n).padStart(2, '0');
  if (days) return `${dd ? `${dd}-` : ''}${p(hh)}:${p(mm)}:${p(ss)}`;
  return `${dd ? `${dd}-` : ''}${dd || hh ? `${p(hh)}:` : ''}${p(mm)}:${p(ss)}`;
}

const cpuSecs = (r: ProcRow) => Math.floor(r.cpuTicks / HZ);
function pcpu(r: ProcRow, scale: number): number {
  const jiffies = Math.floor(r.elapsed * HZ);
  return jiffies ? Math.floor((r.cpuTicks * scale) / jiffies) : 0;
}

/** Replaces what a terminal must not see, as escape_str does. */
export function escapeText(s: string, room: number): string {
  const text = Buffer.from(s, 'latin1').toString('utf8').replace(/[\x00-\x1f\x7f]/g, '?');
  const chars = [...text];
  return chars.length > room ? chars.slice(0, Math.max(0, room)).join('') : text;
}

function forest(env: PsEnv): string {
  const map: Record<string, string> = env.forestType === 'u' ? { ' ': '  ', L: '  ', '+': '  ', '|': '  ' } : { ' ': '    ', L: ' \\_ ', '+': ' \\_ ', '|': ' |  ' };
  return [...env.forestPrefix].map((c) => map[c] ?? '').join('');
}

function withEnv(r: ProcRow, env: PsEnv, text: string): string {
  if (!env.bsdE) return text;
  const environ = [...r.proc.env].map(([k, v]) => `${k}=${v}`).join(' ');
  return environ ? `${text} ${environ}` : text;
}

const argsPr: Pr = (r, env, room) => {
  const pre = forest(env);
  return pre + escapeText(withEnv(r, env, env.bsdC ? r.comm : argsText(r)), room - pre.length);
};
const commPr: Pr = (r, env, room) => {
  const pre = forest(env);
  const body = env.unixF ? argsText(r) : r.state === 'Z' ? `${r.comm} <defunct>` : r.comm;
  return pre + escapeText(withEnv(r, env, body), room - pre.length);
};
const fnamePr: Pr = (r, env, room) => {
  const pre = forest(env);
  return pre + escapeText(r.comm, Math.min(8, room - pre.length));
};

function namePr(get: (r: ProcRow) => string, id: (r: ProcRow) => number): Pr {
  return (r, env, room) => {
    if (env.userIsNumber) return String(id(r));
    const name = escapeText(get(r), 1 << 20);
    if (name.length <= room) return name;
    return room >= 1 ? `${name.slice(0, room - 1)}+` : String(id(r));
  };
}

function stat(r: ProcRow): string {
  let s: string = r.state;
  if (r.nice < 0) s += '<';
  if (r.nice > 0) s += 'N';
  if (r.leader) s += 's';
  if (r.tpgid !== -1 && r.pgid === r.tpgid) s += '+';
  return s;
}

/** Kernel function a sleeping task waits in, as WCHAN shows it. */
function wchan(r: ProcRow): string {
  if (r.state === 'R' || r.state === 'Z') return '-';
  if (r.state === 'T') return 'do_signal_stop';
  if (!r.proc.parent) return 'ep_poll';
  if ([...r.proc.children].some((c) => c.alive)) return 'do_wait';
  if (r.comm === 'sleep') return 'hrtimer_nanosleep';
  return 'pipe_read';
}

function sigMask(r: ProcRow, want: string): string {
  let mask = 0n;
  for (const [sig, d] of r.proc.dispositions) if (d === want) mask |= 1n << BigInt(sig - 1);
  return mask.toString(16).padStart(16, '0');
}
function sigPr(get: (r: ProcRow) => string): Pr {
  return (r, env) => {
    const sig = get(r);
    if (env.wideSignals) return sig;
    const trimmed = sig.replace(/^0+/, '');
    return trimmed.length > 8 ? `<${sig.slice(-8)}` : sig.slice(-8);
  };
}

function startPr(r: ProcRow, env: PsEnv): string {
  const tm = breakDown(r.startSec * 1000, env.zone);
  if (r.startSec + 86400 > env.nowSec) return strftime('%H:%M:%S', tm);
  return `  ${strftime('%b %d', tm)}`;
}
function bsdstartPr(r: ProcRow, env: PsEnv): string {
  const tm = breakDown(r.startSec * 1000, env.zone);
  return env.nowSec - r.startSec > 86400 ? strftime('%b %e', tm) : ` ${strftime('%H:%M', tm)}`;
}
function stimePr(r: ProcRow, env: PsEnv): string {
  const now = breakDown(env.nowSec * 1000, env.zone);
  const tm = breakDown(r.startSec * 1000, env.zone);
  if (now.year !== tm.year) return strftime('%Y', tm);
  return strftime(now.yday !== tm.yday ? '%b%d' : '%H:%M', tm);
}

type Spec = [string, string, number, Just, Print, boolean, Pr, SortKey, boolean?];
const str = (f: (r: ProcRow) => string): SortKey => (r) => f(r);
const [pidPr, pidKey] = num((r) => r.pid);
const [ppidPr, ppidKey] = num((r) => r.ppid);
const [pgidPr, pgidKey] = num((r) => r.pgid);
const [sidPr, sidKey] = num((r) => r.sid);
const [uidPr, uidKey] = num((r) => r.uid);
const [gidPr, gidKey] = num((r) => r.gid);
const [niPr, niKey] = num((r) => r.nice);
const [vszPr, vszKey] = num((r) => r.vszKb);
const [rssPr, rssKey] = num((r) => r.rssKb);
const [zeroPr, zeroKey] = num(() => 0);
const [onePr, oneKey] = num(() => 1);
const userPr = namePr((r) => r.user, (r) => r.uid);
const groupPr = namePr((r) => r.group, (r) => r.gid);
const ttyPr: Pr = (r) => r.tty;
const startKey: SortKey = (r) => r.startSec;
const timePr: Pr = (r) => clock(cpuSecs(r), true);
const cpuKey: SortKey = (r) => r.cpuTicks;
const pcpuPr: Pr = (r) => {
  const v = Math.min(pcpu(r, 1000), 999);
  return pcpu(r, 1000) > 999 ? String(Math.floor(pcpu(r, 1000) / 10)) : `${Math.floor(v / 10)}.${v % 10}`;
};
const pmemPr: Pr = (r, env) => {
  const v = Math.min(999, Math.floor((r.rssKb * 1000) / env.memTotalKb));
  return `${String(Math.floor(v / 10)).padStart(2)}.${v % 10}`;
};

const SPECS: Spec[] = [
  ['%cpu', '%CPU', 4, 'R', 'ET', true, pcpuPr, (r) => pcpu(r, 1000)],
  ['%mem', '%MEM', 4, 'R', 'PO', true, pmemPr, rssKey],
  ['addr', 'ADDR', 4, 'R', 'AN', true, nop, zeroKey],
  ['addr_1', 'ADDR', 1, 'L', 'AN', true, nop, zeroKey],
  ['args', 'COMMAND', 27, 'U', 'PO', false, argsPr, str(argsText)],
  ['bsdstart', 'START', 6, 'R', 'ET', true, bsdstartPr, startKey],
  ['bsdtime', 'TIME', 6, 'R', 'ET', true, (r) => `${String(Math.floor(cpuSecs(r) / 60)).padStart(3)}:${String(cpuSecs(r) % 60).padStart(2, '0')}`, cpuKey],
  ['blocked', 'BLOCKED', 9, 'SIG', 'TO', true, sigPr(() => '0'.repeat(16)), zeroKey],
  ['c', 'C', 2, 'R', 'ET', true, (r) => String(Math.min(99, pcpu(r, 100))).padStart(2), (r) => pcpu(r, 100)],
  ['caught', 'CAUGHT', 9, 'SIG', 'TO', true, sigPr((r) => sigMask(r, 'handle')), zeroKey],
  ['class', 'CLS', 3, 'L', 'TO', true, () => 'TS', zeroKey],
  ['cls', 'CLS', 3, 'R', 'TO', true, () => 'TS', zeroKey],
  ['cgroup', 'CGROUP', 27, 'U', 'PO', true, (r) => [...r.proc.cgroups].map(([k, v]) => `${k}:${v}`).join(',') || '-', zeroKey],
  ['cmd', 'CMD', 27, 'U', 'PO', true, argsPr, str(argsText)],
  ['comm', 'COMMAND', 15, 'U', 'PO', false, commPr, str((r) => r.comm)],
  ['command', 'COMMAND', 27, 'U', 'PO', true, argsPr, str(argsText)],
  ['cputime', 'TIME', 8, 'R', 'ET', true, timePr, cpuKey],
  ['cputimes', 'TIME', 8, 'R', 'ET', true, (r) => String(cpuSecs(r)), cpuKey],
  ['drs', 'DRS', 5, 'R', 'PO', true, vszPr, vszKey],
  ['egid', 'EGID', 5, 'R', 'ET', true, gidPr, gidKey],
  ['egroup', 'EGROUP', 8, 'USER', 'ET', true, groupPr, str((r) => r.group)],
  ['etime', 'ELAPSED', 11, 'R', 'ET', false, (r) => clock(Math.floor(r.elapsed), false), (r) => -r.startSec],
  ['etimes', 'ELAPSED', 7, 'R', 'ET', true, (r) => String(Math.floor(r.elapsed)), (r) => -r.startSec],
  ['euid', 'EUID', 5, 'R', 'ET', true, uidPr, uidKey],
  ['euser', 'EUSER', 8, 'USER', 'ET', true, userPr, str((r) => r.user)],
  ['exe', 'EXE', 27, 'U', 'PO', true, (r) => r.proc.exe ?? '-', str((r) => r.proc.exe ?? '')],
  ['f', 'F', 1, 'R', 'ET', true, () => '4', zeroKey],
  ['flag', 'F', 1, 'R', 'ET', true, () => '4', zeroKey],
  ['flags', 'F', 1, 'R', 'ET', true, () => '4', zeroKey],
  ['fname', 'COMMAND', 8, 'L', 'PO', true, fnamePr, str((r) => r.comm)],
  ['fuid', 'FUID', 5, 'R', 'ET', true, uidPr, uidKey],
  ['fuser', 'FUSER', 8, 'USER', 'ET', true, userPr, str((r) => r.user)],
  ['gid', 'GID', 5, 'R', 'ET', true, gidPr, gidKey],
  ['group', 'GROUP', 8, 'USER', 'ET', false, groupPr, str((r) => r.group)],
  ['ignored', 'IGNORED', 9, 'SIG', 'TO', true, sigPr((r) => sigMask(r, 'ignore')), zeroKey],
  ['intpri', 'PRI', 3, 'R', 'TO', true, (r) => String(80 + r.nice), niKey],
  ['label', 'LABEL', 31, 'L', 'ET', true, () => 'unconfined', zeroKey],
  ['lstart', 'STARTED', 24, 'R', 'ET', true, (r, env) => strftime('%a %b %e %H:%M:%S %Y', breakDown(r.startSec * 1000, env.zone)), startKey],
  ['lwp', 'LWP', 5, 'R', 'TO', true, pidPr, pidKey, true],
  ['m_drs', 'DRS', 5, 'R', 'PO', true, vszPr, vszKey],
  ['m_trs', 'TRS', 5, 'R', 'PO', true, zeroPr, zeroKey],
  ['maj_flt', 'MAJFL', 6, 'R', 'AN', true, zeroPr, zeroKey],
  ['majflt', 'MAJFLT', 6, 'R', 'AN', true, zeroPr, zeroKey],
  ['min_flt', 'MINFL', 6, 'R', 'AN', true, zeroPr, zeroKey],
  ['minflt', 'MINFLT', 6, 'R', 'AN', true, zeroPr, zeroKey],
  ['ni', 'NI', 3, 'R', 'TO', true, niPr, niKey],
  ['nice', 'NI', 3, 'R', 'TO', false, niPr, niKey],
  ['nlwp', 'NLWP', 4, 'R', 'PO', true, onePr, oneKey],
  ['opri', 'PRI', 3, 'R', 'TO', true, (r) => String(80 + r.nice), niKey],
  ['pcpu', '%CPU', 4, 'R', 'ET', false, pcpuPr, (r) => pcpu(r, 1000)],
  ['pending', 'PENDING', 9, 'SIG', 'ET', true, sigPr(() => '0'.repeat(16)), zeroKey],
  ['pgid', 'PGID', 5, 'R', 'PO', false, pgidPr, pgidKey, true],
  ['pgrp', 'PGRP', 5, 'R', 'PO', true, pgidPr, pgidKey, true],
  ['pid', 'PID', 5, 'R', 'PO', false, pidPr, pidKey, true],
  ['pmem', '%MEM', 4, 'R', 'PO', true, pmemPr, rssKey],
  ['policy', 'POL', 3, 'L', 'TO', true, () => 'TS', zeroKey],
  ['ppid', 'PPID', 5, 'R', 'PO', false, ppidPr, ppidKey, true],
  ['pri', 'PRI', 3, 'R', 'TO', true, (r) => String(19 - r.nice), (r) => -r.nice],
  ['priority', 'PRI', 3, 'R', 'TO', true, (r) => String(20 + r.nice), niKey],
  ['psr', 'PSR', 3, 'R', 'TO', true, zeroPr, zeroKey],
  ['rgid', 'RGID', 5, 'R', 'ET', true, gidPr, gidKey],
  ['rgroup', 'RGROUP', 8, 'USER', 'ET', false, groupPr, str((r) => r.group)],
  ['rss', 'RSS', 5, 'R', 'PO', true, rssPr, rssKey],
  ['rssize', 'RSS', 5, 'R', 'PO', true, rssPr, rssKey],
  ['rsz', 'RSZ', 5, 'R', 'PO', true, rssPr, rssKey],
  ['ruid', 'RUID', 5, 'R', 'ET', true, uidPr, uidKey],
  ['ruser', 'RUSER', 8, 'USER', 'ET', false, userPr, str((r) => r.user)],
  ['s', 'S', 1, 'L', 'TO', true, (r) => r.state, str((r) => r.state)],
  ['sess', 'SESS', 5, 'R', 'PO', true, sidPr, sidKey, true],
  ['session', 'SESS', 5, 'R', 'PO', true, sidPr, sidKey, true],
  ['sgid', 'SGID', 5, 'R', 'ET', true, gidPr, gidKey],
  ['sid', 'SID', 5, 'R', 'PO', true, sidPr, sidKey, true],
  ['sig', 'PENDING', 9, 'SIG', 'ET', true, sigPr(() => '0'.repeat(16)), zeroKey],
  ['sigcatch', 'CAUGHT', 9, 'SIG', 'TO', true, sigPr((r) => sigMask(r, 'handle')), zeroKey],
  ['sigignore', 'IGNORED', 9, 'SIG', 'TO', true, sigPr((r) => sigMask(r, 'ignore')), zeroKey],
  ['sigmask', 'BLOCKED', 9, 'SIG', 'TO', true, sigPr(() => '0'.repeat(16)), zeroKey],
  ['spid', 'SPID', 5, 'R', 'TO', true, pidPr, pidKey, true],
  ['start', 'STARTED', 8, 'R', 'ET', true, startPr, startKey],
  ['start_time', 'START', 5, 'R', 'ET', true, stimePr, startKey],
  ['stat', 'STAT', 4, 'L', 'TO', true, stat, str(stat)],
  ['state', 'S', 1, 'L', 'TO', true, (r) => r.state, str((r) => r.state)],
  ['stime', 'STIME', 5, 'R', 'ET', true, stimePr, startKey],
  ['suid', 'SUID', 5, 'R', 'ET', true, uidPr, uidKey],
  ['suser', 'SUSER', 8, 'USER', 'ET', true, userPr, str((r) => r.user)],
  ['svgid', 'SVGID', 5, 'R', 'ET', true, gidPr, gidKey],
  ['svuid', 'SVUID', 5, 'R', 'ET', true, uidPr, uidKey],
  ['sz', 'SZ', 5, 'R', 'PO', true, (r) => String(r.vszKb >> 2), vszKey],
  ['tgid', 'TGID', 5, 'R', 'PO', true, pidPr, pidKey, true],
  ['thcount', 'THCNT', 5, 'R', 'PO', true, onePr, oneKey],
  ['tid', 'TID', 5, 'R', 'TO', true, pidPr, pidKey, true],
  ['time', 'TIME', 8, 'R', 'ET', false, timePr, cpuKey],
  ['times', 'TIME', 8, 'R', 'ET', true, (r) => String(cpuSecs(r)), cpuKey],
  ['tname', 'TTY', 8, 'L', 'PO', true, ttyPr, (r) => r.ttyNr],
  ['tpgid', 'TPGID', 5, 'R', 'PO', true, (r) => String(r.tpgid), (r) => r.tpgid, true],
  ['trs', 'TRS', 4, 'R', 'PO', true, zeroPr, zeroKey],
  ['tt', 'TT', 8, 'L', 'PO', true, ttyPr, (r) => r.ttyNr],
  ['tty', 'TT', 8, 'L', 'PO', false, ttyPr, (r) => r.ttyNr],
  ['tty4', 'TTY', 4, 'L', 'PO', true, ttyPr, (r) => r.ttyNr],
  ['tty8', 'TTY', 8, 'L', 'PO', true, ttyPr, (r) => r.ttyNr],
  ['ucmd', 'CMD', 15, 'U', 'PO', true, commPr, str((r) => r.comm)],
  ['ucomm', 'COMMAND', 15, 'U', 'PO', true, commPr, str((r) => r.comm)],
  ['uid', 'UID', 5, 'R', 'ET', true, uidPr, uidKey],
  ['uid_hack', 'UID', 8, 'USER', 'ET', true, userPr, str((r) => r.user)],
  ['uname', 'USER', 8, 'USER', 'ET', true, userPr, str((r) => r.user)],
  ['user', 'USER', 8, 'USER', 'ET', false, userPr, str((r) => r.user)],
  ['vsize', 'VSZ', 6, 'R', 'PO', true, vszPr, vszKey],
  ['vsz', 'VSZ', 6, 'R', 'PO', false, vszPr, vszKey],
  ['wchan', 'WCHAN', 6, 'WCHAN', 'TO', true, (r, env, room) => (env.wchanIsNumber ? (r.state === 'S' ? '1' : '0') : wchan(r).slice(0, room)), str(wchan)],
];

export const FIELDS: Map<string, FieldDef> = new Map(
  SPECS.map(([spec, head, width, just, print, vendor, pr, key, pidmax]) => [spec, { head, width, just, print, vendor, pr, key, pidmax }]),
);

/** Multi-column names (macro_array) used by the option letters and accepted by -o. */
export const MACROS: Record<string, string> = {
  DefBSD: 'pid,tname,stat,bsdtime,args', DefSysV: 'pid,tname,time,cmd', END_BSD: 'state,tname,cputime,comm',
  END_SYS5: 'state,tname,time,command', OL_j: 'ppid,pid,pgid,sid,tname,tpgid,stat,uid,bsdtime,args',
  OL_l: 'flags,uid,pid,ppid,priority,nice,vsz,rss,wchan,stat,tname,bsdtime,args',
  OL_m: 'pid,tname,majflt,minflt,m_trs,m_drs,m_size,m_swap,rss,m_share,vm_lib,m_dt,args',
  OL_s: 'uid,pid,pending,sig_block,sig_ignore,caught,stat,tname,bsdtime,args',
  OL_u: 'user,pid,pcpu,pmem,vsz,rss,tname,stat,start_time,bsdtime,args', OL_v: 'pid,tname,stat,bsdtime,maj_flt,m_trs,m_drs,rss,pmem,args',
  Std_f: 'uid_hack,pid,ppid,c,stime,tname,time,cmd', Std_fl: 'f,s,uid_hack,pid,ppid,c,opri,ni,addr,sz,wchan,stime,tname,time,cmd',
  Std_l: 'f,s,uid,pid,ppid,c,opri,ni,addr,sz,wchan,tname,time,ucmd',
};
for (const [alias, target] of [['sig_block', 'blocked'], ['sig_ignore', 'ignored'], ['sig_catch', 'caught'], ['sig_pend', 'pending'], ['m_size', 'vsize'], ['m_swap', 'trs'], ['m_share', 'trs'], ['vm_lib', 'trs'], ['m_dt', 'trs']] as const) {
  const f = FIELDS.get(target)!;
  FIELDS.set(alias, { ...f, head: alias === 'sig_pend' ? 'SIGNAL' : alias === 'sig_catch' ? 'CATCHED' : alias === 'm_size' ? 'SIZE' : alias === 'm_swap' ? 'SWAP' : alias === 'm_share' ? 'SHRD' : alias === 'vm_lib' ? 'LIB' : alias === 'm_dt' ? 'DT' : f.head });
}
