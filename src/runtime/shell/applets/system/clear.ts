import type { Applet } from '../types.ts';

const CSI_H = '\x1b[H';
const ED = '\x1b[J';
const ED2 = '\x1b[2J';
/** E3: also clear the scrollback. */
const E3 = '\x1b[3J';

/** The `clear` and `E3` capabilities of the terminfo entries ncurses-base ships. */
const TERMINFO: Record<string, [string, string]> = {};
const define = (names: string, clear: string, e3 = '') => {
  for (const n of names.split(' ')) TERMINFO[n] = [clear, e3];
};
define('xterm xterm-256color xterm-vt220', CSI_H + ED2, E3);
define('Eterm rxvt rxvt-basic rxvt-unicode rxvt-unicode-256color screen.xterm-256color xterm-color xterm-mono xterm-r5 xterm-r6 xterm-xfree86', CSI_H + ED2);
define('linux tmux tmux-256color', CSI_H + ED, E3);
define('ansi cons25 cons25-debian cygwin pcansi screen screen-256color screen-256color-bce screen-bce screen-s screen-w vt100 vt102 vt220 wsvt25 wsvt25m', CSI_H + ED);
define('hurd mach mach-bold mach-color mach-gnu mach-gnu-color', '\x1bc');
define('vt52', '\x1bH\x1bJ');
define('sun', '\f');
define('dumb', '');

const USAGE = 'Usage: clear [options]\n\nOptions:\n  -T TERM     use this instead of $TERM\n  -V          print curses-version\n  -x          do not try to clear scrollback\n';

/** ncurses clear: the terminal's clear string (plus E3 unless -x); dumb terminals fail. */
const clear: Applet = {
  async run(ctx) {
    if (ctx.flavor === 'busybox') {
      await ctx.stdout.write(CSI_H + ED);
      return 0;
    }
    let term = ctx.env.get('TERM');
    let scrollback = true;
    const args = ctx.argv.slice(1);
    let i = 0;
    const bad = async (msg: string) => {
      await ctx.stderr.write(`${msg ? `clear: ${msg}\n` : ''}${USAGE}`);
      return 1;
    };
    for (; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--') {
        i++;
        break;
      }
      if (!a.startsWith('-') || a === '-') break;
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (c === 'x') scrollback = false;
        else if (c === 'V') {
          await ctx.stdout.write('ncurses 6.4.20221231\n');
          return 0;
        } else if (c === 'T') {
          const rest = a.slice(j + 1);
          if (rest) term = rest;
          else if (i + 1 < args.length) term = args[++i];
          else return bad(`option requires an argument -- 'T'`);
          break;
        } else return bad(`invalid option -- '${c}'`);
      }
    }
    if (i < args.length) return bad('');
    if (term === undefined) {
      await ctx.stderr.write('TERM environment variable not set.\n');
      return 1;
    }
    const entry = TERMINFO[term];
    if (!entry) {
      await ctx.stderr.write(`'${term}': unknown terminal type.\n`);
      return 1;
    }
    if (!entry[0]) return 1;
    await ctx.stdout.write(entry[0] + (scrollback ? entry[1] : ''));
    return 0;
  },
};

export default clear;
