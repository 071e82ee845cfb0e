import type { AppletContext } from '../types.ts';

/**
 * PAM's misc_conv for an echo-off prompt: the prompt on stderr, one line from stdin (a pipe is
 * read like a terminal). At EOF nothing more is printed and the conversation fails (null).
 */
export async function readSecret(ctx: AppletContext, prompt: string): Promise<string | null> {
  await ctx.stderr.write(prompt);
  const line = await ctx.stdin.readLine();
  if (line === null) return null;
  // With echo off the Enter key is not shown, so the conversation ends the line itself.
  if (ctx.stdin.tty) await ctx.stderr.write('\n');
  return line;
}
