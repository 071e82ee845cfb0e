import type { AppletContext } from '../types.ts';

/**
 * GNU tar's safer_name_suffix: drop everything up to the last `..` component and the slashes
 * after it (or just leading slashes), so members can never land outside the target directory.
 * Returns the dropped prefix ('' if none) and the remaining name ('.' if nothing is left).
 */
export function saferName(name: string): [prefix: string, rest: string] {
  let cut = 0;
  for (let p = 0; p < name.length; ) {
    if (name[p] === '.' && name[p + 1] === '.' && (name[p + 2] === '/' || p + 2 === name.length)) cut = p + 2;
    while (p < name.length && name[p++] !== '/');
  }
  while (name[cut] === '/') cut++;
  const rest = name.slice(cut);
  return [name.slice(0, cut), rest === '' ? '.' : rest];
}

/** Warns once per distinct prefix, as tar does. */
export class PrefixWarner {
  private seen = new Set<string>();
  constructor(private readonly ctx: AppletContext) {}
  async strip(name: string): Promise<string> {
    const [prefix, rest] = saferName(name);
    if (prefix && !this.seen.has(prefix)) {
      this.seen.add(prefix);
      await this.ctx.stderr.write(`tar: Removing leading \`${prefix}' from member names\n`);
    }
    return prefix ? rest : name;
  }
}
