import { FsError } from '../../../kernel/fs/errors.ts';
import { OptError, getopt } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { bbOptError } from './busybox-usage.ts';
import { ByteSource } from './byte-source.ts';
import { readInput } from './read-input.ts';
import { stdinRegularSize } from './stdin-file.ts';
import { XXD_USAGE, XxdUsage, XxdVersion, type XxdOptions, cStrtol, parseXxd } from './xxd-options.ts';
import { xxdReverse } from './xxd-reverse.ts';

class BbNumber extends Error {}

class Exit extends Error {
  constructor(readonly status: number) {
    super('exit');
  }
}

/** xxd (vim 2022-01-14): hex, -b bits, -e little-endian, -p plain, -i C include, -r reverse, -a autoskip. */
const xxd: Applet = {
  async run(ctx) {
    let o: XxdOptions;
    try {
      o = ctx.flavor === 'busybox' ? bbOptions(ctx.argv.slice(1)) : parseXxd(ctx.argv.slice(1));
    } catch (e) {
      if (e instanceof XxdVersion) {
        await ctx.stderr.write('xxd 2022-01-14 by Juergen Weigert et al.\n');
        return 0;
      }
      if (e instanceof OptError) return bbOptError(ctx, e.message);
      if (e instanceof BbNumber) {
        await ctx.stderr.write(`xxd: invalid number '${e.message}'\n`);
        return 1;
      }
      if (!(e instanceof XxdUsage)) throw e;
      await ctx.stderr.write(XXD_USAGE);
      return 1;
    }
    const err = async (msg: string, status: number): Promise<never> => {
      await ctx.stderr.write(`xxd: ${msg}\n`);
      throw new Exit(status);
    };
    try {
      return await dump(ctx, o, err);
    } catch (e) {
      if (e instanceof Exit) return e.status;
      throw e;
    }
  },
};
export default xxd;

/** busybox xxd takes getopt-style options: -pri, -g -c -l -s -o with values, -u. */
function bbOptions(args: string[]): XxdOptions {
  const p = getopt(args, { short: 'pirg:c:l:s:o:n:' });
  const o = parseXxd([]);
  for (const [k, v] of p.list) {
    if (k === 'p') o.type = 'ps';
    else if (k === 'i') o.type = 'include';
    else if (k === 'r') o.revert = true;
    else if (/^[gclon]$/.test(k) && k !== 'n' && !/^\d+$/.test(v!)) throw new BbNumber(v!);
    else if (k === 'g') o.group = cStrtol(v!);
    else if (k === 'c') o.cols = cStrtol(v!);
    else if (k === 'l') o.length = cStrtol(v!);
    else if (k === 'o') o.displayOff = cStrtol(v!);
    else if (k === 'n') o.varname = v!;
    else if (k === 's') {
      if (!/^\d+$/.test(v!)) throw new BbNumber(v!);
      o.seek = cStrtol(v!);
    }
  }
  o.files = p.operands;
  if (o.files.length > 1) throw new XxdUsage();
  return o;
}

async function dump(ctx: AppletContext, o: XxdOptions, err: (m: string, s: number) => Promise<never>): Promise<number> {
  if (!o.cols) o.cols = { ps: 30, include: 12, bits: 6, normal: 16, le: 16 }[o.type];
  if (o.group < 0) o.group = { bits: 1, normal: 2, le: 4, ps: 0, include: 0 }[o.type];
  if (o.cols < 1 || (['normal', 'bits', 'le'].includes(o.type) && o.cols > 256)) await err('invalid number of columns (max. 256).', 1);
  if (o.group < 1 || o.group > o.cols) o.group = o.cols;
  else if (o.type === 'le' && o.group & (o.group - 1)) await err('number of octets per group must be a power of 2 with -e.', 1);
  const inName = o.files[0] && o.files[0] !== '-' ? o.files[0] : null;
  const outName = o.files[1] && o.files[1] !== '-' ? o.files[1] : null;
  let out = '';
  const write = async (s: string, force = false) => {
    out += s;
    if (outName === null && (force || out.length > 16384)) {
      await ctx.stdout.write(out);
      out = '';
    }
  };
  const fsErr = async (e: unknown): Promise<never> => {
    if (!(e instanceof FsError)) throw e;
    return err(e.code === 'EISDIR' ? e.message : `${inName}: ${e.message}`, 2);
  };
  if (o.revert) {
    if (o.type !== 'normal' && o.type !== 'ps') await err('Sorry, cannot revert this type of hexdump', 255);
    let data = '';
    try {
      data = await readInput(ctx, inName ?? '-');
    } catch (e) {
      await fsErr(e);
    }
    out = xxdReverse(data, o.cols, o.type === 'ps', o.negSeek ? -o.seek : o.seek);
  } else {
    try {
      if (inName !== null) ctx.fs.stat(inName);
    } catch (e) {
      await fsErr(e);
    }
    let failure: FsError | null = null;
    const src = new ByteSource(ctx, [inName ?? '-'], async (_f, text) => {
      failure = new FsError(text === 'Is a directory' ? 'EISDIR' : 'EIO', inName ?? '-');
    });
    const stdinPipe = inName === null && stdinRegularSize(ctx) === null;
    let pos = 0;
    if (o.seek || o.negSeek || !o.relSeek) {
      if (o.negSeek) {
        const size = inName !== null ? ctx.fs.stat(inName).size : stdinRegularSize(ctx);
        if (o.relSeek || size === null || size - o.seek < 0) await err('Sorry, cannot seek.', 4);
        pos = size! - o.seek;
      } else pos = o.seek;
      const skipped = await src.skip(pos);
      if (stdinPipe && skipped < pos) await err('Sorry, cannot seek.', 4);
    }
    if (failure) await fsErr(failure);
    const hex = o.upper ? '0123456789ABCDEF' : '0123456789abcdef';
    const sink = o.type === 'ps' ? new PlainSink(o, hex) : o.type === 'include' ? new IncludeSink(o, hex, inName, ctx.flavor === 'busybox') : new HexSink(pos + o.displayOff, o, hex);
    await write(sink.start());
    for (let done = 0; o.length < 0 || done < o.length; ) {
      const chunk = await src.read(o.length < 0 ? 4096 : Math.min(4096, o.length - done));
      if (failure) await fsErr(failure);
      if (chunk === '') break;
      done += chunk.length;
      await write(sink.feed(chunk));
    }
    await write(sink.finish());
    src.close();
  }
  if (outName !== null) ctx.fs.writeFile(outName, out);
  else await write('', true);
  return 0;
}

interface Sink {
  start(): string;
  feed(bytes: string): string;
  finish(): string;
}

/** -p: bare hex, COLS bytes a line. */
class PlainSink implements Sink {
  private n = 0;
  constructor(
    private readonly o: XxdOptions,
    private readonly hex: string,
  ) {}
  start(): string {
    return '';
  }
  feed(bytes: string): string {
    let s = '';
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes.charCodeAt(i);
      s += this.hex[c >> 4]! + this.hex[c & 15]! + (++this.n % this.o.cols === 0 ? '\n' : '');
    }
    return s;
  }
  finish(): string {
    return this.n % this.o.cols ? '\n' : '';
  }
}

/** -i: a C array (vim separates items, busybox ends each with a comma). */
class IncludeSink implements Sink {
  private n = 0;
  private readonly ident: string | null;
  constructor(
    private readonly o: XxdOptions,
    private readonly hex: string,
    private readonly inName: string | null,
    private readonly bb: boolean,
  ) {
    const name = o.varname ?? inName;
    this.ident = name === null ? null : (/^\d/.test(name) ? '__' : '') + name.replace(/[^A-Za-z0-9]/g, '_').replace(/[a-z]/g, (c) => (o.capitalize ? c.toUpperCase() : c));
  }
  start(): string {
    return this.ident !== null && this.inName !== null ? `unsigned char ${this.ident}[] = {\n` : '';
  }
  feed(bytes: string): string {
    let s = '';
    const cols = this.o.cols;
    for (let k = 0; k < bytes.length; k++) {
      const c = bytes.charCodeAt(k);
      const item = `${this.o.upper ? '0X' : '0x'}${this.hex[c >> 4]}${this.hex[c & 15]}`;
      const i = this.n++;
      if (this.bb) s += `${i % cols ? ' ' : '  '}${item},${(i + 1) % cols === 0 ? '\n' : ''}`;
      else s += `${i % cols ? ', ' : i ? ',\n  ' : '  '}${item}`;
    }
    return s;
  }
  finish(): string {
    let s = this.n && (!this.bb || this.n % this.o.cols) ? '\n' : '';
    if (this.ident !== null && this.inName !== null) s += `};\nunsigned int ${this.ident}_${this.o.capitalize ? 'LEN' : 'len'} = ${this.n};\n`;
    return s;
  }
}

/** The normal, bits and little-endian layouts, built in one line buffer as xxd.c does. */
class HexSink implements Sink {
  private readonly grplen: number;
  private l: string[] = [];
  private p = 0;
  private c = 0;
  private addrlen = 9;
  private nonzero = 0;
  private zeroSeen = 0;
  private z = '';
  private n = 0;
  private out = '';
  constructor(
    private readonly base: number,
    private readonly o: XxdOptions,
    private readonly hex: string,
  ) {
    this.grplen = o.group * (o.type === 'bits' ? 8 : 2) + 1;
  }
  start(): string {
    return '';
  }
  private line(nz: number): void {
    const text = this.l.slice(0, this.c).join('') + '\n';
    if (!nz && this.zeroSeen === 1) this.z = text;
    if (nz || !this.zeroSeen++) {
      if (nz) {
        if (nz < 0) this.zeroSeen--;
        if (this.zeroSeen === 2) this.out += this.z;
        if (this.zeroSeen > 2) this.out += '*\n';
      }
      if (nz >= 0 || this.zeroSeen > 0) this.out += text;
      if (nz) this.zeroSeen = 0;
    }
  }
  feed(bytes: string): string {
    const o = this.o;
    for (let k = 0; k < bytes.length; k++, this.n++) {
      const e = bytes.charCodeAt(k);
      if (this.p === 0) {
        const a = this.n + this.base;
        const addr = o.decimal ? String(a).padStart(8, '0') : a.toString(16).padStart(8, '0');
        this.addrlen = addr.length + 1;
        this.l = [...`${addr}:`.padEnd(this.addrlen + 3 + this.grplen * o.cols + o.cols + 8, ' ')];
      }
      const x = o.type === 'le' ? this.p ^ (o.group - 1) : this.p;
      let c = this.addrlen + 1 + Math.floor((this.grplen * x) / o.group);
      if (o.type === 'bits') for (let i = 7; i >= 0; i--) this.l[c++] = e & (1 << i) ? '1' : '0';
      else {
        this.l[c] = this.hex[e >> 4]!;
        this.l[++c] = this.hex[e & 15]!;
      }
      if (e) this.nonzero++;
      c = Math.floor((this.grplen * o.cols - 1) / o.group) + this.addrlen + 3 + this.p;
      this.l[c++] = e > 31 && e < 127 ? String.fromCharCode(e) : '.';
      this.c = c;
      if (++this.p === o.cols) {
        this.line(o.autoskip ? this.nonzero : 1);
        this.nonzero = 0;
        this.p = 0;
      }
    }
    const s = this.out;
    this.out = '';
    return s;
  }
  finish(): string {
    if (this.p) this.line(1);
    else if (this.o.autoskip) this.line(-1);
    return this.out;
  }
}
