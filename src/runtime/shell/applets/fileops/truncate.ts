import { errText, qa, usageError } from '../errors.ts';
import { getopt, OptError } from '../getopt.ts';
import type { Applet } from '../types.ts';
import { parseSize } from './sizes.ts';

const BLKSIZE = 4096;

/** truncate [-co] -s [+-<>/%]SIZE | -r RFILE FILE... */
const truncate: Applet = {
  async run(ctx) {
    let p;
    try {
      p = getopt(ctx.argv.slice(1), {
        short: 'cor:s:',
        long: { 'no-create': { key: 'c' }, 'io-blocks': { key: 'o' }, reference: { key: 'r', arg: 'required' }, size: { key: 's', arg: 'required' } },
      });
    } catch (e) {
      return usageError(ctx, e);
    }
    const v = (k: string) => p.list.filter(([x]) => x === k).pop()?.[1];
    const noCreate = p.list.some(([k]) => k === 'c');
    const blocks = p.list.some(([k]) => k === 'o');
    const sizeArg = v('s');
    const ref = v('r');
    let op = '';
    let size = 0;
    if (sizeArg !== undefined) {
      const m = /^([-+<>/%]?)\s*(.*)$/.exec(sizeArg)!;
      op = m[1]!;
      const n = parseSize(m[2]!);
      if (n === null) {
        await ctx.stderr.write(`${ctx.name}: Invalid number: ${qa(sizeArg)}\n`);
        return 1;
      }
      size = blocks ? n * BLKSIZE : n;
      if ((op === '/' || op === '%') && size === 0) {
        await ctx.stderr.write(`${ctx.name}: division by zero\n`);
        return 1;
      }
    }
    if (sizeArg === undefined && ref === undefined) return usageError(ctx, new OptError("you must specify either '--size' or '--reference'"));
    if (sizeArg !== undefined && ref !== undefined && op === '') return usageError(ctx, new OptError("you must specify a relative '--size' with '--reference'"));
    if (blocks && sizeArg === undefined) return usageError(ctx, new OptError("'--io-blocks' was specified but '--size' was not"));
    if (p.operands.length === 0) return usageError(ctx, new OptError('missing file operand'));
    let refSize: number | undefined;
    if (ref !== undefined) {
      try {
        refSize = ctx.fs.stat(ref).size;
      } catch (e) {
        await ctx.stderr.write(`${ctx.name}: cannot stat ${qa(ref)}: ${errText(e)}\n`);
        return 1;
      }
      if (sizeArg === undefined) size = refSize;
    }
    let status = 0;
    for (const f of p.operands) {
      try {
        if (!ctx.fs.exists(f)) {
          if (noCreate) continue;
          ctx.fs.writeFile(f, '', { noTrunc: true });
        }
        const st = ctx.fs.stat(f);
        if (st.type === 'dir') throw Object.assign(new Error(), { isDir: true });
        const cur = refSize ?? st.size;
        let n = size;
        if (op === '+') n = cur + size;
        else if (op === '-') n = Math.max(0, cur - size);
        else if (op === '<') n = Math.min(cur, size);
        else if (op === '>') n = Math.max(cur, size);
        else if (op === '/') n = Math.floor(cur / size) * size;
        else if (op === '%') n = Math.ceil(cur / size) * size;
        if (st.type === 'file') ctx.fs.truncate(f, n);
      } catch (e) {
        const text = (e as { isDir?: boolean }).isDir ? 'Is a directory' : errText(e);
        await ctx.stderr.write(`${ctx.name}: cannot open ${qa(f)} for writing: ${text}\n`);
        status = 1;
      }
    }
    return status;
  },
};
export default truncate;
