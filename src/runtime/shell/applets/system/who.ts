import type { Applet } from '../types.ts';
import { extraOperand, gnuOpts } from './gnu-opts.ts';
import { loginSessions, ttyOf } from './proc-table.ts';
import { breakDown, strftime } from './timefmt.ts';
import { zoneFromEnv } from './timezone.ts';

const LONG = {
  all: { key: 'a' }, boot: { key: 'b' }, dead: { key: 'd' }, heading: { key: 'H' }, login: { key: 'l' }, lookup: {}, ips: {},
  mesg: { key: 'T' }, message: { key: 'T' }, writable: { key: 'T' }, process: { key: 'p' }, count: { key: 'q' }, runlevel: { key: 'r' },
  short: { key: 's' }, time: { key: 't' }, users: { key: 'u' },
};

/** who: the login sessions (utmp) as coreutils prints them; `who am i` for this terminal only. */
const who: Applet = {
  async run(ctx) {
    const opts = await gnuOpts(ctx, { short: 'abdlmpqrstuwHT', long: LONG });
    if (typeof opts === 'number') return opts;
    const f = new Set(opts.list.map(([k]) => (k === 'w' ? 'T' : k)));
    if (f.has('a')) ['b', 'd', 'l', 'p', 'r', 't', 'T', 'u'].forEach((k) => f.add(k));
    const ops = opts.operands;
    if (ops.length > 2) return extraOperand(ctx, ops[2]!);
    if (ops.length === 2) f.add('m');
    const locale = ctx.env.get('LC_ALL') || ctx.env.get('LC_TIME') || ctx.env.get('LANG') || 'C';
    const iso = !['C', 'POSIX'].includes(locale);
    const zone = zoneFromEnv(ctx.env.get('TZ'));
    const fmtTime = (ms: number) => strftime(iso ? '%Y-%m-%d %H:%M' : '%b %e %H:%M', breakDown(ms, zone));
    const timeWidth = iso ? 16 : 12;
    const showUsers = !['b', 'd', 'l', 'p', 'r', 't'].some((k) => f.has(k)) || f.has('a') || f.has('u');
    const idle = f.has('u');
    const line = (user: string, state: string, tty: string, time: string, idleText: string, pid: string, comment: string) => {
      const mesg = f.has('T') ? ` ${state}` : '';
      const extra = idle ? ` ${idleText.padEnd(6)} ${pid.padStart(10)}` : '';
      return `${`${user.padEnd(8)}${mesg} ${tty.padEnd(12)} ${time.padEnd(timeWidth)}${extra} ${comment.padEnd(8)}`.replace(/ +$/, '')}\n`;
    };
    let sessions = loginSessions(ctx);
    if (f.has('m')) {
      const mine = ttyOf(ctx.proc);
      sessions = ctx.stdin.tty ? sessions.filter((s) => s.line === mine) : [];
    }
    if (f.has('q')) {
      await ctx.stdout.write(`${sessions.map((s) => s.user).join(' ')}\n# users=${sessions.length}\n`);
      return 0;
    }
    let out = '';
    if (f.has('H')) out += line('NAME', ' ', 'LINE', 'TIME', 'IDLE', 'PID', 'COMMENT');
    if (f.has('b')) out += line('', ' ', 'system boot', fmtTime(ctx.kernel.bootTime), '', '', '');
    if (f.has('r')) out += line('', ' ', 'run-level 5', fmtTime(ctx.kernel.bootTime), '', '', '');
    if (showUsers) for (const s of sessions) out += line(s.user, '+', s.line, fmtTime(s.loginMs), '.', String(s.pid), '');
    await ctx.stdout.write(out);
    return 0;
  },
};
export default who;
