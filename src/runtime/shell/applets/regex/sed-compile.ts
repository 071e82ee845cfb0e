import { compileRegex, type PosixRegex } from './posix-regex.ts';
import { RegexError } from './regex-ast.ts';
import { type Address, newCommand, type SedCommand, type SedProgram, type Subst } from './sed-program.ts';
import { type Ch, EOF, ScriptReader, SedScriptError } from './sed-reader.ts';
import { normalizeText, parseReplacement } from './sed-text.ts';

export interface SedSyntax {
  extended: boolean;
  /** --posix: GNU extensions are errors (POSIXLY_BASIC). */
  posix: boolean;
  sandbox: boolean;
}

const SPACE = new Set([' ', '\t', '\n', '\v', '\f', '\r']);
const SIMPLE_CMDS = new Set(['=', 'd', 'D', 'F', 'g', 'G', 'h', 'H', 'n', 'N', 'p', 'P', 'z', 'x']);

/** GNU sed's compile.c: scripts from -e, -f and the operand become one command vector. */
export class SedCompiler {
  private readonly cmds: SedCommand[] = [];
  private readonly blocks: { index: number; where: string }[] = [];
  private readonly labels = new Map<string, number>();
  private readonly jumps: { index: number; name: string }[] = [];
  /** An a/i/c text still open at the end of a chunk (`-e 'a\' -e 'text'`). */
  private pending: { cmd: SedCommand; buf: string } | null = null;
  private first = true;
  private quiet = false;
  private readonly writeFiles: string[] = [];
  private lastWhere = '-e expression #1, char 0';
  private r!: ScriptReader;

  constructor(private readonly syn: SedSyntax) {}

  compile(reader: ScriptReader): void {
    this.r = reader;
    const r: ScriptReader = reader;
    if (this.pending) this.readText(null, '\n');
    for (;;) {
      let c = r.inchar();
      while (c === ';' || (c !== EOF && SPACE.has(c))) c = r.inchar();
      if (c === EOF) break;
      const cmd = newCommand();
      const a1 = this.address(c);
      if (a1) {
        if (a1.t === 'plus' || a1.t === 'mult') r.fail('invalid usage of +N or ~N as first address');
        cmd.a1 = a1;
        c = r.nonblank();
        if (c === ',') {
          const a2 = this.address(r.nonblank());
          if (!a2) r.fail("unexpected `,'");
          cmd.a2 = a2;
          c = r.nonblank();
        }
        if (a1.t === 'num' && a1.n === 0 && ((!cmd.a2 && c !== 'r') || (cmd.a2 && cmd.a2.t !== 'regex') || this.syn.posix)) r.fail('invalid usage of line address 0');
      }
      if (c === '!') {
        cmd.bang = true;
        c = r.nonblank();
        if (c === '!') r.fail("multiple `!'s");
      }
      if (this.syn.posix && c !== EOF) {
        if ('eFvzLQTRW'.includes(c)) r.fail(`unknown command: \`${c}'`);
        if ('ail=r'.includes(c) && cmd.a2) r.fail('command only uses one address');
      }
      if (c === EOF) r.fail('missing command');
      cmd.cmd = c;
      if (this.command(cmd, c)) this.cmds.push(cmd);
    }
    this.first = false;
    this.lastWhere = r.where(0);
  }

  /** Compiles one command's arguments; false for those that add nothing (`#`, `v`). */
  private command(cmd: SedCommand, c: string): boolean {
    const r: ScriptReader = this.r;
    switch (c) {
      case '#': {
        if (cmd.a1) r.fail("comments don't accept any addresses");
        let ch = r.inchar();
        if (ch === 'n' && this.first && r.consumed === 2 && r.line < 2) this.quiet = true;
        while (ch !== EOF && ch !== '\n') ch = r.inchar();
        return false;
      }
      case 'v': {
        const v = r.label() || '4.0';
        if (compareVersion(v, '4.9') > 0) r.fail('expected newer version of sed');
        return false;
      }
      case '{':
        this.blocks.push({ index: this.cmds.length, where: r.where(0) });
        return true;
      case '}': {
        const open = this.blocks.pop();
        if (!open) r.fail("unexpected `}'");
        if (cmd.a1) r.fail("`}' doesn't want any addresses");
        r.endOfCommand();
        this.cmds[open.index]!.jump = this.cmds.length;
        return true;
      }
      case 'e': {
        if (this.syn.sandbox) r.fail('e/r/w commands disabled in sandbox mode');
        const ch = r.nonblank();
        if (ch === EOF || ch === '\n') return true;
        this.textCommand(cmd, ch);
        return true;
      }
      case 'a':
      case 'i':
      case 'c':
        this.textCommand(cmd, r.nonblank());
        return true;
      case ':': {
        if (cmd.a1) r.fail(": doesn't want any addresses");
        const label = r.label();
        if (!label) r.fail('":" lacks a label');
        this.labels.set(label, this.cmds.length);
        return true;
      }
      case 'b':
      case 't':
      case 'T':
        cmd.label = r.label();
        this.jumps.push({ index: this.cmds.length, name: cmd.label });
        return true;
      case 'q':
      case 'Q':
        if (cmd.a2) r.fail('command only uses one address');
        this.intArg(cmd);
        return true;
      case 'l':
      case 'L':
        this.intArg(cmd);
        return true;
      case 'r':
      case 'R':
      case 'w':
      case 'W':
        cmd.fname = this.filename();
        if (c === 'r' && cmd.a1?.t === 'num' && cmd.a1.n === 0 && !cmd.a2) {
          cmd.a1 = { t: 'num', n: 1 };
          cmd.prepend = true;
        }
        if (c === 'w' || c === 'W') this.writeFiles.push(cmd.fname);
        return true;
      case 's':
        cmd.subst = this.substitute();
        return true;
      case 'y':
        cmd.ymap = this.transliterate();
        return true;
      default:
        if (SIMPLE_CMDS.has(c)) {
          r.endOfCommand();
          return true;
        }
        return r.fail(`unknown command: \`${c}'`);
    }
  }

  private intArg(cmd: SedCommand): void {
    const r: ScriptReader = this.r;
    const ch = r.nonblank();
    if (ch !== EOF && ch >= '0' && ch <= '9' && !this.syn.posix) cmd.int = r.integer(ch);
    else r.savchar(ch);
    r.endOfCommand();
  }

  private filename(): string {
    if (this.syn.sandbox) this.r.fail('e/r/w commands disabled in sandbox mode');
    const name = this.r.filename();
    if (name === '') this.r.fail('missing filename in r/R/w/W commands');
    return name;
  }

  /** a/i/c/e text: `a\` then lines, or (GNU) `a text` to the end of the line. */
  private textCommand(cmd: SedCommand, ch: Ch): void {
    const r: ScriptReader = this.r;
    if (ch === EOF) r.fail("expected \\ after `a', `c' or `i'");
    if (ch === '\\') ch = r.inchar();
    else {
      if (this.syn.posix) r.fail("expected \\ after `a', `c' or `i'");
      r.savchar(ch);
      ch = '\n';
    }
    this.readText(cmd, ch);
  }

  /** read_text: lines continue after a backslash; the text ends with a newline. */
  private readText(cmd: SedCommand | null, leadin: Ch): void {
    const r: ScriptReader = this.r;
    if (cmd) this.pending = { cmd, buf: '' };
    const p = this.pending!;
    if (leadin === EOF) return;
    if (leadin !== '\n') p.buf += leadin;
    let c = r.inchar();
    while (c !== EOF && c !== '\n') {
      if (c === '\\') {
        c = r.inchar();
        if (c !== EOF) p.buf += '\\';
      }
      if (c === EOF) {
        p.buf += '\n';
        return;
      }
      p.buf += c;
      c = r.inchar();
    }
    p.buf += '\n';
    p.cmd.text = this.normalized(p.buf, 'buffer');
    this.pending = null;
  }

  private normalized(text: string, kind: 'buffer' | 'regex'): string {
    try {
      return normalizeText(text, kind, this.syn.posix);
    } catch (e) {
      if (e instanceof SedScriptError) this.r.fail(e.message);
      throw e;
    }
  }

  private address(c: Ch): Address | null {
    const r: ScriptReader = this.r;
    if (c === '/' || c === '\\') {
      if (c === '\\') c = r.inchar();
      const text = c === EOF ? null : r.delimited(c, true);
      if (text === null) r.fail('unterminated address regex');
      let icase = false;
      let multiline = false;
      for (;;) {
        const f = r.nonblank();
        if (!this.syn.posix && f === 'I') icase = true;
        else if (!this.syn.posix && f === 'M') multiline = true;
        else {
          r.savchar(f);
          return { t: 'regex', re: this.regex(text, icase, multiline, 0) };
        }
      }
    }
    if (c !== EOF && c >= '0' && c <= '9') {
      const n = r.integer(c);
      const next = r.nonblank();
      if (next !== '~' || this.syn.posix) {
        r.savchar(next);
        return { t: 'num', n };
      }
      const step = r.integer(r.nonblank());
      return step > 0 ? { t: 'mod', first: n, step } : { t: 'num', n };
    }
    if ((c === '+' || c === '~') && !this.syn.posix) {
      const n = r.integer(r.nonblank());
      return c === '+' || n === 0 ? { t: 'plus', n: c === '+' ? n : 0 } : { t: 'mult', n };
    }
    if (c === '$') return { t: 'last' };
    return null;
  }

  /** An s or address regex; null for the empty regex (the last one used at run time). */
  private regex(text: string, icase: boolean, multiline: boolean, maxRef: number): PosixRegex | null {
    const r: ScriptReader = this.r;
    if (text === '') {
      if (icase || multiline) r.fail('cannot specify modifiers on empty regexp');
      return null;
    }
    const src = this.normalized(text, 'regex');
    let re: PosixRegex;
    try {
      re = compileRegex(src, { extended: this.syn.extended, dialect: 'sed', icase, multiline, posix: this.syn.posix }).regex;
    } catch (e) {
      if (!(e instanceof RegexError)) throw e;
      if (e.fromDfa) throw new SedScriptError(e.message, 4);
      return r.fail(e.message, text);
    }
    if (maxRef > re.groups) r.fail(`invalid reference \\${maxRef} on \`s' command's RHS`);
    return re;
  }

  private substitute(): Subst {
    const r: ScriptReader = this.r;
    const slash = r.inchar();
    const pattern = slash === EOF ? null : r.delimited(slash, true);
    if (pattern === null) return r.fail("unterminated `s' command");
    const repl = r.delimited(slash!, false);
    if (repl === null) return r.fail("unterminated `s' command");
    const { items, maxRef } = parseReplacement(repl, this.syn.posix);
    const s: Subst = { re: null, items, global: false, occurrence: 0, print: 0, evaluate: false, wfile: null };
    let icase = false;
    let multiline = false;
    const gnu = (f: () => void) => (this.syn.posix ? r.fail("unknown option to `s'") : f());
    for (let done = false; !done; ) {
      const c = r.nonblank();
      switch (c) {
        case 'i': case 'I': gnu(() => (icase = true)); break;
        case 'm': case 'M': gnu(() => (multiline = true)); break;
        case 'e': gnu(() => (s.evaluate = true)); break;
        case 'p':
          if (s.print) r.fail("multiple `p' options to `s' command");
          s.print = s.evaluate ? 2 : 1;
          break;
        case 'g':
          if (s.global) r.fail("multiple `g' options to `s' command");
          s.global = true;
          break;
        case 'w':
          s.wfile = this.filename();
          this.writeFiles.push(s.wfile);
          done = true;
          break;
        case '}': case '#': r.savchar(c); done = true; break;
        case EOF: case '\n': case ';': done = true; break;
        default:
          if (c !== null && c >= '0' && c <= '9') {
            if (s.occurrence) r.fail("multiple number options to `s' command");
            s.occurrence = r.integer(c);
            if (!s.occurrence) r.fail("number option to `s' command may not be zero");
            break;
          }
          r.fail("unknown option to `s'");
      }
    }
    if (s.evaluate && this.syn.sandbox) r.fail('e/r/w commands disabled in sandbox mode');
    s.re = this.regex(pattern, icase, multiline, maxRef);
    return s;
  }

  private transliterate(): Map<string, string> {
    const r: ScriptReader = this.r;
    const slash = r.inchar();
    const a = slash === EOF ? null : r.delimited(slash, false);
    if (a === null) return r.fail("unterminated `y' command");
    const from = this.normalized(a, 'buffer');
    const b = r.delimited(slash!, false);
    if (b === null) return r.fail("unterminated `y' command");
    const to = this.normalized(b, 'buffer');
    if (from.length !== to.length) r.fail("strings for `y' command are different lengths");
    r.endOfCommand();
    const map = new Map<string, string>();
    // Like GNU's translation table, a later pair for the same byte wins.
    for (let i = 0; i < from.length; i++) map.set(from[i]!, to[i]!);
    return map;
  }

  /** check_final_program: open blocks, a trailing a/i/c text, jump targets. */
  finish(): SedProgram {
    const open = this.blocks.pop();
    if (open) throw new SedScriptError(`${open.where}: unmatched \`{'`);
    if (this.pending) {
      this.pending.cmd.text = this.pending.buf;
      this.pending = null;
    }
    for (const j of this.jumps) {
      const to = j.name === '' ? this.cmds.length : this.labels.get(j.name);
      if (to === undefined) throw new SedScriptError(`can't find label for jump to \`${j.name}'`, 4);
      this.cmds[j.index]!.jump = to;
    }
    return { cmds: this.cmds, quiet: this.quiet, writeFiles: this.writeFiles, lastWhere: this.lastWhere };
  }
}

/** strverscmp for the dotted numbers `v` takes. */
function compareVersion(a: string, b: string): number {
  const pa = a.split('.').map((x) => parseInt(x, 10) || 0);
  const pb = b.split('.').map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
