/** Interpreter state: variables, special variables with their side effects, $0, output. */
import type { AppletContext } from '../types.ts';
import { AwkArray } from './array.ts';
import { AwkRuntimeError } from './awk-error.ts';
import { runCommand } from './command.ts';
import { NEWLINE_RS, rsModeOf, type RsMode } from './input.ts';
import { GlibcRandom } from './glibc-random.ts';
import { MainInput } from './main-input.ts';
import { Outputs } from './output.ts';
import { Record } from './record.ts';
import { RegexError, compileRegex, type AwkRegex } from './regex.ts';
import { SPACE, splitterOf, type Splitter } from './split.ts';
import { mbstrn, numToStr, toNum, toStr, UNINIT, type Value } from './values.ts';

export interface Slot {
  v: Value;
  arr: AwkArray | null;
}

/** Eval-stack cells mawk allows before "program limit exceeded". */
const EVAL_STACK_LIMIT = 1007;

export class Runtime {
  convfmt = '%.6g';
  ofmt = '%.6g';
  splitter: Splitter = SPACE;
  rs: RsMode = NEWLINE_RS;
  readonly globals = new Map<string, Slot>();
  /** Side effects of assigning special variables. */
  readonly hooks = new Map<string, (v: Value) => void>();
  readonly record: Record;
  readonly out: Outputs;
  readonly input: MainInput;
  frame: Slot[] = [];
  evalDepth = 0;
  callDepth = 0;
  /** Records read, for run time error messages (rt_nr/rt_fnr). */
  rtNr = 0;
  rtFnr = 0;
  needFlush = false;
  /** srand seed cell (its value is returned by the next srand()); seeded off the clock. */
  seed: Value;
  readonly random: GlibcRandom;
  readonly NR: Slot;
  readonly FNR: Slot;
  readonly FILENAME: Slot;
  readonly OFS: Slot;
  readonly ORS: Slot;
  readonly SUBSEP: Slot;
  readonly RSTART: Slot;
  readonly RLENGTH: Slot;

  /** busybox awk's texts and number formatting. */
  readonly busybox: boolean;

  constructor(readonly ctx: AppletContext) {
    this.busybox = ctx.flavor === 'busybox';
    this.record = new Record({ splitter: () => this.splitter, ofs: () => this.ofsText(), convfmt: () => this.convfmt });
    this.out = new Outputs(ctx, (cmd, stdin) => runCommand(ctx, cmd, stdin));
    this.input = new MainInput(this);
    const g = (name: string, v: Value): Slot => {
      const s = { v, arr: null };
      this.globals.set(name, s);
      return s;
    };
    this.NR = g('NR', 0);
    this.FNR = g('FNR', 0);
    this.FILENAME = g('FILENAME', '');
    this.OFS = g('OFS', ' ');
    this.ORS = g('ORS', '\n');
    this.SUBSEP = g('SUBSEP', '\x1c');
    this.RSTART = g('RSTART', 0);
    this.RLENGTH = g('RLENGTH', -1);
    g('FS', ' ');
    g('RS', '\n');
    g('CONVFMT', '%.6g');
    g('OFMT', '%.6g');
    g('ARGC', 0);
    this.hooks.set('FS', (v) => {
      const s = this.str(v);
      // The current record keeps the separator it was read with.
      this.record.splitPending();
      this.splitter = this.regexOr(() => splitterOf(s), s);
    });
    this.hooks.set('RS', (v) => {
      const s = this.str(v);
      this.rs = this.regexOr(() => rsModeOf(s), s);
    });
    this.hooks.set('CONVFMT', (v) => (this.convfmt = typeof v === 'number' ? '%.6g' : this.str(v)));
    this.hooks.set('OFMT', (v) => (this.ofmt = typeof v === 'number' ? '%.6g' : this.str(v)));
    // mawk seeds from the time of day; busybox starts from seed 1.
    this.seed = this.busybox ? 1 : Math.floor(ctx.kernel.clock.now / 1000);
    this.random = new GlibcRandom(this.seed);
    const env = this.array('ENVIRON');
    for (const [k, v] of ctx.env) env.find(k, true)!.v = mbstrn(v);
  }

  /** Compiles a regex at run time, turning syntax errors into mawk's run time error. */
  regexOr<T>(f: () => T, src: string): T {
    try {
      return f();
    } catch (e) {
      if (e instanceof RegexError) throw new AwkRuntimeError(`regular expression compile failed (${e.message})\n${src}`);
      throw e;
    }
  }

  dynRegex(v: Value): AwkRegex {
    const src = this.str(v);
    return this.regexOr(() => compileRegex(src), src);
  }

  global(name: string): Slot {
    let s = this.globals.get(name);
    if (!s) {
      s = { v: UNINIT, arr: null };
      this.globals.set(name, s);
    }
    return s;
  }

  array(name: string): AwkArray {
    const s = this.global(name);
    return (s.arr ??= this.newArray());
  }

  newArray(): AwkArray {
    return new AwkArray(() => this.convfmt);
  }

  assignSpecial(name: string, v: Value): void {
    if (name === 'NF') return this.record.setNF(v);
    this.global(name).v = v;
    this.hooks.get(name)?.(v);
  }

  str(v: Value): string {
    if (typeof v === 'number') return numToStr(v, this.convfmt, this.busybox);
    return typeof v === 'string' ? v : toStr(v, this.convfmt);
  }

  /** print's conversion: numbers that are not integers use OFMT. */
  outStr(v: Value): string {
    return typeof v === 'number' ? numToStr(v, this.ofmt, this.busybox) : typeof v === 'string' ? v : v.s;
  }

  ofsText(): string {
    return this.str(this.OFS.v);
  }

  subsep(): string {
    return this.str(this.SUBSEP.v);
  }

  num(v: Value): number {
    return typeof v === 'number' ? v : toNum(v);
  }

  /** Tracks mawk's 1024-cell evaluation stack across user function calls. */
  enter(cells: number): void {
    this.evalDepth += cells;
    if (this.evalDepth > EVAL_STACK_LIMIT) throw new StackOverflow();
  }

  leave(cells: number): void {
    this.evalDepth -= cells;
  }

  /** Flushes due output and accounts `units` of CPU work (about a microsecond each). */
  async tick(units = 1): Promise<void> {
    if (this.needFlush) {
      this.needFlush = false;
      await this.out.flushStdout();
    }
    await this.ctx.tick(units);
  }

  write(text: string): void {
    if (this.out.stdout(text)) this.needFlush = true;
  }
}

/** "program limit exceeded: eval stack size=1024" (printed without the FILENAME line). */
export class StackOverflow extends Error {}
