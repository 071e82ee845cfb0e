import { errText, fail, q, usageError } from '../errors.ts';
import { getopt } from '../getopt.ts';
import { notInBusybox } from './not-in-busybox.ts';
import type { Applet, AppletContext } from '../types.ts';
import { DIGESTS, bsdSum, digestHex, posixCrc, sysvSum } from './checksums.ts';
import { blake2bHex } from './blake2b.ts';
import { checkSums } from './cksum-check.ts';
import { STD_LONGS, stdOptions } from './coreutils-info.ts';
import { quote } from './locale-quote.ts';
import { readInput } from './read-input.ts';

const ALGOS = ['bsd', 'sysv', 'crc', 'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'sm3'];

/** The checksum line of one input in cksum's output format for `algo`. */
export function sumLine(algo: string, data: string, name: string, opts: { named: boolean; tagged: boolean; eol: string; bits?: number }): string {
  if (algo === 'crc') return `${posixCrc(data)} ${data.length}${opts.named ? ` ${name}` : ''}${opts.eol}`;
  if (algo === 'bsd' || algo === 'sysv') return `${algo === 'bsd' ? bsdSum(data) : sysvSum(data)}${opts.named ? ` ${name}` : ''}${opts.eol}`;
  const bits = algo === 'blake2b' && opts.bits ? opts.bits : 0;
  const hex = bits && bits !== 512 ? blake2bHex(data, bits / 8) : digestHex(algo, data);
  const escape = opts.eol === '\n' && /[\\\n\r]/.test(name);
  const shown = escape ? name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : name;
  const tag = bits && bits !== 512 ? `${DIGESTS[algo]!.tag}-${bits}` : DIGESTS[algo]!.tag;
  const body = opts.tagged ? `${tag} (${shown}) = ${hex}` : `${hex}  ${shown}`;
  return `${escape ? '\\' : ''}${body}${opts.eol}`;
}

/** cksum (coreutils 9.1): CRC by default, -a bsd|sysv|crc|md5|sha*|blake2b|sm3, --untagged, -z, -c. */
const cksum: Applet = {
  async run(ctx) {
    if (ctx.flavor === 'busybox') return notInBusybox(ctx);
    let opts;
    try {
      opts = getopt(ctx.argv.slice(1), {
        short: 'a:cl:wz',
        long: { algorithm: { arg: 'required', key: 'a' }, check: { key: 'c' }, length: { arg: 'required', key: 'l' }, tag: {}, untagged: {}, zero: { key: 'z' }, 'ignore-missing': {}, quiet: {}, status: {}, strict: {}, warn: { key: 'w' }, debug: {}, ...STD_LONGS },
      });
    } catch (e) {
      return usageError(ctx, e);
    }
    const std = await stdOptions(ctx, 'cksum', opts.list);
    if (std !== undefined) return std;
    let algo = 'crc';
    let length: string | undefined;
    let tagged = true;
    let check = false;
    let eol = '\n';
    const flags = new Set<string>();
    for (const [k, v] of opts.list) {
      if (k === 'a') {
        const hit = ALGOS.includes(v!) ? v! : undefined;
        if (!hit) {
          await ctx.stderr.write(`cksum: invalid argument ${quote(v!)} for '--algorithm'\nValid arguments are:\n${ALGOS.map((a) => `  - '${a}'\n`).join('')}Try 'cksum --help' for more information.\n`);
          return 1;
        }
        algo = hit;
      } else if (k === 'l') length = v;
      else if (k === 'tag') tagged = true;
      else if (k === 'untagged') tagged = false;
      else if (k === 'c') check = true;
      else if (k === 'z') eol = '\0';
      else flags.add(k);
    }
    if (length !== undefined) {
      if (algo !== 'blake2b') return die(ctx, '--length is only supported with --algorithm=blake2b');
      const n = /^\d+$/.test(length) ? Number(length) : NaN;
      if (Number.isNaN(n) || n % 8 !== 0) return die(ctx, `invalid length: ${quote(length)}\ncksum: length is not a multiple of 8`);
      if (n > 512) return die(ctx, `invalid length: ${quote(length)}\ncksum: maximum digest length for 'BLAKE2b' is 512 bits`);
    }
    const files = opts.operands.length ? opts.operands : ['-'];
    if (check) return checkSums(ctx, files, algo, flags);
    let status = 0;
    let out = '';
    for (const f of files) {
      let data: string;
      try {
        data = await readInput(ctx, f);
      } catch (e) {
        // 9.1's CRC path treats a directory's read error as end of file
        if (algo === 'crc' && errText(e) === 'Is a directory') data = '';
        else {
          await ctx.stdout.write(out);
          out = '';
          await fail(ctx, `${q(f)}: ${errText(e)}`);
          status = 1;
          continue;
        }
      }
      out += sumLine(algo, data, f, { named: opts.operands.length > 0 || !['crc', 'bsd', 'sysv'].includes(algo), tagged, eol, bits: length === undefined ? 0 : Number(length) });
    }
    await ctx.stdout.write(out);
    return status;
  },
};
export default cksum;

async function die(ctx: AppletContext, msg: string): Promise<number> {
  await fail(ctx, msg);
  return 1;
}
