// Help texts in docker's cobra template layout (cli/cobra.go), rendered from the command table.
import { flagUsages } from './wrap.ts';
import { ROOT, commandPath, useLine, type Node } from './table.ts';
import { rootFlags, COMMON_ORDER, PLUGINS, ROOT_SHORT } from './commands/root.ts';

export interface HelpOptions {
  /** list the docker-ce CLI plugins (buildx, compose) in `docker --help` */
  plugins?: boolean;
}

function experimental(path: string): string {
  return (
    '\nEXPERIMENTAL:\n' +
    `  ${path} is an experimental feature.\n` +
    '  Experimental features provide early access to product functionality. These\n' +
    '  features may change between releases without warning, or can be removed from a\n' +
    '  future release. Learn more about experimental features in our documentation:\n' +
    '  https://docs.docker.com/go/experimental/\n'
  );
}

function listing(title: string, items: Array<[string, string]>): string {
  if (!items.length) return '';
  const pad = Math.max(11, ...items.map(([n]) => n.length)) + 1;
  return `\n${title}:\n` + items.map(([n, s]) => '  ' + n.padEnd(pad) + s + '\n').join('');
}

const byName = (a: [string, string], b: [string, string]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function groupHelp(n: Node): string {
  const path = commandPath(n);
  let out = `Usage:  ${path} COMMAND\n\n${n.def.long ?? n.def.short}\n`;
  if (n.def.experimental) out += experimental(path);
  const kids = [...n.children.values()];
  out += listing('Management Commands', kids.filter((k) => k.isGroup).map((k): [string, string] => [k.name, k.def.short]).sort(byName));
  out += listing('Commands', kids.filter((k) => !k.isGroup).map((k): [string, string] => [k.name, k.def.short]).sort(byName));
  return out + `\nRun '${path} COMMAND --help' for more information on a command.\n`;
}

export function rootHelp(opts: HelpOptions = {}): string {
  const kids = [...ROOT.children.values()];
  const sect = (s: string): Node[] => kids.filter((k) => k.isGroup && k.def.section === s);
  const common = COMMON_ORDER.map((c) => ROOT.children.get(c)!).map((k): [string, string] => [k.name, k.def.short]);
  const mgmt = sect('management').map((k): [string, string] => [k.name, k.def.short]);
  if (opts.plugins !== false) for (const p of PLUGINS) mgmt.push([p.name + '*', p.short]);
  const plain = kids.filter((k) => !k.isGroup && !COMMON_ORDER.includes(k.name)).map((k): [string, string] => [k.name, k.def.short]);
  let out = `Usage:  docker [OPTIONS] COMMAND\n\n${ROOT_SHORT}\n`;
  out += listing('Common Commands', common);
  out += listing('Management Commands', mgmt.sort(byName));
  out += listing('Swarm Commands', sect('swarm').map((k): [string, string] => [k.name, k.def.short]).sort(byName));
  out += listing('Commands', plain.sort(byName));
  out += '\nGlobal Options:\n' + flagUsages(rootFlags);
  out += "\nRun 'docker COMMAND --help' for more information on a command.\n";
  return out + '\nFor more help on how to use Docker, head to https://docs.docker.com/go/guides/\n';
}

export function help(n: Node, opts: HelpOptions = {}): string {
  if (n === ROOT) return rootHelp(opts);
  if (n.isGroup) return groupHelp(n);
  const d = n.def;
  let out = `Usage:  ${useLine(n)}\n\n${d.long ?? d.short}\n`;
  if (d.experimental) out += experimental(commandPath(n));
  if (d.aliasLine) out += `\nAliases:\n  ${d.aliasLine}\n`;
  const shown = flagUsages(n.flags);
  if (shown) out += '\nOptions:\n' + shown;
  return out;
}
