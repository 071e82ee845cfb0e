import type { AppletContext } from '../types.ts';

/**
 * coreutils' yesno(): the question goes to stderr without a newline, the answer is one
 * line of stdin; only an answer starting with y/Y is yes, so EOF (no terminal) means no.
 */
export async function ask(ctx: AppletContext, question: string): Promise<boolean> {
  await ctx.stderr.write(`${ctx.name}: ${question}`);
  const line = await ctx.stdin.readLine();
  return line !== null && /^[yY]/.test(line);
}
