import type { FlagDef } from '../cli/front/types.ts';

/**
 * Podman's flag tables, read from its verbatim help texts so the two cannot drift apart: each
 * `  -x, --long type   usage (default v)` line is one pflag flag. The pflag type names podman shows
 * are mapped to the value kinds the shared parser (cli/front/parse.ts) converts.
 */
const TYPE: Record<string, string> = {
  '': 'bool', string: 'string', strings: 'strings', stringArray: 'stringArray', int: 'int', uint: 'uint',
  float: 'float', int64: 'int64', uint64: 'uint64', tmpfs: 'stringArray',
};

/** Repeatable flags whose help shows a placeholder instead of their pflag type (build's `-t name`). */
const ARRAYS = new Set(['tag', 'build-arg', 'file']);

// The placeholder may have spaces (`-f, --file pathname or URL`); two spaces start the usage.
const LINE = /^ {2}(?:-(\S), | {4})--([\w-]+)(?: (\S+(?: \S+)*?))?(?: {2,}(.*))?$/;

export function flagsFromHelp(help: string): FlagDef[] {
  const start = help.indexOf('\nOptions:\n');
  if (start < 0) return [];
  const out: FlagDef[] = [];
  for (const line of help.slice(start + 10).split('\n')) {
    const m = LINE.exec(line);
    if (!m) continue;
    const [, short = '', long, shown = '', usage = ''] = m as unknown as [string, string | undefined, string, string | undefined, string | undefined];
    const def = /\(default "?(.*?)"?\)$/.exec(usage)?.[1];
    // Placeholder names (ARCH, <number>[<unit>], choice, Format...) are plain string values.
    const type = ARRAYS.has(long) ? 'stringArray' : (TYPE[shown] ?? 'string');
    out.push({ short, long, type, usage, ...(def !== undefined && type !== 'strings' && type !== 'stringArray' ? { def } : {}) });
  }
  if (!out.some((f) => f.long === 'help')) out.push({ short: out.some((f) => f.short === 'h') ? '' : 'h', long: 'help', type: 'bool', usage: '' });
  return out;
}

/** Root persistent flags are accepted by every subcommand unless the command has its own of that name. */
export function withGlobals(own: FlagDef[], globals: FlagDef[]): FlagDef[] {
  const out = [...own];
  for (const g of globals) {
    if (g.long === 'help' || g.long === 'version' || out.some((f) => f.long === g.long)) continue;
    out.push({ ...g, short: out.some((f) => f.short === g.short) ? '' : g.short });
  }
  return out;
}
