import { errText, fail } from '../errors.ts';
import { OptError, getopt } from '../getopt.ts';
import type { AppletContext } from '../types.ts';
import { bbOptError, bbUsage } from './busybox-usage.ts';
import { readInput, splitLines } from './read-input.ts';

/** busybox shuf: -e, -i L-H, -n, -o, -z; its own messages, a plain Fisher-Yates shuffle. */
export async function bbShuf(ctx: AppletContext): Promise<number> {
  const args = ctx.argv.slice(1);
  if (args[0] === '--help') return bbUsage(ctx, 'shuf', 0);
  let p;
  try {
    p = getopt(args, { short: 'ei:n:o:z' });
  } catch (e) {
    if (e instanceof OptError) return bbOptError(ctx, e.message);
    throw e;
  }
  let echo = false;
  let range: [number, number] | null = null;
  let head = Infinity;
  let output: string | undefined;
  let eol = '\n';
  for (const [k, v] of p.list) {
    if (k === 'e') echo = true;
    else if (k === 'i') {
      const m = /^(\d+)-(\d+)$/.exec(v!);
      if (!m || Number(m[1]) > Number(m[2])) return fail(ctx, `bad range '${v}'`).then(() => 1);
      range = [Number(m[1]), Number(m[2])];
    } else if (k === 'n') {
      if (!/^\d+$/.test(v!)) return fail(ctx, `invalid number '${v}'`).then(() => 1);
      head = Number(v);
    } else if (k === 'o') output = v;
    else if (k === 'z') eol = '\0';
  }
  if ((echo && range) || (range && p.operands.length) || (!echo && p.operands.length > 1)) return bbUsage(ctx);
  let lines: string[];
  if (echo) lines = p.operands;
  else if (range) lines = Array.from({ length: range[1] - range[0] + 1 }, (_, i) => String(range![0] + i));
  else {
    try {
      lines = splitLines(await readInput(ctx, p.operands[0] ?? '-'));
    } catch (e) {
      return fail(ctx, `${p.operands[0]}: ${errText(e)}`).then(() => 1);
    }
  }
  for (let i = lines.length - 1; i > 0; i--) {
    const j = ctx.kernel.random.int(i + 1);
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
  }
  const text = lines.slice(0, head).map((l) => l + eol).join('');
  if (output !== undefined) ctx.fs.writeFile(output, text);
  else await ctx.stdout.write(text);
  return 0;
}
