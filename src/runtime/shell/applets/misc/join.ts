import { errText, fail, usageError } from '../errors.ts';
import { getopt } from '../getopt.ts';
import { notInBusybox } from './not-in-busybox.ts';
import type { Applet, AppletContext } from '../types.ts';
import { STD_LONGS, stdOptions } from './coreutils-info.ts';
import { type JoinLine, keycmp, parseOutList, splitFields } from './join-fields.ts';
import { quote } from './locale-quote.ts';
import { readInput, splitLines } from './read-input.ts';

class Die extends Error {}

interface Config {
  f: [number, number];
  tab: string | null;
  empty: string | null;
  ignoreCase: boolean;
  unpaired: [boolean, boolean];
  pairs: boolean;
  outList: { file: number; field: number }[] | null;
  auto: boolean;
  check: 'default' | 'on' | 'off';
  header: boolean;
  eol: string;
}

/** `-j1 N` / `-j2 N` are the obsolete spellings of `-1 N` / `-2 N`. */
function rewriteObsolete(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') return [...out, ...args.slice(i)];
    if ((a === '-j1' || a === '-j2') && i + 1 < args.length) {
      out.push(`-${a[2]}`, args[++i]!);
    } else out.push(a);
  }
  return out;
}

function fieldNumber(v: string): number | string {
  if (!/^\s*\+?\d+$/.test(v) || BigInt(v.trim()) === 0n) return `invalid field number: ${quote(v)}`;
  const n = BigInt(v.trim());
  return n > 2n ** 53n ? Number.MAX_SAFE_INTEGER : Number(n) - 1;
}

/** join (coreutils 9.1): -a -v -e -o (auto) -i -j -1 -2 -t -z --header and order checking. */
const join: Applet = {
  async run(ctx) {
    if (ctx.flavor === 'busybox') return notInBusybox(ctx);
    let opts;
    try {
      opts = getopt(rewriteObsolete(ctx.argv.slice(1)), {
        short: 'a:e:i1:2:j:o:t:v:z',
        long: { 'ignore-case': { key: 'i' }, 'check-order': {}, 'nocheck-order': {}, 'zero-terminated': { key: 'z' }, header: {}, ...STD_LONGS },
      });
    } catch (e) {
      return usageError(ctx, e);
    }
    const std = await stdOptions(ctx, 'join', opts.list);
    if (std !== undefined) return std;
    const cfg: Config = { f: [0, 0], tab: null, empty: null, ignoreCase: false, unpaired: [false, false], pairs: true, outList: null, auto: false, check: 'default', header: false, eol: '\n' };
    const die = async (m: string): Promise<never> => {
      await fail(ctx, m);
      throw new Die();
    };
    try {
      for (const [k, v] of opts.list) {
        if (k === 'a' || k === 'v') {
          if (v !== '1' && v !== '2') await die(`invalid field number: ${quote(v!)}`);
          cfg.unpaired[Number(v) - 1] = true;
          if (k === 'v') cfg.pairs = false;
        } else if (k === 'e') {
          if (cfg.empty !== null && cfg.empty !== v) await die('conflicting empty-field replacement strings');
          cfg.empty = v!;
        } else if (k === 'i') cfg.ignoreCase = true;
        else if (k === '1' || k === '2' || k === 'j') {
          const n = fieldNumber(v!);
          if (typeof n === 'string') await die(n);
          if (k !== '2') cfg.f[0] = n as number;
          if (k !== '1') cfg.f[1] = n as number;
        } else if (k === 'o') {
          if (v === 'auto') {
            cfg.auto = true;
            continue;
          }
          const l = parseOutList(v!);
          if (typeof l === 'string') await die(l);
          cfg.outList = [...(cfg.outList ?? []), ...(l as { file: number; field: number }[])];
        } else if (k === 't') {
          let t = v === '' ? '\n' : v![0]!;
          if (v!.length > 1) {
            if (v === '\\0') t = '\0';
            else await die(`multi-character tab ${quote(v!)}`);
          }
          if (cfg.tab !== null && cfg.tab !== t) await die('incompatible tabs');
          cfg.tab = t;
        } else if (k === 'z') cfg.eol = '\0';
        else if (k === 'check-order') cfg.check = 'on';
        else if (k === 'nocheck-order') cfg.check = 'off';
        else if (k === 'header') cfg.header = true;
      }
      const ops = opts.operands;
      if (ops.length !== 2) {
        if (ops.length > 2) await fail(ctx, `extra operand ${quote(ops[2]!)}`);
        else await fail(ctx, ops.length === 0 ? 'missing operand' : `missing operand after ${quote(ops[0]!)}`);
        await ctx.stderr.write("Try 'join --help' for more information.\n");
        return 1;
      }
      if (ops[0] === '-' && ops[1] === '-') await die('both files cannot be standard input');
      const data: string[] = [];
      for (const f of ops) {
        try {
          data.push(await readInput(ctx, f));
        } catch (e) {
          if (errText(e) === 'Is a directory') await die('read error: Is a directory');
          await die(`${f}: ${errText(e)}`);
        }
      }
      return await new Joiner(ctx, cfg, ops, data).run();
    } catch (e) {
      if (e instanceof Die) return 1;
      throw e;
    }
  },
};
export default join;

class Joiner {
  private out = '';
  private readonly lines: JoinLine[][];
  private readonly next = [0, 0];
  private readonly prev: (JoinLine | null)[] = [null, null];
  private readonly warned = [false, false];
  private unpairable = false;
  private auto = [0, 0];
  private readonly blankLine: JoinLine = { text: '', fields: [] };

  constructor(
    private readonly ctx: AppletContext,
    private readonly c: Config,
    private readonly names: string[],
    data: string[],
  ) {
    this.lines = data.map((d) => splitLines(d, c.eol).map((text) => ({ text, fields: splitFields(text, c.tab) })));
  }

  private async flush(): Promise<void> {
    if (this.out) await this.ctx.stdout.write(this.out);
    this.out = '';
  }

  private async getLine(w: number): Promise<JoinLine | null> {
    const line = this.lines[w]![this.next[w]!];
    if (!line) return null;
    this.next[w]!++;
    const prev = this.prev[w];
    if (prev && this.c.check !== 'off' && (this.c.check === 'on' || this.unpairable) && !this.warned[w]) {
      if (keycmp(prev, line, this.c.f[w]!, this.c.f[w]!, this.c.ignoreCase) > 0) {
        await this.flush();
        await fail(this.ctx, `${this.names[w]}:${this.next[w]}: is not sorted: ${line.text}`);
        if (this.c.check === 'on') throw new Die();
        this.warned[w] = true;
      }
    }
    this.prev[w] = line;
    return line;
  }

  private field(line: JoinLine, n: number): string {
    const v = line.fields[n];
    return v === undefined || v === '' ? (this.c.empty ?? '') : v;
  }

  private emit(l1: JoinLine, l2: JoinLine): void {
    const sep = this.c.tab ?? ' ';
    const parts: string[] = [];
    if (this.c.outList) {
      for (const o of this.c.outList) {
        if (o.file === 0) parts.push(l1 === this.blankLine ? this.field(l2, this.c.f[1]) : this.field(l1, this.c.f[0]));
        else parts.push(this.field(o.file === 1 ? l1 : l2, o.field));
      }
    } else {
      parts.push(l1 === this.blankLine ? this.field(l2, this.c.f[1]) : this.field(l1, this.c.f[0]));
      [l1, l2].forEach((l, w) => {
        const n = this.c.auto ? this.auto[w]! : l.fields.length;
        for (let i = 0; i < n; i++) if (i !== this.c.f[w]) parts.push(this.field(l, i));
      });
    }
    this.out += parts.join(sep) + this.c.eol;
  }

  async run(): Promise<number> {
    const seq: JoinLine[][] = [[], []];
    const getseq = async (w: number) => {
      const l = await this.getLine(w);
      if (l) seq[w]!.push(l);
      return l !== null;
    };
    const key = (a: JoinLine, b: JoinLine) => keycmp(a, b, this.c.f[0], this.c.f[1], this.c.ignoreCase);
    await getseq(0);
    await getseq(1);
    if (this.c.auto) this.auto = [seq[0]![0]?.fields.length ?? 0, seq[1]![0]?.fields.length ?? 0];
    if (this.c.header && (seq[0]!.length || seq[1]!.length)) {
      this.emit(seq[0]![0] ?? this.blankLine, seq[1]![0] ?? this.blankLine);
      for (const w of [0, 1]) if (seq[w]!.length) (seq[w] = []), (this.prev[w] = null), await getseq(w);
    }
    while (seq[0]!.length && seq[1]!.length) {
      const diff = key(seq[0]![0]!, seq[1]![0]!);
      if (diff !== 0) {
        const w = diff < 0 ? 0 : 1;
        if (this.c.unpaired[w]) this.emit(w === 0 ? seq[0]![0]! : this.blankLine, w === 0 ? this.blankLine : seq[1]![0]!);
        seq[w] = [];
        await getseq(w);
        this.unpairable = true;
        continue;
      }
      let eof1 = false;
      do {
        if (!(await getseq(0))) {
          eof1 = true;
          break;
        }
      } while (!key(seq[0]![seq[0]!.length - 1]!, seq[1]![0]!));
      let eof2 = false;
      do {
        if (!(await getseq(1))) {
          eof2 = true;
          break;
        }
      } while (!key(seq[0]![0]!, seq[1]![seq[1]!.length - 1]!));
      const n1 = eof1 ? seq[0]!.length : seq[0]!.length - 1;
      const n2 = eof2 ? seq[1]!.length : seq[1]!.length - 1;
      if (this.c.pairs) for (let i = 0; i < n1; i++) for (let j = 0; j < n2; j++) this.emit(seq[0]![i]!, seq[1]![j]!);
      seq[0] = eof1 ? [] : [seq[0]![seq[0]!.length - 1]!];
      seq[1] = eof2 ? [] : [seq[1]![seq[1]!.length - 1]!];
      if (this.out.length > 8192) await this.flush();
      await this.ctx.tick(1);
    }
    const checktail = this.c.check !== 'off' && !(this.warned[0] && this.warned[1]);
    for (const w of [0, 1]) {
      if (!((this.c.unpaired[w] || checktail) && seq[w]!.length)) continue;
      const pr = (l: JoinLine) => this.emit(w === 0 ? l : this.blankLine, w === 0 ? this.blankLine : l);
      if (this.c.unpaired[w]) pr(seq[w]![0]!);
      if (seq[1 - w]!.length) this.unpairable = true;
      for (let l; (l = await this.getLine(w)); ) {
        if (this.c.unpaired[w]) pr(l);
        if (this.warned[w] && !this.c.unpaired[w]) break;
      }
    }
    await this.flush();
    if (this.warned[0] || this.warned[1]) {
      await fail(this.ctx, 'input is not in sorted order');
      return 1;
    }
    return 0;
  }
}
