import { busyboxHelp } from './bb-usage.ts';
import { gnuInfo } from './gnu-info.ts';
import { parseOpts, busyboxUsage, usageFail } from '../text/usage.ts';
import type { Applet } from '../types.ts';

/** dirname [-z] NAME...: gnulib dir_len (one leading slash kept, `//` is not a distinct root). */
const dirname: Applet = {
  async run(ctx) {
    if (await busyboxHelp(ctx)) return 0;
    if (ctx.flavor === 'busybox') {
      const ops = ctx.argv[1] === '--' ? ctx.argv.slice(2) : ctx.argv.slice(1);
      if (ops.length !== 1) {
        await busyboxUsage(ctx);
        return 1;
      }
      await ctx.stdout.write(`${glibcDirname(ops[0]!)}\n`);
      return 0;
    }
    if (await gnuInfo(ctx, ctx.argv.slice(1))) return 0;
    const p = await parseOpts(ctx, ctx.argv.slice(1), { short: 'z', long: { zero: { key: 'z' } } });
    if (typeof p === 'number') return p;
    if (p.operands.length === 0) return usageFail(ctx, 'missing operand');
    const end = p.list.length ? '\0' : '\n';
    await ctx.stdout.write(p.operands.map((n) => dirOf(n) + end).join(''));
    return 0;
  },
};
export default dirname;

export function dirOf(file: string): string {
  const prefix = file.startsWith('/') ? 1 : 0;
  let base = prefix;
  while (file[base] === '/') base++;
  let lastSlash = false;
  for (let i = base; i < file.length; i++) {
    if (file[i] === '/') lastSlash = true;
    else if (lastSlash) {
      base = i;
      lastSlash = false;
    }
  }
  let len = base;
  while (prefix < len && file[len - 1] === '/') len--;
  return len === 0 ? '.' : file.slice(0, len);
}

/** glibc dirname(3), which busybox calls: exactly two leading slashes survive as `//`. */
export function glibcDirname(path: string): string {
  let last = path.lastIndexOf('/');
  if (last > 0 && last === path.length - 1) {
    let run = last;
    while (run > 0 && path[run - 1] === '/') run--;
    if (run > 0) last = path.lastIndexOf('/', run - 1);
  }
  if (last < 0) return '.';
  let run = last;
  while (run > 0 && path[run - 1] === '/') run--;
  if (run === 0) return last === 1 ? '//' : '/';
  return path.slice(0, run);
}
