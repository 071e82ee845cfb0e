import { expandWordString, reparse } from './expand.ts';
import type { Shell } from './shell.ts';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

/**
 * PS1/PS2 as bash shows them: backslash escapes first (\u \h \w \$ ...), then, with promptvars,
 * parameter and command expansion of the result (`${debian_chroot:+...}`). \[ \] only delimit
 * non-printing text for readline and vanish.
 */
export async function expandPrompt(sh: Shell, ps: string): Promise<string> {
  const decoded = decodeEscapes(sh, ps);
  if (!sh.shopts.has('promptvars')) return decoded;
  try {
    return await expandWordString(sh, reparse(`"${decoded.replace(/["\\]/g, '\\$&')}"`));
  } catch {
    return decoded;
  }
}

function decodeEscapes(sh: Shell, ps: string): string {
  const now = new Date(sh.kernel.clock.now);
  const home = sh.vars.get('HOME') ?? '';
  const pwd = sh.vars.get('PWD') ?? sh.cwd;
  const tilde = home && (pwd === home || pwd.startsWith(`${home}/`)) ? `~${pwd.slice(home.length)}` : pwd;
  const host = sh.proc.ns.uts.hostname;
  const user = sh.vars.get('USER') ?? (sh.proc.creds.uid === 0 ? 'root' : String(sh.proc.creds.uid));
  let out = '';
  for (let i = 0; i < ps.length; i++) {
    const c = ps[i]!;
    if (c !== '\\' || i + 1 >= ps.length) {
      out += c;
      continue;
    }
    const n = ps[++i]!;
    switch (n) {
      case 'u': out += user; break;
      case 'h': out += host.split('.')[0]; break;
      case 'H': out += host; break;
      case 'w': out += tilde; break;
      case 'W': out += pwd === home ? '~' : pwd === '/' ? '/' : pwd.split('/').pop(); break;
      case '$': out += sh.proc.creds.uid === 0 ? '#' : '$'; break;
      case 's': out += sh.arg0.replace(/^-/, '').split('/').pop(); break;
      case 'v': out += '5.1'; break;
      case 'V': out += '5.1.16'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 'a': out += '\x07'; break;
      case 'e': out += '\x1b'; break;
      case 't': out += `${p2(now.getUTCHours())}:${p2(now.getUTCMinutes())}:${p2(now.getUTCSeconds())}`; break;
      case 'T': out += `${p2(now.getUTCHours() % 12 || 12)}:${p2(now.getUTCMinutes())}:${p2(now.getUTCSeconds())}`; break;
      case 'A': out += `${p2(now.getUTCHours())}:${p2(now.getUTCMinutes())}`; break;
      case '@': out += `${p2(now.getUTCHours() % 12 || 12)}:${p2(now.getUTCMinutes())} ${now.getUTCHours() < 12 ? 'AM' : 'PM'}`; break;
      case 'd': out += `${DAYS[now.getUTCDay()]} ${MONTHS[now.getUTCMonth()]} ${p2(now.getUTCDate())}`; break;
      case 'j': out += String(sh.jobs.all().length); break;
      case 'l': out += 'pts/0'.split('/').pop(); break;
      case '#': out += String(sh.history.length + 1); break;
      case '!': out += String(sh.history.length + 1); break;
      case '[': case ']': break;
      case '\\': out += '\\'; break;
      default:
        if (/[0-7]/.test(n)) {
          const m = /^[0-7]{1,3}/.exec(ps.slice(i))!;
          out += String.fromCharCode(parseInt(m[0], 8) & 0xff);
          i += m[0].length - 1;
        } else out += `\\${n}`;
    }
  }
  return out;
}

/** Ubuntu's ~/.bashrc prompt: green user@host, blue directory on colour terminals. */
export const UBUNTU_PS1_COLOR = '${debian_chroot:+($debian_chroot)}\\[\\033[01;32m\\]\\u@\\h\\[\\033[00m\\]:\\[\\033[01;34m\\]\\w\\[\\033[00m\\]\\$ ';
export const UBUNTU_PS1 = '${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ ';
