import type { AppletContext } from '../types.ts';
import { Accounts } from './accounts.ts';
import { argType, myTty, parseTty, strtoul } from './ps-words.ts';
import { parseGnuOption } from './ps-gnu.ts';

export type SelType = 'RUID' | 'EUID' | 'RGID' | 'EGID' | 'PGRP' | 'PID' | 'QPID' | 'PPID' | 'TTY' | 'SESS' | 'COMM';
export interface Selection {
  type: SelType;
  values: (number | string)[];
}
export type SfCode = 'Bo' | 'Go' | 'Uo' | 'UO' | 'BO' | 'sort';

/** Everything ps' option parser (parser.c) decides, before formats and sorting are digested. */
export interface PsArgs {
  all: boolean;
  simple: Set<string>;
  sel: Selection[];
  negate: boolean;
  running: boolean;
  formatFlags: Set<string>;
  modifiers: Set<string>;
  sf: { text: string; code: SfCode }[];
  forest: string;
  header: '' | 'none' | 'multi';
  threads: Set<string>;
  bsdC: boolean;
  bsdE: boolean;
  numeric: boolean;
  wCount: number;
  cols?: number;
  rows?: number;
  preferBsd: boolean;
  unixF: boolean;
  oldM: boolean;
  /** --version, --help, L: what to print instead of a listing. */
  exit?: { out: string; status: number };
}

export class PsParseError extends Error {}

export const GNU = ['Group', 'User', 'cols', 'columns', 'context', 'cumulative', 'deselect', 'forest', 'format', 'group', 'header', 'headers', 'heading', 'headings', 'info', 'lines', 'no-header', 'no-headers', 'no-heading', 'no-headings', 'noheader', 'noheaders', 'noheading', 'noheadings', 'pid', 'ppid', 'quick-pid', 'rows', 'sid', 'sort', 'tty', 'user', 'version', 'width'];

export const VERSION = 'ps from procps-ng 4.0.2\n';

function fresh(forceBsd: boolean): PsArgs {
  return {
    all: false, simple: new Set(), sel: [], negate: false, running: false, formatFlags: new Set(), modifiers: new Set(), sf: [], forest: '',
    header: '', threads: new Set(), bsdC: false, bsdE: false, numeric: false, wCount: 0, preferBsd: forceBsd, unixF: false, oldM: forceBsd,
  };
}

/**
 * Two passes like procps: SysV/BSD by the look of each word, then everything as BSD; the
 * first pass's error is the one reported. `digest` (formats, selection) belongs to each pass.
 */
export function parsePsArgs<T>(ctx: AppletContext, argv: string[], digest: (a: PsArgs) => T): { args: PsArgs; result: T | null } {
  const pass = (forceBsd: boolean) => {
    const args = new Parser(ctx, argv, forceBsd).run();
    return { args, result: args.exit ? null : digest(args) };
  };
  try {
    return pass(false);
  } catch (first) {
    if (!(first instanceof PsParseError)) throw first;
    try {
      return pass(true);
    } catch (second) {
      if (!(second instanceof PsParseError)) throw second;
      throw first;
    }
  }
}

/** thread_option_check. */
export function checkThreads(a: PsArgs): void {
  const t = a.threads;
  if (!t.size) return;
  if (a.forest) throw new PsParseError('thread display conflicts with forest display');
  if (t.has('BH') && (t.has('Bm') || t.has('Um'))) throw new PsParseError("thread flags conflict; can't use H with m or -m");
  if (t.has('Bm') && t.has('Um')) throw new PsParseError("thread flags conflict; can't use both m and -m");
  if (t.has('UL') && t.has('UT')) throw new PsParseError("thread flags conflict; can't use both -L and -T");
}

export class Parser {
  readonly a: PsArgs;
  i = 0;
  private accounts: Accounts | undefined;
  constructor(
    private readonly ctx: AppletContext,
    readonly argv: string[],
    private readonly forceBsd: boolean,
  ) {
    this.a = fresh(forceBsd);
  }

  run(): PsArgs {
    for (this.i = 1; this.i < this.argv.length; this.i++) {
      const arg = this.argv[this.i]!;
      const t = argType(arg);
      if (t === 'gnu') this.gnu(arg);
      else if (t === 'sysv' && !this.forceBsd) this.sysv(arg);
      else if (t === 'sysv' || t === 'bsd') {
        this.a.preferBsd = true;
        this.bsd(arg);
      } else if (t === 'pid') {
        this.a.preferBsd = true;
        this.trailing();
      } else throw new PsParseError('garbage option');
      if (this.a.exit) return this.a;
    }
    return this.a;
  }

  private users(): Accounts {
    return (this.accounts ??= new Accounts(this.ctx));
  }

  /** get_opt_arg: the rest of this word, else the next word if it is not empty. */
  private optArg(word: string, at: number): string | null {
    if (at + 1 < word.length) return word.slice(at + 1);
    if (this.i + 1 >= this.argv.length || this.argv[this.i + 1] === '') return null;
    return this.argv[++this.i]!;
  }

  list(arg: string, type: SelType): void {
    if (!/^[^ ,\t]+([ ,\t][^ ,\t]+)*$/.test(arg)) throw new PsParseError('improper list');
    const values = arg.split(/[ ,\t]/).map((item) => this.item(item, type));
    this.a.sel.push({ type, values });
  }

  private item(s: string, type: SelType): number | string {
    if (type === 'COMM') return s.slice(0, 63);
    if (type === 'TTY') return parseTty(this.ctx, s);
    if (type === 'RUID' || type === 'EUID') {
      const n = strtoul(s);
      if (n !== null) return n;
      const u = this.users().userByName(s);
      if (!u) {
        if (this.a.negate) return -1;
        throw new PsParseError('user name does not exist');
      }
      return u.uid;
    }
    if (type === 'RGID' || type === 'EGID') {
      const n = strtoul(s);
      if (n !== null) return n;
      const g = this.users().groupByName(s);
      if (!g) {
        if (this.a.negate) return -1;
        throw new PsParseError('group name does not exist');
      }
      return g.gid;
    }
    const n = strtoul(s);
    if (n === null) throw new PsParseError('process ID list syntax error');
    if (n < 1 || n > 0x7fffffff) throw new PsParseError('process ID out of range');
    return n;
  }

  exclusive(x: string): void {
    if (this.argv.length !== 2 || this.argv[1] !== x) throw new PsParseError(`the option is exclusive: ${x}`);
  }

  private sysv(word: string): void {
    const a = this.a;
    for (let j = 1; j < word.length; j++) {
      const c = word[j]!;
      const need = (msg: string): string => {
        const v = this.optArg(word, j);
        if (v === null) throw new PsParseError(msg);
        return v;
      };
      switch (c) {
        case 'A': case 'e': a.all = true; break;
        case 'C': this.list(need('list of command names must follow -C'), 'COMM'); return;
        case 'F': a.modifiers.add('F'); a.formatFlags.add('Uf'); a.unixF = true; break;
        case 'G': this.list(need('list of real groups must follow -G'), 'RGID'); return;
        case 'H': a.forest = 'u'; break;
        case 'L': a.threads.add('UL'); break;
        case 'M': case 'Z': a.modifiers.add('M'); break;
        case 'N': a.negate = true; break;
        case 'O': a.sf.push({ text: need('format or sort specification must follow -O'), code: 'UO' }); return;
        case 'P': a.modifiers.add('P'); break;
        case 'T': a.threads.add('UT'); break;
        case 'U': this.list(need('list of real users must follow -U'), 'RUID'); return;
        case 'V': this.exclusive('-V'); a.exit = { out: VERSION, status: 0 }; return;
        case 'a': a.simple.add('Ua'); break;
        case 'c': a.modifiers.add('c'); break;
        case 'd': a.simple.add('Ud'); break;
        case 'f': a.formatFlags.add('Uf'); a.unixF = true; break;
        case 'g': {
          const v = need('list of session leaders OR effective group names must follow -g');
          try {
            this.list(v, 'SESS');
          } catch {
            try {
              this.list(v, 'EGID');
            } catch {
              throw new PsParseError('list of session leaders OR effective group IDs was invalid');
            }
          }
          return;
        }
        case 'j': a.modifiers.add('j'); break;
        case 'l': a.formatFlags.add('Ul'); break;
        case 'm': a.threads.add('Um'); break;
        case 'o': a.sf.push({ text: need('format specification must follow -o'), code: 'Uo' }); return;
        case 'p': this.list(need('list of process IDs must follow -p'), 'PID'); return;
        case 'q': this.list(need('List of process IDs must follow -q.'), 'QPID'); return;
        case 's': this.list(need('list of session IDs must follow -s'), 'SESS'); return;
        case 't': this.list(need('list of terminals (pty, tty...) must follow -t'), 'TTY'); return;
        case 'u': this.list(need('list of users must follow -u'), 'EUID'); return;
        case 'w': a.wCount++; break;
        case 'x': throw new PsParseError('must set personality to get -x option');
        case 'y': a.modifiers.add('y'); break;
        case '-': throw new PsParseError("embedded '-' among SysV options makes no sense");
        default: throw new PsParseError('unsupported SysV option');
      }
    }
  }

  private bsd(word: string): void {
    const a = this.a;
    if (!word.startsWith('-') && this.forceBsd) throw new PsParseError('second chance parse failed, not BSD or SysV');
    for (let j = word.startsWith('-') ? 1 : 0; j < word.length; j++) {
      const c = word[j]!;
      const need = (msg: string): string => {
        const v = this.optArg(word, j);
        if (v === null) throw new PsParseError(msg);
        return v;
      };
      if (c >= '0' && c <= '9') {
        this.list(word.slice(j), 'PID');
        return;
      }
      switch (c) {
        case 'H': a.threads.add('BH'); break;
        case 'L': this.exclusive('L'); a.exit = { out: 'L', status: 0 }; return;
        case 'M': a.threads.add('Bm'); break;
        case 'O': a.sf.push({ text: need('format or sort specification must follow O'), code: 'BO' }); return;
        case 'S': break;
        case 'T': a.sel.push({ type: 'TTY', values: [myTty(this.ctx)] }); break;
        case 'U': this.list(need('list of users must follow U'), 'EUID'); return;
        case 'V': this.exclusive('V'); a.exit = { out: VERSION, status: 0 }; return;
        case 'W': throw new PsParseError('obsolete W option not supported (you have a /dev/drum?)');
        case 'X': a.formatFlags.add('LX'); break;
        case 'Z': a.modifiers.add('M'); break;
        case 'a': a.simple.add('Ba'); break;
        case 'c': a.bsdC = true; break;
        case 'e': a.bsdE = true; break;
        case 'f': a.forest = 'b'; break;
        case 'g': a.simple.add('Bg'); break;
        case 'h':
          if (a.header) throw new PsParseError('only one heading option may be specified');
          a.header = 'none';
          break;
        case 'j': a.formatFlags.add('Bj'); break;
        case 'k': a.sf.push({ text: need("long sort specification must follow 'k'"), code: 'sort' }); return;
        case 'l': a.formatFlags.add('Bl'); break;
        case 'm': if (a.oldM) a.formatFlags.add('Lm'); else a.threads.add('Bm'); break;
        case 'n': a.numeric = true; break;
        case 'o': a.sf.push({ text: need('format specification must follow o'), code: 'Bo' }); return;
        case 'p': this.list(need('list of process IDs must follow p'), 'PID'); return;
        case 'q': this.list(need('List of process IDs must follow q.'), 'QPID'); return;
        case 'r': a.running = true; break;
        case 's': a.formatFlags.add('Bs'); break;
        case 't': {
          const v = this.optArg(word, j);
          if (v === null) a.sel.push({ type: 'TTY', values: [myTty(this.ctx)] });
          else this.list(v, 'TTY');
          return;
        }
        case 'u': a.formatFlags.add('Bu'); break;
        case 'v': a.formatFlags.add('Bv'); break;
        case 'w': a.wCount++; break;
        case 'x': a.simple.add('Bx'); break;
        case '-': throw new PsParseError("embedded '-' among BSD options makes no sense");
        default: throw new PsParseError('unsupported option (BSD syntax)');
      }
    }
  }

  private gnu(word: string): void {
    parseGnuOption(this, word);
  }

  /** Trailing PIDs: `123` a pid, `-123` a process group, `+123` a session. */
  private trailing(): void {
    const groups: Record<string, number[]> = { PID: [], PGRP: [], SESS: [] };
    for (; this.i < this.argv.length; this.i++) {
      const w = this.argv[this.i]!;
      const type = w.startsWith('-') ? 'PGRP' : w.startsWith('+') ? 'SESS' : 'PID';
      groups[type]!.push(this.item(type === 'PID' ? w : w.slice(1), 'PID') as number);
    }
    this.i = this.argv.length - 1;
    for (const t of ['PID', 'PGRP', 'SESS'] as const) if (groups[t]!.length) this.a.sel.push({ type: t, values: groups[t]! });
  }
}

