import { busyboxHelp } from './bb-usage.ts';
import { openInput, RecordReader } from '../text/input.ts';
import { parseOpts } from '../text/usage.ts';
import type { Applet, AppletContext } from '../types.ts';

/** util-linux rev [FILE...]: reverses characters of each line; `-` is a file name, not stdin. */
const rev: Applet = {
  async run(ctx) {
    if (await busyboxHelp(ctx)) return 0;
    const p = await parseOpts(ctx, ctx.argv.slice(1), ctx.flavor === 'busybox' ? { short: '' } : { short: 'Vh', long: { version: { key: 'V' }, help: { key: 'h' } } });
    if (typeof p === 'number') return p;
    if (p.list.some(([k]) => k === 'V')) {
      await ctx.stdout.write('rev from util-linux 2.38.1\n');
      return 0;
    }
    if (p.list.some(([k]) => k === 'h')) {
      await ctx.stdout.write('Usage: rev [options] [file ...]\n\nReverse lines characterwise.\n\nOptions:\n -h, --help     display this help\n -V, --version  display version\n\nFor more details see rev(1).\n');
      return 0;
    }
    const utf8 = /utf-?8/i.test(ctx.env.get('LC_ALL') || ctx.env.get('LC_CTYPE') || ctx.env.get('LANG') || '');
    const files = p.operands.length ? p.operands : [null];
    let status = 0;
    for (const f of files) {
      const name = f ?? 'stdin';
      let stream;
      if (f === null) stream = ctx.open('-');
      else {
        const o = f === '-' && ctx.flavor !== 'busybox' ? { ok: false as const, text: 'No such file or directory', atRead: false } : openInput(ctx, f);
        if (!o.ok) {
          if (ctx.flavor === 'busybox') {
            if (o.atRead) continue;
            await ctx.stderr.write(`rev: ${f}: ${o.text}\n`);
          } else await ctx.stderr.write(o.atRead ? `rev: ${f}: 0: ${o.text}\n` : `rev: cannot open ${f}: ${o.text}\n`);
          status = 1;
          continue;
        }
        stream = o.stream;
      }
      const r = await reverseStream(ctx, new RecordReader(ctx, stream), utf8, ctx.flavor === 'busybox');
      stream.close();
      if (r !== null) {
        await ctx.stderr.write(`rev: ${name}: ${r}: Invalid or incomplete multibyte or wide character\n`);
        status = 1;
      }
    }
    return status;
  },
};
export default rev;

/** Returns the line number of an undecodable line (where rev gives up on the file), or null. */
/** busybox reverses bytes in the C locale and never rejects input. */
async function reverseStream(ctx: AppletContext, reader: RecordReader, utf8: boolean, bb: boolean): Promise<number | null> {
  let n = 0;
  for (;;) {
    const rec = await reader.next();
    if (rec === null) return null;
    let body = rec.endsWith('\n') ? rec.slice(0, -1) : rec;
    let nl = rec.endsWith('\n') ? '\n' : '';
    const nul = body.indexOf('\0');
    if (nul >= 0) {
      body = body.slice(0, nul);
      nl = '';
    }
    let out: string;
    if (utf8) {
      const chars = Buffer.from(body, 'latin1').toString('utf8');
      if (!bb && chars.includes('\ufffd') && !body.includes('\xef\xbf\xbd')) return n;
      out = Buffer.from([...chars].reverse().join(''), 'utf8').toString('latin1');
    } else {
      if (!bb && /[\x80-\xff]/.test(body)) return n;
      out = body.split('').reverse().join('');
    }
    await ctx.stdout.write(out + nl);
    n++;
  }
}
