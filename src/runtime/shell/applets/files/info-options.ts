import type { Applet } from '../types.ts';

type Texts = () => Promise<Record<string, [help: string, version: string]>>;

/**
 * GNU `--help` / `--version` for the file programs. getopt_long acts on them wherever they
 * appear among the options (operands are permuted past), so the wrapper answers before the
 * program parses anything; find only looks at its first argument. The texts load lazily:
 * they are large and almost never asked for. Busybox has no such options here.
 */
export function withInfoOptions(applet: Applet, texts: Texts): Applet {
  return {
    async run(ctx) {
      if (ctx.flavor === 'busybox') return applet.run(ctx);
      const args = ctx.name === 'find' ? ctx.argv.slice(1, 2) : ctx.argv.slice(1);
      const end = args.indexOf('--');
      const hit = (end < 0 ? args : args.slice(0, end)).find((a) => a === '--help' || a === '--version');
      if (!hit) return applet.run(ctx);
      const t = (await texts())[ctx.name];
      if (!t) return applet.run(ctx);
      await ctx.stdout.write(hit === '--help' ? t[0] : t[1]);
      return 0;
    },
  };
}
