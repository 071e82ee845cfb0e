import { errText, fail, q, usageError } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet } from '../types.ts';
import { isOutputFile } from './output-file.ts';

/** cat [-AbeEnstTuv] [FILE...]; streams so `cat /dev/zero | head -c1` ends. */
const cat: Applet = {
  async run(ctx) {
    let opts;
    try {
      opts = getopt(ctx.argv.slice(1), {
        short: 'AbeEnstTuv',
        long: { 'show-all': { key: 'A' }, 'number-nonblank': { key: 'b' }, 'show-ends': { key: 'E' }, number: { key: 'n' }, 'squeeze-blank': { key: 's' }, 'show-tabs': { key: 'T' }, 'show-nonprinting': { key: 'v' } },
      });
    } catch (e) {
      return usageError(ctx, e);
    }
    void OptError;
    const f = new Set(opts.list.map(([k]) => k));
    if (f.has('A')) ['v', 'E', 'T'].forEach((x) => f.add(x));
    if (f.has('e')) ['v', 'E'].forEach((x) => f.add(x));
    if (f.has('t')) ['v', 'T'].forEach((x) => f.add(x));
    const plain = !['b', 'E', 'n', 's', 'T', 'v'].some((x) => f.has(x));
    const files = opts.operands.length ? opts.operands : ['-'];
    let status = 0;
    const state = { line: 1, atStart: true, blankRun: 0 };
    for (const file of files) {
      let input;
      try {
        if (file !== '-' && ctx.fs.stat(file).type === 'dir') {
          await fail(ctx, ctx.flavor === 'busybox' ? 'read error: Is a directory' : `${q(file)}: Is a directory`);
          status = 1;
          continue;
        }
        if (file !== '-' && isOutputFile(ctx, file)) {
          await fail(ctx, `${q(file)}: input file is output file`);
          status = 1;
          continue;
        }
        input = ctx.open(file);
      } catch (e) {
        await fail(ctx, ctx.flavor === 'busybox' ? `can't open '${file}': ${errText(e)}` : `${q(file)}: ${errText(e)}`);
        status = 1;
        continue;
      }
      for (;;) {
        const chunk = await input.read(ctx.proc);
        if (chunk === null) break;
        await ctx.stdout.write(plain ? chunk : decorate(chunk, f, state));
        await ctx.tick(1);
      }
      input.close();
    }
    return status;
  },
};
export default cat;

function decorate(chunk: string, f: Set<string>, st: { line: number; atStart: boolean; blankRun: number }): string {
  let out = '';
  const lines = chunk.split(/(?<=\n)/);
  for (const l of lines) {
    const body = l.endsWith('\n') ? l.slice(0, -1) : l;
    const nl = l.endsWith('\n');
    if (st.atStart && body === '' && nl) {
      st.blankRun++;
      if (f.has('s') && st.blankRun > 1) continue;
    } else if (st.atStart) st.blankRun = 0;
    let text = body;
    if (f.has('v')) text = [...text].map(nonprinting).join('');
    if (f.has('T')) text = text.replace(/\t/g, '^I');
    if (st.atStart && (f.has('b') ? body !== '' : f.has('n'))) out += `${String(st.line++).padStart(6)}\t`;
    out += text + (nl ? (f.has('E') ? '$\n' : '\n') : '');
    st.atStart = nl;
  }
  return out;
}

function nonprinting(c: string): string {
  const n = c.charCodeAt(0);
  if (c === '\t' || c === '\n') return c;
  if (n < 32) return `^${String.fromCharCode(n + 64)}`;
  if (n === 127) return '^?';
  if (n >= 128) {
    const m = n - 128;
    if (m < 32) return `M-^${String.fromCharCode(m + 64)}`;
    if (m === 127) return 'M-^?';
    return `M-${String.fromCharCode(m)}`;
  }
  return c;
}
