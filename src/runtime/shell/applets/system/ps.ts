import type { Applet, AppletContext } from '../types.ts';
import { type ProcRow, buildRows, ttyNumber, ttyOf } from './proc-table.ts';
import { psBusybox } from './ps-busybox.ts';
import { FIELDS, type PsEnv } from './ps-fields.ts';
import { type Col, type SortSpec, digestFormats } from './ps-format.ts';
import { PS_USAGE } from './ps-help.ts';
import { OUTBUF_SIZE, activeWidth, forestOrder, renderLine, sortRows } from './ps-layout.ts';
import { type PsArgs, PsParseError, checkThreads, parsePsArgs } from './ps-parse.ts';
import { zoneFromEnv } from './timezone.ts';

interface Select {
  myEuid: boolean;
  myTty: boolean;
  noLeader: boolean;
  hasTty: boolean;
  all: boolean;
}

/** select_setup: what the simple selection letters (a d x g, -a -d) combine to. */
function selectSetup(a: PsArgs): Select {
  const s: Select = { myEuid: false, myTty: false, noLeader: false, hasTty: false, all: a.all };
  const key = [...a.simple].sort().join('');
  if (key === '' || key === 'Bg') {
    s.myEuid = true;
    if (a.preferBsd || key === 'Bg') s.hasTty = true;
    else s.myTty = true;
  } else if (key === 'Ua') s.noLeader = s.hasTty = true;
  else if (key === 'Ud' || key === 'UaUd') s.noLeader = true;
  else if (key === 'Ba' || key === 'BaBg') s.hasTty = true;
  else if (key === 'Bx' || key === 'BgBx') s.myEuid = true;
  else if (key === 'BaBx' || key === 'BaBgBx') s.all = true;
  else throw new PsParseError('process selection options conflict');
  return s;
}

function listed(r: ProcRow, a: PsArgs): boolean {
  return a.sel.some(({ type, values }) => {
    const v: number | string = { RUID: r.uid, EUID: r.uid, RGID: r.gid, EGID: r.gid, PGRP: r.pgid, PID: r.pid, QPID: r.pid, PPID: r.ppid, TTY: r.ttyNr, SESS: r.sid, COMM: r.comm }[type];
    return values.some((x) => (type === 'COMM' ? (String(x).length >= 15 && r.comm.length === 15 ? String(x).startsWith(r.comm) : x === v) : x === v));
  });
}

function wanted(r: ProcRow, a: PsArgs, s: Select, me: { euid: number; tty: number }): boolean {
  let ok = s.all;
  if (!ok && (a.simple.size || !a.sel.length)) {
    ok = !(s.myEuid && r.uid !== me.euid) && !(s.myTty && r.ttyNr !== me.tty) && !(s.noLeader && r.leader) && !(s.hasTty && r.ttyNr === 0);
  }
  if (!ok) ok = listed(r, a);
  if (a.running && r.state !== 'R' && r.state !== 'D') ok = false;
  return a.negate ? !ok : ok;
}

async function quickPidConflicts(ctx: AppletContext, a: PsArgs, sort: SortSpec[]): Promise<boolean> {
  const quick = a.sel.filter((s) => s.type === 'QPID').length;
  if (!quick) return false;
  const msg =
    quick > 1 ? 'q/-q/--quick-pid can only be used once.'
    : a.sel.length > quick ? 'q/-q/--quick-pid cannot be combined with other selection options.'
    : a.forest ? 'q/-q/--quick-pid cannot be used together with forest type listings.'
    : sort.length ? 'q/-q,--quick-pid cannot be used together with sort options.'
    : a.negate ? 'q/-q/--quick-pid cannot be used together with negation switches.' : '';
  if (msg) await ctx.stderr.write(`${msg}\n`);
  return msg !== '';
}

function screenSize(ctx: AppletContext, a: PsArgs): { cols: number; rows: number } {
  const envNum = (name: string, max: number) => {
    const v = ctx.env.get(name);
    return v && /^\d+$/.test(v) && Number(v) > 0 && Number(v) < max ? Number(v) : undefined;
  };
  let cols = a.cols ?? envNum('COLUMNS', OUTBUF_SIZE) ?? (ctx.stdout.tty ? 80 : OUTBUF_SIZE);
  if (a.wCount && cols < 132) cols = 132;
  if (a.wCount > 1) cols = OUTBUF_SIZE;
  return { cols, rows: a.rows ?? envNum('LINES', 1 << 30) ?? 24 };
}

/** ps: procps-ng 4.0.2 option syntax (SysV, BSD and GNU), columns laid out as procps does. */
const ps: Applet = {
  async run(ctx) {
    if (ctx.flavor === 'busybox') return psBusybox(ctx);
    let parsed;
    try {
      parsed = parsePsArgs(ctx, ctx.argv, (a) => {
        checkThreads(a);
        const f = digestFormats(a, ctx.env);
        return { ...f, select: selectSetup(a) };
      });
    } catch (e) {
      if (!(e instanceof PsParseError)) throw e;
      await ctx.stderr.write(`error: ${e.message}\n${PS_USAGE}`);
      return 1;
    }
    const { args: a, result } = parsed;
    if (a.exit || !result) {
      const out = a.exit?.out === 'L' ? formatList() : a.exit?.out ?? '';
      await ctx.stdout.write(out);
      return a.exit?.status ?? 0;
    }
    const { cols, sort, select } = result;
    if (await quickPidConflicts(ctx, a, sort)) return 1;
    const screen = screenSize(ctx, a);
    const { active, wideSignals } = activeWidth(cols, screen.cols);
    const env: PsEnv = {
      nowSec: Math.floor(ctx.kernel.clock.now / 1000), memTotalKb: ctx.host.memTotalKb, wideSignals, userIsNumber: a.numeric,
      wchanIsNumber: a.numeric, unixF: a.unixF, bsdC: a.bsdC, bsdE: a.bsdE, forestPrefix: '', forestType: a.forest,
      zone: zoneFromEnv(ctx.env.get('TZ')),
    };
    const me = { euid: ctx.proc.creds.uid, tty: ttyNumber(ttyOf(ctx.proc)) };
    let rows = buildRows(ctx).filter((r) => wanted(r, a, select, me));
    const quick = a.sel.find((s) => s.type === 'QPID');
    if (quick) rows = quick.values.flatMap((pid) => rows.filter((r) => r.pid === pid));
    let lines: { row: ProcRow; prefix: string }[];
    if (a.forest) {
      const keys = [...(sort.length ? sort : [{ key: FIELDS.get('start_time')!.key, reverse: false }])];
      rows = sortRows(rows, [{ key: (r) => r.ppid, reverse: false }, ...keys], env);
      lines = forestOrder(rows, a.forest);
    } else lines = (sort.length ? sortRows(rows, sort, env) : rows).map((row) => ({ row, prefix: '' }));
    await ctx.stdout.write(render(cols, lines, env, active, a, screen.rows));
    return lines.length ? 0 : 1;
  },
};
export default ps;

function render(cols: Col[], lines: { row: ProcRow; prefix: string }[], env: PsEnv, active: number, a: PsArgs, screenRows: number): string {
  const named = cols.some((c) => c.name !== '' && c.pr);
  let toHeader = a.header === 'none' || !named ? -1 : 1;
  const gap = a.header === 'multi' ? screenRows - 1 : -1;
  const both = a.threads.has('Um') || a.threads.has('Bm');
  let out = '';
  const emit = (row: ProcRow | null, blank?: (c: Col) => boolean) => {
    if (--toHeader === 0) {
      toHeader = gap;
      out += renderLine(cols, null, env, active);
    }
    if (row) out += renderLine(cols, row, env, active, blank);
  };
  for (const { row, prefix } of lines) {
    env.forestPrefix = prefix;
    if (both) {
      emit(row, (c) => c.print === 'TO');
      emit(row, (c) => c.print === 'PO');
    } else emit(row);
  }
  if (!lines.length) emit(null);
  return out;
}

function formatList(): string {
  return [...FIELDS.keys()]
    .sort()
    .filter((k) => FIELDS.get(k)!.pr.length > 0 || k)
    .map((k) => `${k.padEnd(12).slice(0, 12)} ${FIELDS.get(k)!.head.padEnd(8).slice(0, 8)}\n`)
    .join('');
}
