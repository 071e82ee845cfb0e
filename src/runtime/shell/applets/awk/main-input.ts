/**
 * Input: the main records from the ARGV operands (files, `-`, and `var=value` assignments
 * applied when reached), and the readers of `getline < file` and `cmd | getline`.
 */
import { FsError } from '../../../kernel/fs/errors.ts';
import { AwkFatal } from './awk-error.ts';
import { runCaptured } from './command.ts';
import { rmEscape } from './escapes.ts';
import { RecordReader, type ChunkSource } from './input.ts';
import type { Runtime } from './runtime.ts';
import { mbstrn, toNum } from './values.ts';

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/s;

export class MainInput {
  private reader: RecordReader | null = null;
  private argi = 1;
  private opened = false;
  private done = false;
  private readonly files = new Map<string, RecordReader>();
  private readonly cmds = new Map<string, { reader: RecordReader; status: number }>();
  /** Names that are never assigned from the command line (keywords, builtins, functions). */
  reserved: (name: string) => boolean = () => false;

  constructor(private readonly rt: Runtime) {}

  private source(name: string): ChunkSource {
    const ctx = this.rt.ctx;
    if (name === '-' || name === '/dev/stdin') return { read: () => ctx.stdin.read() };
    const stream = ctx.open(name);
    return {
      read: async () => {
        try {
          return await stream.read(ctx.proc);
        } catch (e) {
          if (e instanceof FsError) throw new AwkFatal(`read error (${e.text})`);
          throw e;
        }
      },
    };
  }

  /** Opens `name`, or returns why not; a directory only fails at the first read. */
  private open(name: string): RecordReader | string {
    try {
      return new RecordReader(this.source(name));
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      if (e.code === 'EISDIR') return new RecordReader({ read: () => Promise.reject(new AwkFatal('read error (Is a directory)')) });
      return e.text;
    }
  }

  private async advance(): Promise<boolean> {
    const rt = this.rt;
    const argv = rt.array('ARGV');
    for (; this.argi < rt.num(rt.global('ARGC').v); this.argi++) {
      const cell = argv.find(this.argi, false);
      if (!cell) continue;
      const arg = rt.str(cell.v);
      if (arg === '') continue;
      const m = ASSIGNMENT.exec(arg);
      if (m && !this.reserved(m[1]!)) {
        rt.assignSpecial(m[1]!, mbstrn(rmEscape(arg.slice(m[0].length))));
        continue;
      }
      this.argi++;
      return this.start(arg);
    }
    if (this.opened) return false;
    return this.start('-');
  }

  private start(name: string): boolean {
    const r = this.open(name);
    if (typeof r === 'string') throw new AwkFatal(`cannot open ${name} (${r})`);
    this.reader = r;
    this.opened = true;
    this.rt.FILENAME.v = name;
    this.rt.FNR.v = 0;
    this.rt.rtFnr = 0;
    return true;
  }

  /** The next main record (NR and FNR advanced), or null at the end of all input. */
  async next(): Promise<string | null> {
    const rt = this.rt;
    while (!this.done) {
      if (!this.reader && !(await this.advance())) {
        this.done = true;
        break;
      }
      const rec = await this.reader!.next(rt.rs);
      if (rec !== null) {
        rt.NR.v = toNum(rt.NR.v) + 1;
        rt.FNR.v = toNum(rt.FNR.v) + 1;
        rt.rtNr++;
        rt.rtFnr++;
        return rec;
      }
      this.reader = null;
    }
    return null;
  }

  /** nextfile: abandon the current file. */
  skipFile(): void {
    this.reader = null;
  }

  /** `getline < name`: a record, null at end of file, or -1 when it cannot be opened. */
  async fromFile(name: string): Promise<string | null | -1> {
    let r = this.files.get(name);
    if (!r) {
      const o = this.open(name);
      if (typeof o === 'string') return -1;
      r = o;
      this.files.set(name, r);
    }
    return r.next(this.rt.rs);
  }

  /** `cmd | getline`: the command runs to completion on first use; its output is read back. */
  async fromCommand(cmd: string): Promise<string | null> {
    let c = this.cmds.get(cmd);
    if (!c) {
      await this.rt.out.flushAll();
      const { out, status } = await runCaptured(this.rt.ctx, cmd);
      let pending: string | null = out === '' ? null : out;
      const reader = new RecordReader({
        read: async () => {
          const d = pending;
          pending = null;
          return d;
        },
      });
      c = { reader, status };
      this.cmds.set(cmd, c);
    }
    return c.reader.next(this.rt.rs);
  }

  /** close() of an input: a command's status, 0 for a file, null when not open. */
  close(name: string): number | null {
    const c = this.cmds.get(name);
    if (c) {
      this.cmds.delete(name);
      return c.status;
    }
    if (this.files.delete(name)) return 0;
    return null;
  }
}
