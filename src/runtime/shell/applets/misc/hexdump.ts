import { fail } from '../errors.ts';
import { OptError, getopt } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { bbOptError } from './busybox-usage.ts';
import { ByteSource } from './byte-source.ts';
import { type Unit, blockSize, convert, parseFormat } from './hexdump-format.ts';
import { readInput } from './read-input.ts';

const END7 = '"%07.7_Ax\\n"';
const PREDEFINED: Record<string, string[]> = {
  b: [END7, '"%07.7_ax " 16/1 "%03o " "\\n"'],
  c: [END7, '"%07.7_ax " 16/1 "%3_c " "\\n"'],
  C: ['"%08.8_Ax\\n"', '"%08.8_ax  " 8/1 "%02x " "  " 8/1 "%02x "', '"  |" 16/1 "%_p" "|\\n"'],
  d: [END7, '"%07.7_ax " 8/2 "  %05u " "\\n"'],
  o: [END7, '"%07.7_ax " 8/2 " %06o " "\\n"'],
  x: [END7, '"%07.7_ax " 8/2 "   %04x " "\\n"'],
};
const DEFAULT = [END7, '"%07.7_ax " 8/2 "%04x " "\\n"'];
const LONGS = { 'one-byte-octal': { key: 'b' }, 'one-byte-char': { key: 'c' }, canonical: { key: 'C' }, 'two-bytes-decimal': { key: 'd' }, 'two-bytes-octal': { key: 'o' }, 'two-bytes-hex': { key: 'x' }, format: { arg: 'required', key: 'e' }, 'format-file': { arg: 'required', key: 'f' }, color: { arg: 'optional', key: 'L' }, length: { arg: 'required', key: 'n' }, skip: { arg: 'required', key: 's' }, 'no-squeezing': { key: 'v' }, help: { key: 'h' }, version: { key: 'V' } } as const;

/** util-linux strtosize: a number (0x hex, 0 octal) with K/KiB/KB... suffixes. */
function strtosize(s: string): number | null {
  const m = /^\s*(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)(?:([KMGTPEZYkmgtpezy])(iB|B)?)?$/.exec(s);
  if (!m) return null;
  const n = Number(/^0[xX]/.test(m[1]!) ? parseInt(m[1]!.slice(2), 16) : m[1]!.startsWith('0') ? parseInt(m[1]!, 8) || 0 : m[1]);
  const pow = m[2] ? 'KMGTPEZY'.indexOf(m[2].toUpperCase()) + 1 : 0;
  return n * (m[3] === 'B' ? 1000 : 1024) ** pow;
}

/** hexdump (util-linux 2.38 / busybox): -b -c -C -d -o -x, -e/-f formats, -n, -s, -v. */
const hexdump: Applet = {
  async run(ctx) {
    const bb = ctx.flavor === 'busybox';
    let opts;
    try {
      opts = getopt(ctx.argv.slice(1), bb ? { short: 'bcdoxCve:f:n:s:' } : { short: 'bcCde:f:L::n:os:vxhV', long: LONGS as never });
    } catch (e) {
      if (bb && e instanceof OptError) return bbOptError(ctx, e.message);
      if (!(e instanceof OptError)) throw e;
      await ctx.stderr.write(`hexdump: ${e.message}\nTry 'hexdump --help' for more information.\n`);
      return 1;
    }
    const formats: string[] = [];
    let length = -1;
    let skip = 0;
    let verbose = false;
    for (const [k, v] of opts.list) {
      if (PREDEFINED[k]) formats.push(...PREDEFINED[k]!);
      else if (k === 'e') formats.push(v!);
      else if (k === 'f') {
        try {
          formats.push(...(await readInput(ctx, v!)).split('\n').filter((l) => l.trim() && !l.trim().startsWith('#')));
        } catch {
          await fail(ctx, `${v}: No such file or directory`);
          return 1;
        }
      } else if (k === 'n' || k === 's') {
        const n = strtosize(v!);
        if (n === null) {
          await fail(ctx, bb ? `invalid number '${v}'` : `failed to parse ${k === 'n' ? 'length' : 'offset'}: '${v}': Invalid argument`);
          return 1;
        }
        if (k === 'n') length = n;
        else skip = n;
      } else if (k === 'v') verbose = true;
      else if (k === 'V') {
        await ctx.stdout.write('hexdump from util-linux 2.38.1\n');
        return 0;
      } else if (k === 'h') {
        await ctx.stdout.write(HELP);
        return 0;
      }
    }
    let parsed: Unit[][];
    try {
      parsed = (formats.length ? formats : DEFAULT).map(parseFormat);
    } catch (e) {
      await fail(ctx, (e as Error).message);
      return 1;
    }
    return display(ctx, parsed, opts.operands, length, skip, verbose);
  },
};
export default hexdump;

async function display(ctx: AppletContext, fss: Unit[][], files: string[], length: number, skip: number, verbose: boolean): Promise<number> {
  let status = 0;
  let failures = 0;
  const src = new ByteSource(ctx, files.length ? files : ['-'], async (f, text) => {
    await fail(ctx, `${f}: ${text}`);
    if (text !== 'Is a directory') (status = 1), failures++;
  });
  const endUnits = fss.flatMap((fs) => fs.filter((u) => u.convs.some((c) => c.kind.startsWith('_A'))));
  const block = Math.max(0, ...fss.map(blockSize));
  let address = skip > 0 ? await src.skip(skip) : 0;
  let eaddress = -1;
  let remaining = length < 0 ? Infinity : length;
  let prev: string | null = null;
  let starred = false;
  let out = '';
  if (length === 0) return status;
  if (block === 0) remaining = 0;
  for (;;) {
    const want = Math.min(block, remaining);
    const data = want > 0 ? await src.read(want) : '';
    if (data === '') break;
    remaining -= data.length;
    const padded = data.padEnd(block, '\0');
    if (!verbose && prev !== null && data.length === block && padded === prev) {
      if (!starred) out += '*\n';
      starred = true;
      address += data.length;
      if (data.length < block) eaddress = address;
      continue;
    }
    starred = false;
    prev = padded;
    if (data.length < block) eaddress = address + data.length;
    const bytes = Array.from(padded, (c) => c.charCodeAt(0));
    for (const fs of fss) {
      let pos = 0;
      for (const u of fs) {
        if (endUnits.includes(u)) continue;
        for (let r = 0; r < u.reps; r++) {
          if (u.text !== null) {
            out += u.text;
            continue;
          }
          u.convs.forEach((c, ci) => {
            const past = eaddress >= 0 && address + pos >= eaddress;
            let after = c.after;
            // the last pass of a repeated unit drops one trailing blank
            if (u.reps > 1 && r === u.reps - 1 && ci === u.convs.length - 1 && /\s$/.test(after)) after = after.slice(0, -1);
            out += c.text + convert(c, bytes.slice(pos, pos + c.bytes), address + pos, past && !c.kind.startsWith('_a')) + after;
            pos += c.bytes;
          });
        }
      }
    }
    address += data.length;
    if (out.length > 8192) {
      await ctx.stdout.write(out);
      out = '';
    }
    if (data.length < block) break;
  }
  const end = endUnits[endUnits.length - 1];
  if (end && (eaddress >= 0 || address > 0)) {
    const ea = eaddress >= 0 ? eaddress : address;
    for (const c of end.convs) out += c.text + convert(c, [], ea, false) + c.after;
  }
  await ctx.stdout.write(out);
  src.close();
  if (files.length && failures === files.length) await fail(ctx, 'all input file arguments failed');
  return status;
}

const HELP = `
Usage:
 hexdump [options] <file>...

Display file contents in hexadecimal, decimal, octal, or ascii.

Options:
 -b, --one-byte-octal      one-byte octal display
 -c, --one-byte-char       one-byte character display
 -C, --canonical           canonical hex+ASCII display
 -d, --two-bytes-decimal   two-byte decimal display
 -o, --two-bytes-octal     two-byte octal display
 -x, --two-bytes-hex       two-byte hexadecimal display
 -L, --color[=<mode>]      interpret color formatting specifiers
                             colors are enabled by default
 -e, --format <format>     format string to be used for displaying data
 -f, --format-file <file>  file that contains format strings
 -n, --length <length>     interpret only length bytes of input
 -s, --skip <offset>       skip offset bytes from the beginning
 -v, --no-squeezing        output identical lines

 -h, --help                display this help
 -V, --version             display version

Arguments:
 <length> and <offset> arguments may be followed by the suffixes for
   GiB, TiB, PiB, EiB, ZiB, and YiB (the "iB" is optional)

For more details see hexdump(1).
`;
