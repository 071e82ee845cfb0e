import { busyboxHelp } from './bb-usage.ts';
import { gnuInfo } from './gnu-info.ts';
import { createHash } from 'node:crypto';
import { errText, q } from '../errors.ts';
import { badUsage, usageFail } from '../text/usage.ts';
import { getopt } from '../getopt.ts';
import type { Applet, AppletContext } from '../types.ts';
import { createBlake2b } from './blake2b.ts';
import { lquote } from '../text/locale.ts';
import { checkFile, checkFileBusybox, type CheckOpts } from './digest-check.ts';

const ALGOS: Record<string, { node: string; tag: string; hexLen: number }> = {
  md5sum: { node: 'md5', tag: 'MD5', hexLen: 32 },
  sha1sum: { node: 'sha1', tag: 'SHA1', hexLen: 40 },
  sha224sum: { node: 'sha224', tag: 'SHA224', hexLen: 56 },
  sha256sum: { node: 'sha256', tag: 'SHA256', hexLen: 64 },
  sha384sum: { node: 'sha384', tag: 'SHA384', hexLen: 96 },
  sha512sum: { node: 'sha512', tag: 'SHA512', hexLen: 128 },
  b2sum: { node: 'blake2b512', tag: 'BLAKE2b', hexLen: 128 },
};

const LONGS = {
  binary: { key: 'b' },
  check: { key: 'c' },
  'ignore-missing': {},
  quiet: {},
  status: {},
  text: { key: 't' },
  warn: { key: 'w' },
  strict: {},
  tag: {},
  zero: { key: 'z' },
};

/** md5sum, sha1sum, sha256sum, sha512sum: print or check digests (one implementation, four names). */
const digestApplet: Applet = {
  async run(ctx) {
    if (await busyboxHelp(ctx)) return 0;
    let algo = ALGOS[ctx.name] ?? ALGOS.md5sum!;
    const bb = ctx.flavor === 'busybox';
    const b2 = ctx.name === 'b2sum';
    if (bb && (ctx.name === 'sha224sum' || ctx.name === 'sha384sum' || b2)) {
      await ctx.stderr.write(`${ctx.name}: applet not found\n`);
      return 127;
    }
    if (await gnuInfo(ctx, ctx.argv.slice(1))) return 0;
    let p;
    try {
      p = getopt(ctx.argv.slice(1), bb ? { short: 'csw' } : b2 ? { short: 'bcl:twz', long: { ...LONGS, length: { arg: 'required', key: 'l' } } } : { short: 'bctwz', long: LONGS });
    } catch (e) {
      return badUsage(ctx, e, 1, true);
    }
    const f = new Set(p.list.map(([k]) => k));
    const files = p.operands.length ? p.operands : ['-'];
    for (const [k, v] of p.list) {
      if (k !== 'l') continue;
      const bits = blakeLength(v!);
      if (typeof bits === 'string') {
        await ctx.stderr.write(`b2sum: invalid length: ${lquote(ctx, v!)}\n${bits ? `b2sum: ${bits}\n` : ''}`);
        return 1;
      }
      algo = bits === 512 ? ALGOS.b2sum! : { node: `blake2b:${bits}`, tag: `BLAKE2b-${bits}`, hexLen: bits / 4 };
    }
    const digest = (name: string) => hashFile(ctx, name, algo.node);
    if (bb) {
      let ok = true;
      for (const file of files) {
        if (f.has('c')) ok = (await checkFileBusybox(ctx, file, f.has('s'), f.has('w'), digest)) && ok;
        else ok = (await printDigest(ctx, file, algo.node, (hex, name) => `${hex}  ${name}\n`, true)) && ok;
      }
      return ok ? 0 : 1;
    }
    const check = f.has('c');
    if (check) {
      if (f.has('tag')) return usageFail(ctx, 'the --tag option is meaningless when verifying checksums');
      if (f.has('b') || f.has('t')) return usageFail(ctx, 'the --binary and --text options are meaningless when verifying checksums');
    } else {
      for (const [k, long] of [['ignore-missing', 'ignore-missing'], ['w', 'warn'], ['status', 'status'], ['quiet', 'quiet'], ['strict', 'strict']]) {
        if (f.has(k!)) return usageFail(ctx, `the --${long} option is meaningful only when verifying checksums`);
      }
    }
    if (check) {
      const opts: CheckOpts = { algo, quiet: f.has('quiet'), status: f.has('status'), warn: f.has('w'), strict: f.has('strict'), ignoreMissing: f.has('ignore-missing'), digest };
      // The last of --status/--warn/--quiet given wins, as in coreutils.
      for (const [k] of p.list) {
        if (k === 'status') Object.assign(opts, { status: true, warn: false, quiet: false });
        else if (k === 'w') Object.assign(opts, { status: false, warn: true, quiet: false });
        else if (k === 'quiet') Object.assign(opts, { status: false, warn: false, quiet: true });
      }
      let ok = true;
      for (const file of files) ok = (await checkFile(ctx, file, opts)) && ok;
      return ok ? 0 : 1;
    }
    const zero = f.has('z');
    const binary = p.list.reduce((b, [k]) => (k === 'b' ? true : k === 't' ? false : b), false);
    const line = (hex: string, name: string) => {
      const esc = !zero && /[\\\n\r]/.test(name);
      const shown = esc ? name.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : name;
      const body = f.has('tag') ? `${algo.tag} (${shown}) = ${hex}` : `${hex} ${binary ? '*' : ' '}${shown}`;
      return (esc ? '\\' : '') + body + (zero ? '\0' : '\n');
    };
    let ok = true;
    for (const file of files) ok = (await printDigest(ctx, file, algo.node, line, false)) && ok;
    return ok ? 0 : 1;
  },
};
export default digestApplet;

async function printDigest(ctx: AppletContext, file: string, node: string, line: (hex: string, name: string) => string, bb: boolean): Promise<boolean> {
  const d = await hashFile(ctx, file, node);
  if (!d.ok) {
    if (bb) await ctx.stderr.write(d.atRead ? `${ctx.name}: can't read '${file}': ${d.text}\n` : `${ctx.name}: can't open '${file}': ${d.text}\n`);
    else await ctx.stderr.write(`${ctx.name}: ${q(file)}: ${d.text}\n`);
    return false;
  }
  await ctx.stdout.write(line(d.hex, file));
  return true;
}

/** Hashes a file (or stdin for `-`) chunk by chunk over its latin1 bytes. */
async function hashFile(ctx: AppletContext, file: string, node: string): Promise<{ ok: true; hex: string } | { ok: false; text: string; atRead?: boolean }> {
  let stream;
  try {
    if (file !== '-' && ctx.fs.stat(file).type === 'dir') return { ok: false, text: 'Is a directory', atRead: true };
    stream = ctx.open(file);
  } catch (e) {
    return { ok: false, text: errText(e) };
  }
  const h = node.startsWith('blake2b:') ? createBlake2b(Number(node.slice(8)) / 8) : createHash(node);
  for (;;) {
    const c = await stream.read(ctx.proc);
    if (c === null) break;
    h.update(Buffer.from(c, 'latin1'));
    await ctx.tick(1);
  }
  stream.close();
  return { ok: true, hex: h.digest('hex') };
}

/** b2sum -l BITS (xstrtoumax, then the blake2 limits); 0 means the default 512. Returns the error's second line on failure. */
function blakeLength(v: string): number | string {
  if (!/^\s*\+?\d+$/.test(v)) return '';
  const n = Number(v.trim());
  if (n > 512) return "maximum digest length for 'BLAKE2b' is 512 bits";
  if (n % 8) return 'length is not a multiple of 8';
  return n === 0 ? 512 : n;
}
