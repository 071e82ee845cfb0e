import type { FileType, Stat } from '../../../kernel/fs/types.ts';
import type { Indicator } from './ls-options.ts';

/** GNU ls's built-in colours, used when LS_COLORS is unset (ls.c color_indicator[]). */
const DEFAULTS: Record<string, string> = {
  lc: '\x1b[', rc: 'm', rs: '0', di: '01;34', ln: '01;36', pi: '33', so: '01;35', bd: '01;33', cd: '01;33',
  ex: '01;32', do: '01;35', su: '37;41', sg: '30;43', st: '37;44', ow: '34;42', tw: '30;42', cl: '\x1b[K',
};

/** Keys in LS_COLORS values are written with backslash and caret escapes (dircolors' format). */
function unescape(v: string): string {
  let out = '';
  for (let i = 0; i < v.length; i++) {
    const c = v[i]!;
    if (c === '\\' && i + 1 < v.length) {
      const n = v[++i]!;
      const map: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '?': '\x7f', _: ' ' };
      if (map[n] !== undefined) out += map[n];
      else if (/[0-7]/.test(n)) {
        let oct = n;
        while (oct.length < 3 && /[0-7]/.test(v[i + 1] ?? '')) oct += v[++i];
        out += String.fromCharCode(parseInt(oct, 8) & 0xff);
      } else out += n;
    } else if (c === '^' && i + 1 < v.length) {
      const n = v[++i]!;
      out += n === '?' ? '\x7f' : String.fromCharCode(n.toUpperCase().charCodeAt(0) & 0x1f);
    } else out += c;
  }
  return out;
}

/** The colour database of one ls run: LS_COLORS entries over the defaults. */
export class LsColors {
  private readonly ind: Record<string, string>;
  private readonly ext: [string, string][] = [];
  private started = false;

  constructor(lsColors: string | undefined) {
    this.ind = lsColors ? { lc: '\x1b[', rc: 'm', rs: '0', cl: '\x1b[K' } : { ...DEFAULTS };
    if (!lsColors) return;
    for (const item of lsColors.split(':')) {
      const eq = item.indexOf('=');
      if (eq < 0) continue;
      const k = item.slice(0, eq);
      const v = unescape(item.slice(eq + 1));
      if (k.startsWith('*')) this.ext.unshift([unescape(k.slice(1)), v]);
      else this.ind[k] = v;
    }
  }

  /** `ln=target`: symlinks take the colour of what they point to. */
  get linkAsTarget(): boolean {
    return this.ind.ln === 'target';
  }

  colored(k: string): boolean {
    const s = this.ind[k];
    return s !== undefined && s !== '' && s !== '0' && s !== '00';
  }

  /** print_color_indicator's choice for a name (or a link target when `target`). */
  codeFor(name: string, st: Stat | null, type: FileType, linkOk: boolean, target: boolean): string | null {
    let k: string;
    if (target && !linkOk && this.colored('mi')) k = 'mi';
    else if (!st) k = target ? 'or' : ({ file: 'fi', dir: 'di', symlink: 'ln', chr: 'cd', blk: 'bd', fifo: 'pi', sock: 'so' } as const)[type];
    else {
      const m = st.mode;
      switch (st.type) {
        case 'file':
          k = 'fi';
          if (m & 0o4000 && this.colored('su')) k = 'su';
          else if (m & 0o2000 && this.colored('sg')) k = 'sg';
          else if (m & 0o111 && this.colored('ex')) k = 'ex';
          else if (st.nlink > 1 && this.colored('mh')) k = 'mh';
          break;
        case 'dir':
          k = 'di';
          if (m & 0o1000 && m & 0o002 && this.colored('tw')) k = 'tw';
          else if (m & 0o002 && this.colored('ow')) k = 'ow';
          else if (m & 0o1000 && this.colored('st')) k = 'st';
          break;
        case 'symlink': k = 'ln'; break;
        case 'fifo': k = 'pi'; break;
        case 'sock': k = 'so'; break;
        case 'blk': k = 'bd'; break;
        case 'chr': k = 'cd'; break;
      }
    }
    if (k === 'fi') {
      for (const [suffix, code] of this.ext) if (name.endsWith(suffix)) return this.colored2(code);
    }
    if (k === 'ln' && !linkOk && !target && (this.ind.ln === 'target' || this.colored('or'))) k = 'or';
    return this.colored(k) ? this.ind[k]! : null;
  }

  private colored2(code: string): string | null {
    return code === '' || code === '0' || code === '00' ? null : code;
  }

  /** The escape sequences around a coloured name; the first one of a run is preceded by a reset. */
  wrap(text: string, code: string | null): string {
    if (code === null) return text;
    let pre = '';
    if (!this.started) {
      this.started = true;
      pre = this.reset();
    }
    return `${pre}${this.ind.lc}${code}${this.ind.rc}${text}${this.reset()}`;
  }

  private reset(): string {
    return this.ind.ec ?? `${this.ind.lc}${this.ind.rs}${this.ind.rc}`;
  }
}

/** get_type_indicator(): `/`, `*`, `@`, `|`, `=` after a name. */
export function indicatorChar(style: Indicator, st: Stat | null, type: FileType): string {
  if (style === 'none') return '';
  const t = st ? st.type : type;
  if (t === 'file') return style === 'classify' && st && st.mode & 0o111 ? '*' : '';
  if (t === 'dir') return '/';
  if (style === 'slash') return '';
  if (t === 'symlink') return '@';
  if (t === 'fifo') return '|';
  if (t === 'sock') return '=';
  return '';
}
