import { FsError } from '../../../kernel/fs/errors.ts';
import { errText, fail, q, usageError } from '../errors.ts';
import { ByteSource } from './byte-source.ts';
import { getopt } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { STD_LONGS, stdOptions } from './coreutils-info.ts';
import { quote } from './locale-quote.ts';
import { type ByteFeed, RandInt, randperm } from './randint.ts';
import { readInput, splitLines } from './read-input.ts';
import { bbShuf } from './shuf-busybox.ts';
import { stdinRegularSize } from './stdin-file.ts';

const RESERVOIR_MIN_INPUT = 8192 * 1024;

/** shuf (coreutils 9.1): -e, -i LO-HI, -n, -o, -r, -z, --random-source with gnulib's randint. */
const shuf: Applet = {
  async run(ctx) {
    if (ctx.flavor === 'busybox') return bbShuf(ctx);
    let opts;
    try {
      opts = getopt(ctx.argv.slice(1), {
        short: 'ei:n:o:rz',
        long: { echo: { key: 'e' }, 'input-range': { arg: 'required', key: 'i' }, 'head-count': { arg: 'required', key: 'n' }, output: { arg: 'required', key: 'o' }, 'random-source': { arg: 'required' }, repeat: { key: 'r' }, 'zero-terminated': { key: 'z' }, ...STD_LONGS },
      });
    } catch (e) {
      return usageError(ctx, e);
    }
    const std = await stdOptions(ctx, 'shuf', opts.list);
    if (std !== undefined) return std;
    let echo = false;
    let range: [bigint, bigint] | null = null;
    let head = Infinity;
    let output: string | undefined;
    let source: string | undefined;
    let repeat = false;
    let eol = '\n';
    const die = async (m: string) => (await fail(ctx, m), 1);
    for (const [k, v] of opts.list) {
      if (k === 'e') echo = true;
      else if (k === 'i') {
        if (range) return die('multiple -i options specified');
        const m = /^(\d+)-(\d+)$/.exec(v!);
        const lo = m ? BigInt(m[1]!) : 0n;
        const hi = m ? BigInt(m[2]!) : 0n;
        if (!m || hi < lo || hi >= 2n ** 64n - 1n || hi - lo + 1n > 2n ** 53n) return die(`invalid input range: ${quote(v!)}`);
        range = [lo, hi];
      } else if (k === 'n') {
        if (!/^\s*\+?\d+$/.test(v!)) return die(`invalid line count: ${quote(v!)}`);
        head = Math.min(head, Number(BigInt(v!.trim())));
      } else if (k === 'o') output = v;
      else if (k === 'random-source') {
        if (source !== undefined && source !== v) return die('multiple random sources specified');
        source = v;
      } else if (k === 'r') repeat = true;
      else if (k === 'z') eol = '\0';
    }
    const ops = opts.operands;
    const usage = async (m: string) => (await fail(ctx, m), await ctx.stderr.write("Try 'shuf --help' for more information.\n"), 1);
    if (echo && range) return usage('cannot combine -e and -i options');
    if (range && ops.length) return usage(`extra operand ${quote(ops[0]!)}`);
    if (!echo && !range && ops.length > 1) return usage(`extra operand ${quote(ops[1]!)}`);

    let lines: string[] = [];
    let reservoir = false;
    let n: number;
    if (echo) lines = ops;
    else if (!range && head !== 0) {
      const file = ops[0] ?? '-';
      let small: boolean;
      try {
        small = (file === '-' ? stdinRegularSize(ctx) ?? Infinity : ctx.fs.stat(file).size) <= RESERVOIR_MIN_INPUT;
        lines = splitLines(await readInput(ctx, file), eol);
      } catch (e) {
        if (errText(e) === 'Is a directory') return die('read error: Is a directory');
        return die(`${q(file)}: ${errText(e)}`);
      }
      reservoir = !repeat && head !== Infinity && !small;
    }
    n = range ? Number(range[1] - range[0] + 1n) : lines.length;

    let feed: ByteFeed;
    if (source !== undefined) {
      try {
        if (ctx.fs.stat(source).type === 'dir') throw new FsError('EISDIR', source);
      } catch (e) {
        return die(`${q(source)}: ${errText(e)}`);
      }
      let readErr: string | null = null;
      const rs = new ByteSource(ctx, [source], async (_f, t) => void (readErr = t));
      feed = async (k) => {
        const got = await rs.read(k);
        if (readErr) throw new EndOfSource(source!, readErr);
        if (got.length < k) throw new EndOfSource(source!);
        return Array.from(got, (c) => c.charCodeAt(0));
      };
    } else feed = async (k) => Array.from(ctx.kernel.random.bytes(k), (c) => c.charCodeAt(0));
    const r = new RandInt(feed);
    const tick = () => ctx.tick(1);
    const item = (i: number) => (range ? String(range[0] + BigInt(i)) : lines[i]!);

    let sink = ctx.stdout.write.bind(ctx.stdout);
    let collected = '';
    if (output !== undefined) sink = async (d: string) => void (collected += d);
    try {
      if (reservoir) {
        const res = lines.slice(0, head);
        // a draw precedes every read after the reservoir is full, including the one that hits EOF
        if (lines.length >= head) {
          for (let i = head; ; i++) {
            const j = await r.choose(i + 1);
            if (i >= lines.length) break;
            if (j < head) res[j] = lines[i]!;
          }
        }
        lines = res;
        n = lines.length;
      }
      if (repeat) {
        if (n === 0) {
          if (head === 0) return 0;
          return die('no lines to repeat');
        }
        let buf = '';
        for (let i = 0; i < head; i++) {
          buf += item(await r.choose(n)) + eol;
          if (buf.length > 4096) await sink(buf), (buf = ''), await tick();
        }
        await sink(buf);
      } else {
        const perm = await randperm(r, Math.min(head, n), n, tick);
        let buf = '';
        for (const i of perm) {
          buf += item(i) + eol;
          if (buf.length > 8192) await sink(buf), (buf = '');
        }
        await sink(buf);
      }
    } catch (e) {
      if (e instanceof EndOfSource) {
        if (output !== undefined) writeOut(ctx, output, collected);
        return die(`${quote(e.file)}: ${e.why}`);
      }
      throw e;
    }
    if (output !== undefined) {
      try {
        writeOut(ctx, output, collected);
      } catch (e) {
        return die(`${q(output)}: ${errText(e)}`);
      }
    }
    return 0;
  },
};
export default shuf;

class EndOfSource extends Error {
  constructor(
    readonly file: string,
    readonly why = 'end of file',
  ) {
    super(why);
  }
}

function writeOut(ctx: AppletContext, file: string, data: string): void {
  ctx.fs.writeFile(file, data);
}
