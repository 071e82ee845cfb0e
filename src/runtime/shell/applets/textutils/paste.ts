import { q } from '../errors.ts';
import { busyboxHelp } from './bb-usage.ts';
import { gnuInfo } from './gnu-info.ts';
import { openInput, RecordReader } from '../text/input.ts';
import { parseOpts } from '../text/usage.ts';
import type { Applet, AppletContext } from '../types.ts';

/** One delimiter slot; '' is `\0`, meaning "no delimiter here". */
type Delims = string[];

/** paste [-s] [-d LIST] [-z] [FILE...]: `-` may repeat, every one reading the same stdin. */
const paste: Applet = {
  async run(ctx) {
    if (await busyboxHelp(ctx)) return 0;
    const bb = ctx.flavor === 'busybox';
    if (await gnuInfo(ctx, ctx.argv.slice(1))) return 0;
    const p = await parseOpts(ctx, ctx.argv.slice(1), bb ? { short: 'd:s' } : { short: 'd:sz', long: { delimiters: { arg: 'required', key: 'd' }, serial: { key: 's' }, 'zero-terminated': { key: 'z' } } });
    if (typeof p === 'number') return p;
    let delims: Delims = ['\t'];
    let serial = false;
    let eol = '\n';
    for (const [k, v] of p.list) {
      if (k === 's') serial = true;
      else if (k === 'z') eol = '\0';
      else {
        const d = bb ? bbEscapes(v!) : gnuEscapes(v!);
        if (d === null) {
          await ctx.stderr.write(`paste: delimiter list ends with an unescaped backslash: ${v}\n`);
          return 1;
        }
        if (bb && v === '') {
          await ctx.stderr.write("paste: -d '' is not supported\n");
          return 1;
        }
        delims = d.length ? d : [''];
      }
    }
    const names = p.operands.length ? p.operands : ['-'];
    let stdin: RecordReader | undefined;
    const readers: RecordReader[] = [];
    let status = 0;
    for (const n of names) {
      if (n === '-') {
        stdin ??= new RecordReader(ctx, ctx.open('-'), eol);
        readers.push(stdin);
        continue;
      }
      const o = openInput(ctx, n);
      if (!o.ok) {
        await ctx.stderr.write(`paste: ${bb ? n : q(n)}: ${o.text}\n`);
        if (!bb && !o.atRead) return 1;
        status = 1;
        continue;
      }
      readers.push(new RecordReader(ctx, o.stream, eol));
    }
    if (status && bb) return status;
    const out = new Out(ctx);
    const line = (r: string) => (r.endsWith(eol) ? r.slice(0, -1) : r);
    if (serial) {
      for (const r of readers) {
        let di = 0;
        let prev: string | null = null;
        for (;;) {
          const rec = await r.next();
          if (rec === null) break;
          if (prev !== null) {
            await out.put(line(prev) + delims[di]!);
            di = (di + 1) % delims.length;
          }
          prev = rec;
        }
        if (prev !== null) await out.put(line(prev) + eol);
        else if (!bb) await out.put(eol);
      }
    } else if (bb) await bbParallel(readers, delims, out, line);
    else await gnuParallel(readers, delims, out, line, eol);
    await out.flush();
    return status;
  },
};
export default paste;

class Out {
  private buf = '';
  constructor(private readonly ctx: AppletContext) {}
  async put(s: string): Promise<void> {
    this.buf += s;
    if (this.buf.length >= 8192) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.buf) await this.ctx.stdout.write(this.buf);
    this.buf = '';
  }
}

/** coreutils: delimiters of ended files are held back and only written if a later file has data. */
async function gnuParallel(readers: RecordReader[], delims: Delims, out: Out, line: (r: string) => string, eol: string): Promise<void> {
  const open = readers.map(() => true);
  let left = readers.length;
  while (left > 0) {
    let di = 0;
    let saved = '';
    let some = false;
    for (let i = 0; i < readers.length; i++) {
      const rec = open[i] ? await readers[i]!.next() : null;
      if (rec === null) {
        if (open[i]) {
          open[i] = false;
          left--;
        }
        if (i + 1 === readers.length) {
          if (some) await out.put(saved + eol);
        } else {
          saved += delims[di]!;
          di = (di + 1) % delims.length;
        }
        continue;
      }
      some = true;
      await out.put(saved + line(rec));
      saved = '';
      if (i + 1 !== readers.length) {
        await out.put(delims[di]!);
        di = (di + 1) % delims.length;
      } else await out.put(eol);
    }
  }
}

/** busybox: ended files are skipped outright, so a row may lose its delimiters and newline. */
async function bbParallel(readers: RecordReader[], delims: Delims, out: Out, line: (r: string) => string): Promise<void> {
  const open = readers.map(() => true);
  let left = readers.length;
  while (left > 0) {
    let di = 0;
    for (let i = 0; i < readers.length; i++) {
      if (!open[i]) continue;
      const rec = await readers[i]!.next();
      if (rec === null) {
        open[i] = false;
        left--;
        continue;
      }
      let d = '\n';
      if (i !== readers.length - 1) {
        d = delims[di]!;
        di = (di + 1) % delims.length;
      }
      await out.put(line(rec) + d);
    }
  }
}

function gnuEscapes(s: string): Delims | null {
  const out: Delims = [];
  const map: Record<string, string> = { '0': '', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\') {
      out.push(s[i]!);
      continue;
    }
    const c = s[++i];
    if (c === undefined) return null;
    out.push(map[c] ?? c);
  }
  return out;
}

/** bb_process_escape_sequence: octal, hex and the C letters; unknown ones stay as typed. */
function bbEscapes(s: string): Delims {
  const out: Delims = [];
  const map: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\' || i + 1 >= s.length) {
      out.push(s[i]!);
      continue;
    }
    const rest = s.slice(i + 1);
    const oct = /^[0-7]{1,3}/.exec(rest);
    const hex = /^x([0-9a-fA-F]{1,2})/.exec(rest);
    if (oct) {
      const v = parseInt(oct[0], 8) & 0xff;
      out.push(v ? String.fromCharCode(v) : '');
      i += oct[0].length;
    } else if (hex) {
      const v = parseInt(hex[1]!, 16);
      out.push(v ? String.fromCharCode(v) : '');
      i += hex[0].length;
    } else if (map[rest[0]!] !== undefined) {
      out.push(map[rest[0]!]!);
      i++;
    } else out.push('\\');
  }
  return out;
}
