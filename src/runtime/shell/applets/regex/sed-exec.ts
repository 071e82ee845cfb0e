import { FsError } from '../../../kernel/fs/errors.ts';
import type { AppletContext } from '../types.ts';
import type { PosixRegex } from './posix-regex.ts';
import { ReadFiles, SedFatal, type SedInput, type Sink, type WriteFiles } from './sed-io.ts';
import type { Address, SedCommand, SedProgram } from './sed-program.ts';
import { listLine, runShell, substitute } from './sed-subst.ts';

export interface SedRunOptions {
  quiet: boolean;
  /** Joins lines (N, G, H) and ends them: newline, or NUL with -z. */
  delim: string;
  /** POSIXLY_CORRECT: N on the last line prints nothing. */
  posixCorrect: boolean;
  /** -l: the l command's default line length. */
  lineLength: number;
}

/** What ends a cycle: the next line, a restart (D), or the end of sed (q, Q, n/N at EOF). */
type Flow = 'next' | 'delete' | 'restart' | 'quit' | 'quitSilent';

type Queued = { text: string } | { file: string };

/**
 * Runs a compiled program over one input stream (all files, or one file with -s/-i): the
 * pattern and hold spaces, the append queue, addresses with their range states.
 */
export class SedEngine {
  hold = '';
  private ps = '';
  private terminated = true;
  private lineNo = 0;
  private replaced = false;
  private queue: Queued[] = [];
  private last: PosixRegex | null = null;
  /** The exit status q or Q asked for; null while sed goes on. */
  quitStatus: number | null = null;
  private readonly rfiles: ReadFiles;

  constructor(
    private readonly ctx: AppletContext,
    private readonly prog: SedProgram,
    private readonly o: SedRunOptions,
    private readonly wfiles: WriteFiles,
  ) {
    this.rfiles = new ReadFiles(ctx, o.delim);
  }

  /** Processes one stream; `out` is stdout or the in-place file. Range states start afresh. */
  async run(input: SedInput, out: Sink): Promise<void> {
    this.lineNo = 0;
    for (const c of this.prog.cmds) {
      c.range = c.a1?.t === 'num' && c.a1.n === 0 && c.a2 ? 'active' : 'inactive';
    }
    let restart = false;
    for (;;) {
      if (!restart) {
        if (!(await this.read(input, out, false))) break;
      }
      restart = false;
      const flow = await this.execute(input, out);
      if (flow === 'quitSilent') break;
      if (flow === 'restart') {
        restart = true;
        continue;
      }
      if (flow !== 'delete' && !this.o.quiet) out.pattern(this.ps, this.terminated, this.o.delim);
      await this.dumpQueue(out);
      await out.flush(false);
      if (flow === 'quit') break;
    }
  }

  /** read_pattern_space: flushes the append queue, then reads (or appends, for N) a line. */
  private async read(input: SedInput, out: Sink, append: boolean): Promise<boolean> {
    const l = await input.next();
    if (!l) return false;
    await this.dumpQueue(out);
    this.replaced = false;
    this.lineNo++;
    this.ps = append ? this.ps + this.o.delim + l.text : l.text;
    this.terminated = l.terminated;
    return true;
  }

  private async dumpQueue(out: Sink): Promise<void> {
    for (const q of this.queue) {
      out.text('text' in q ? q.text : await this.readWhole(q.file));
    }
    this.queue = [];
  }

  /** An r file's contents; GNU sed silently reads nothing from a file it cannot open. */
  private async readWhole(name: string): Promise<string> {
    try {
      return name === '/dev/stdin' ? await this.ctx.stdin.readAll() : this.ctx.fs.readFile(name);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      return '';
    }
  }

  private regexFor(re: PosixRegex | null): PosixRegex {
    const r = re ?? this.last;
    if (!r) throw new SedFatal(`${this.prog.lastWhere}: no previous regular expression`, 1);
    this.last = r;
    return r;
  }

  private async matchOne(a: Address, input: SedInput): Promise<boolean> {
    switch (a.t) {
      case 'num':
        return this.lineNo === a.n;
      case 'mod':
        return this.lineNo >= a.first && (this.lineNo - a.first) % a.step === 0;
      case 'last':
        return input.atEnd();
      case 'regex':
        return this.regexFor(a.re).test(this.ps);
      default:
        return false;
    }
  }

  /** match_address_p, with GNU's range states. */
  private async matches(c: SedCommand, input: SedInput): Promise<boolean> {
    if (!c.a1) return true;
    const a2 = c.a2;
    if (!a2) return this.matchOne(c.a1, input);
    if (c.range === 'active') {
      if (a2.t === 'num' || a2.t === 'plus' || a2.t === 'mult') {
        if (c.rangeEnd <= this.lineNo) c.range = 'closed';
        return this.lineNo <= c.rangeEnd;
      }
      if (await this.matchOne(a2, input)) c.range = 'closed';
      return true;
    }
    if (!(await this.matchOne(c.a1, input))) return false;
    if (a2.t === 'num') {
      if (this.lineNo >= a2.n) return true;
      c.rangeEnd = a2.n;
    } else if (a2.t === 'plus') {
      if (a2.n === 0) return true;
      c.rangeEnd = this.lineNo + a2.n;
    } else if (a2.t === 'mult') c.rangeEnd = (Math.floor(this.lineNo / a2.n) + 1) * a2.n;
    c.range = 'active';
    return true;
  }

  private async execute(input: SedInput, out: Sink): Promise<Flow> {
    const cmds = this.prog.cmds;
    const d = this.o.delim;
    for (let pc = 0; pc < cmds.length; ) {
      const c = cmds[pc]!;
      await this.ctx.tick();
      const selected = (await this.matches(c, input)) !== c.bang;
      if (!selected) {
        pc = c.cmd === '{' ? c.jump : pc + 1;
        continue;
      }
      pc++;
      switch (c.cmd) {
        case '{': case '}': case ':': break;
        case '=': out.text(`${this.lineNo}\n`); break;
        case 'a': this.queue.push({ text: c.text }); break;
        case 'i': out.text(c.text); break;
        case 'c':
          if (c.range !== 'active') out.text(c.text);
          return 'delete';
        case 'b': pc = c.jump; break;
        case 't': if (this.replaced) { this.replaced = false; pc = c.jump; } break;
        case 'T': if (!this.replaced) pc = c.jump; else this.replaced = false; break;
        case 'd': return 'delete';
        case 'D': {
          const nl = this.ps.indexOf(d);
          if (nl < 0) return 'delete';
          this.ps = this.ps.slice(nl + 1);
          return 'restart';
        }
        case 'e': await this.evaluate(c, out); break;
        case 'F': out.text(`${input.name}\n`); break;
        case 'g': this.ps = this.hold; break;
        case 'G': this.ps += d + this.hold; break;
        case 'h': this.hold = this.ps; break;
        case 'H': this.hold += d + this.ps; break;
        case 'x': [this.ps, this.hold] = [this.hold, this.ps]; break;
        case 'l': out.text(listLine(this.ps, c.int === -1 ? this.o.lineLength : c.int)); break;
        case 'n':
          if (await input.atEnd()) return 'quit';
          if (!this.o.quiet) out.pattern(this.ps, this.terminated, d);
          await this.read(input, out, false);
          break;
        case 'N':
          if (await input.atEnd()) return this.o.posixCorrect ? 'delete' : 'quit';
          await this.read(input, out, true);
          break;
        case 'p': out.pattern(this.ps, true, d); break;
        case 'P': {
          const nl = this.ps.indexOf(d);
          out.pattern(nl < 0 ? this.ps : this.ps.slice(0, nl), true, d);
          break;
        }
        case 'q': this.quitStatus = Math.max(0, c.int); return 'quit';
        case 'Q': this.quitStatus = Math.max(0, c.int); return 'quitSilent';
        case 'r':
          // `0r FILE` (made 1r with prepend) inserts the file before the first line.
          if (c.prepend) out.text(await this.readWhole(c.fname));
          else this.queue.push({ file: c.fname });
          break;
        case 'R': {
          const line = await this.rfiles.line(c.fname);
          if (line !== null) this.queue.push({ text: line });
          break;
        }
        case 's': await this.subst(c, out); break;
        case 'w': this.wfiles.get(c.fname).pattern(this.ps, this.terminated, d); break;
        case 'W': {
          const nl = this.ps.indexOf(d);
          this.wfiles.get(c.fname).pattern(nl < 0 ? this.ps : this.ps.slice(0, nl), true, d);
          break;
        }
        case 'y': this.ps = [...this.ps].map((ch) => c.ymap!.get(ch) ?? ch).join(''); break;
        case 'z': this.ps = ''; break;
      }
    }
    return 'next';
  }

  private async subst(c: SedCommand, out: Sink): Promise<void> {
    const s = c.subst!;
    const result = substitute(this.ps, this.regexFor(s.re), s);
    if (result === null) return;
    this.ps = result;
    this.replaced = true;
    if (s.print === 1 && s.evaluate) out.pattern(this.ps, true, this.o.delim);
    if (s.evaluate) {
      await out.flush();
      this.ps = (await runShell(this.ctx, this.ps)).replace(/\n$/, '');
    }
    if (s.print === 2 || (s.print === 1 && !s.evaluate)) out.pattern(this.ps, true, this.o.delim);
    if (s.wfile !== null) this.wfiles.get(s.wfile).pattern(this.ps, this.terminated, this.o.delim);
  }

  /** e COMMAND prints the command's output; a bare e runs the pattern space and keeps the output. */
  private async evaluate(c: SedCommand, out: Sink): Promise<void> {
    await out.flush();
    if (c.text !== '') {
      out.text(await runShell(this.ctx, c.text.replace(/\n$/, '')));
      return;
    }
    this.ps = (await runShell(this.ctx, this.ps)).replace(/\n$/, '');
  }
}
