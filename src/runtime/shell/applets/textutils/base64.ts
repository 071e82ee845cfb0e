import { busyboxHelp } from './bb-usage.ts';
import { lquote } from '../text/locale.ts';
import { gnuInfo } from './gnu-info.ts';
import { q } from '../errors.ts';
import { decodeBase32, encodeBase32 } from './base32-codec.ts';
import { openInput, slurp } from '../text/input.ts';
import { busyboxUsage, parseOpts, usageFail } from '../text/usage.ts';
import type { InStream } from '../../../kernel/stream.ts';
import type { Applet, AppletContext } from '../types.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

/** base64 / base32 [-d [-i]] [-w COLS] [FILE] */
const base64: Applet = {
  async run(ctx) {
    if (await busyboxHelp(ctx)) return 0;
    const bb = ctx.flavor === 'busybox';
    if (bb && ctx.name === 'base32') {
      // busybox 1.35 has no base32 applet.
      await ctx.stderr.write('base32: applet not found\n');
      return 127;
    }
    if (await gnuInfo(ctx, ctx.argv.slice(1))) return 0;
    const p = await parseOpts(ctx, ctx.argv.slice(1), bb ? { short: 'dw:' } : { short: 'diw:', long: { decode: { key: 'd' }, 'ignore-garbage': { key: 'i' }, wrap: { arg: 'required', key: 'w' } } });
    if (typeof p === 'number') return p;
    let decode = false;
    let garbage = false;
    let wrap = 76;
    for (const [k, v] of p.list) {
      if (k === 'd') decode = true;
      else if (k === 'i') garbage = true;
      else {
        const ok = bb ? /^\d+$/.test(v!) : /^\s*\+?\d+$/.test(v!);
        if (!ok) {
          await ctx.stderr.write(bb ? `base64: invalid number '${v}'\n` : `${ctx.name}: invalid wrap size: ${lquote(ctx, v!)}\n`);
          return 1;
        }
        wrap = Number(v!.trim());
      }
    }
    if (p.operands.length > 1) {
      if (bb) {
        await busyboxUsage(ctx);
        return 1;
      }
      return usageFail(ctx, `extra operand ${lquote(ctx, p.operands[1]!)}`);
    }
    const file = p.operands[0] ?? '-';
    const o = openInput(ctx, file);
    if (!o.ok) {
      await ctx.stderr.write(o.atRead ? `${ctx.name}: read error: ${o.text}\n` : `${ctx.name}: ${bb ? file : q(file)}: ${o.text}\n`);
      return 1;
    }
    const b32 = ctx.name === 'base32';
    if (!decode) {
      await encodeStream(ctx, o.stream, wrap, b32);
      o.stream.close();
      return 0;
    }
    const data = await slurp(ctx, o.stream);
    o.stream.close();
    const r = b32 ? decodeBase32(data, garbage) : bb ? decodeBusybox(data) : decodeGnu(data, garbage);
    await ctx.stdout.write(r.out);
    if (r.error) {
      await ctx.stderr.write(`${ctx.name}: ${r.error}\n`);
      return 1;
    }
    return 0;
  },
};
export default base64;

/** Encodes as input arrives (whole 3-byte groups at a time), so `base64 /dev/urandom | head` ends. */
async function encodeStream(ctx: AppletContext, stream: InStream, wrap: number, b32: boolean): Promise<void> {
  const group = b32 ? 5 : 3;
  const enc = (d: string) => (b32 ? encodeBase32(d) : Buffer.from(d, 'latin1').toString('base64'));
  let carry = '';
  let col = 0;
  let any = false;
  const emit = async (enc: string) => {
    if (!enc) return;
    any = true;
    if (wrap <= 0) return ctx.stdout.write(enc);
    let out = '';
    for (let i = 0; i < enc.length; ) {
      const take = Math.min(wrap - col, enc.length - i);
      out += enc.slice(i, i + take);
      i += take;
      col += take;
      if (col === wrap) {
        out += '\n';
        col = 0;
      }
    }
    await ctx.stdout.write(out);
  };
  for (;;) {
    const c = await stream.read(ctx.proc);
    if (c === null) break;
    const data = carry + c;
    const whole = data.length - (data.length % group);
    carry = data.slice(whole);
    await emit(enc(data.slice(0, whole)));
    await ctx.tick(1);
  }
  await emit(enc(carry));
  if (any && wrap > 0 && col > 0) await ctx.stdout.write('\n');
}

/** gnulib base64_decode_ctx: quads, newlines skipped, output up to the first bad character. */
function decodeGnu(data: string, garbage: boolean): { out: string; error?: string } {
  const s = garbage ? [...data].filter((c) => VALUE.has(c) || c === '=').join('') : data.replace(/\n/g, '');
  let out = '';
  const bad = { out: '', error: 'invalid input' };
  for (let i = 0; i < s.length; i += 4) {
    const q = s.slice(i, i + 4);
    const v = [...q].map((c) => VALUE.get(c));
    if (v[0] === undefined || v[1] === undefined) return { ...bad, out };
    out += String.fromCharCode(((v[0] << 2) | (v[1] >> 4)) & 0xff);
    if (q.length === 2) return { ...bad, out };
    if (q[2] === '=') {
      if (q.length < 4 || q[3] !== '=') return { ...bad, out };
      continue;
    }
    if (v[2] === undefined) return { ...bad, out };
    out += String.fromCharCode(((v[1] << 4) | (v[2] >> 2)) & 0xff);
    if (q.length === 3) return { ...bad, out };
    if (q[3] === '=') continue;
    if (v[3] === undefined) return { ...bad, out };
    out += String.fromCharCode(((v[2] << 6) | v[3]) & 0xff);
  }
  return { out };
}

/** busybox read_base64: anything outside the alphabet is skipped; a short last group is an error. */
function decodeBusybox(data: string): { out: string; error?: string } {
  const s = [...data].filter((c) => VALUE.has(c) || c === '=').join('');
  let out = '';
  let i = 0;
  for (; i + 4 <= s.length; i += 4) {
    const q = s.slice(i, i + 4);
    const v = [...q].map((c) => VALUE.get(c) ?? 0);
    out += String.fromCharCode(((v[0]! << 2) | (v[1]! >> 4)) & 0xff);
    if (q[2] !== '=') out += String.fromCharCode(((v[1]! << 4) | (v[2]! >> 2)) & 0xff);
    // Decoding ends at the padding; anything after it makes the input "truncated".
    if (q[2] === '=' || q[3] === '=') return i + 4 < s.length ? { out, error: 'truncated input' } : { out };
    out += String.fromCharCode(((v[2]! << 6) | v[3]!) & 0xff);
  }
  if (i < s.length && s.slice(i).replace(/=/g, '') !== '' && i + 4 > s.length) return { out: '', error: 'truncated input' };
  return { out };
}
