/**
 * Running a compiled program: BEGIN, the main loop over records (patterns and ranges), END,
 * then closing every output. `exit` in BEGIN or a main rule still runs END; `exit` in END
 * stops at once. Errors end the run with mawk's texts and status 2.
 */
import type { Program, Rule } from './ast.ts';
import { AwkFatal, AwkLimitError, AwkRuntimeError, ExitSignal, NEXT, NEXTFILE } from './awk-error.ts';
import { busyboxFatal, busyboxRuntime } from './busybox-texts.ts';
import { asAsync, Ret, type AsyncE, type AsyncS } from './code.ts';
import { block } from './compile-stmt.ts';
import { Compiler } from './compiler.ts';
import { StackOverflow, type Runtime } from './runtime.ts';
import { toBool } from './values.ts';

interface MainRule {
  test: AsyncE | null;
  end: AsyncE | null;
  inRange: boolean;
  body: AsyncS | null;
}

function compileBody(c: Compiler, r: Rule): AsyncS | null {
  if (!r.body) return null;
  if (r.body.length === 0) return async () => undefined;
  const s = block(r.body.map((x) => c.stmt(x)));
  if (s.sync) {
    const f = s.f;
    return async (rt) => f(rt);
  }
  return s.f;
}

export class Execution {
  private readonly begins: AsyncS[] = [];
  private readonly mains: MainRule[] = [];
  private readonly ends: AsyncS[] = [];
  private status = 0;

  constructor(
    private readonly rt: Runtime,
    program: Program,
    arrays: Set<string>,
  ) {
    const c = new Compiler(rt, program, arrays);
    c.compileFunctions();
    for (const r of program.rules) {
      const body = compileBody(c, r);
      if (r.kind === 'begin') this.begins.push(body!);
      else if (r.kind === 'end') this.ends.push(body!);
      else {
        this.mains.push({
          test: r.pattern ? asAsync(c.expr(r.pattern)) : null,
          end: r.pattern2 ? asAsync(c.expr(r.pattern2)) : null,
          inRange: false,
          body,
        });
      }
    }
  }

  /** Runs the program; the exit status. */
  async run(): Promise<number> {
    const rt = this.rt;
    try {
      let stop = await this.phase(this.begins);
      if (!stop && (this.mains.length > 0 || this.ends.length > 0)) stop = await this.mainLoop();
      if (stop !== 'final') await this.phase(this.ends);
      await rt.out.closeAll();
      return this.status;
    } catch (e) {
      return this.fail(e);
    }
  }

  private async fail(e: unknown): Promise<number> {
    const rt = this.rt;
    const ctx = rt.ctx;
    const busybox = ctx.flavor === 'busybox';
    let msg: string;
    if (e instanceof AwkRuntimeError) {
      msg = busybox
        ? `${ctx.name}: cmd. line:1: ${busyboxRuntime(e.message)}\n`
        : `${ctx.name}: ${e instanceof AwkLimitError ? '' : 'run time error: '}${e.message}\n\tFILENAME="${rt.str(rt.FILENAME.v)}" FNR=${rt.rtFnr} NR=${rt.rtNr}\n`;
    } else if (e instanceof StackOverflow) msg = `${ctx.name}: program limit exceeded: eval stack size=1024\n`;
    else if (e instanceof AwkFatal) msg = `${ctx.name}: ${busybox ? busyboxFatal(e.message) : e.message}\n`;
    else throw e;
    // mawk reports first, then exit() flushes stdio and closes pipes.
    await ctx.stderr.write(msg);
    try {
      await rt.out.closeAll();
    } catch (e2) {
      // A second awk error changes nothing; a broken pipe or a signal still ends the process.
      if (!(e2 instanceof AwkFatal || e2 instanceof AwkRuntimeError)) throw e2;
    }
    if (busybox) return 1;
    return e instanceof AwkFatal ? e.status : 2;
  }

  /** Runs BEGIN or END actions; 'exit' or 'final' when `exit` ran. */
  private async phase(list: AsyncS[]): Promise<'exit' | 'final' | null> {
    for (const s of list) {
      const c = await this.guard(s);
      if (c instanceof ExitSignal) {
        this.exitWith(c);
        return list === this.ends ? 'final' : 'exit';
      }
    }
    return null;
  }

  private exitWith(c: ExitSignal): void {
    if (c.code !== null) this.status = c.code;
  }

  /** Runs an action; an ExitSignal thrown out of a function call becomes a result. */
  private async guard(s: AsyncS): Promise<unknown> {
    try {
      return await s(this.rt);
    } catch (e) {
      if (e instanceof ExitSignal) return e;
      throw e;
    }
  }

  private async mainLoop(): Promise<'exit' | null> {
    const rt = this.rt;
    for (;;) {
      const rec = await rt.input.next();
      if (rec === null) return null;
      rt.record.setInput(rec);
      await rt.tick();
      for (const r of this.mains) {
        let hit: boolean;
        try {
          hit = await this.matches(r);
        } catch (e) {
          if (!(e instanceof ExitSignal)) throw e;
          this.exitWith(e);
          return 'exit';
        }
        if (!hit) continue;
        const c = r.body ? await this.guard(r.body) : await this.printRecord();
        if (c === undefined || c instanceof Ret) continue;
        if (c === NEXT) break;
        if (c === NEXTFILE) {
          rt.input.skipFile();
          break;
        }
        if (c instanceof ExitSignal) {
          this.exitWith(c);
          return 'exit';
        }
      }
    }
  }

  private async printRecord(): Promise<undefined> {
    const rt = this.rt;
    rt.write(rt.record.text0() + rt.outStr(rt.ORS.v));
    return undefined;
  }

  private async matches(r: MainRule): Promise<boolean> {
    const rt = this.rt;
    if (!r.test) return true;
    if (!r.end) return toBool(await r.test(rt));
    if (!r.inRange) {
      if (!toBool(await r.test(rt))) return false;
      r.inRange = true;
    }
    if (toBool(await r.end(rt))) r.inRange = false;
    return true;
  }
}
