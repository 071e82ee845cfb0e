// The command tree: management groups, leaf commands, top-level shortcuts and name lookup.
import type { CmdDef, FlagDef } from './types.ts';
import { groups, shortcuts } from './commands/groups.ts';
import { extraFlags } from './commands/extra.ts';
import { topCommands } from './commands/top.ts';
import { builderCommands } from './commands/builder.ts';
import { containerCommands } from './commands/container.ts';
import { contextCommands } from './commands/context.ts';
import { imageCommands } from './commands/image.ts';
import { manifestCommands } from './commands/manifest.ts';
import { networkCommands } from './commands/network.ts';
import { pluginCommands } from './commands/plugin.ts';
import { systemCommands } from './commands/system.ts';
import { trustCommands } from './commands/trust.ts';
import { volumeCommands } from './commands/volume.ts';
import { configCommands } from './commands/config.ts';
import { nodeCommands } from './commands/node.ts';
import { secretCommands } from './commands/secret.ts';
import { serviceCommands } from './commands/service.ts';
import { stackCommands } from './commands/stack.ts';
import { swarmCommands } from './commands/swarm.ts';

export interface Node {
  /** the name under its parent, as registered */
  name: string;
  /** the path the user reaches it by, e.g. "ps" or "container ls" */
  path: string;
  def: CmdDef;
  /** canonical command id ("container ls" for docker ps) */
  id: string;
  use: string;
  isGroup: boolean;
  flags: FlagDef[];
  children: Map<string, Node>;
  /** lookup including aliases */
  names: Map<string, Node>;
}

const HELP_HIDDEN: FlagDef = { short: 'h', long: 'help', type: 'bool', usage: 'Print usage', hidden: true, shortDeprecated: 'use --help' };

function withHelp(def: CmdDef): FlagDef[] {
  const flags = [...def.flags, ...(extraFlags[def.path] ?? [])];
  return flags.some((f) => f.long === 'help') ? flags : [...flags, HELP_HIDDEN];
}

function node(name: string, path: string, def: CmdDef, id: string, use: string, isGroup: boolean): Node {
  return { name, path, def, id, use, isGroup, flags: withHelp(def), children: new Map(), names: new Map() };
}

function attach(parent: Node, child: Node, aliases: readonly string[] = []): void {
  parent.children.set(child.name, child);
  parent.names.set(child.name, child);
  for (const a of aliases) parent.names.set(a, child);
}

const ROOT_DEF: CmdDef = { path: '', use: 'docker [OPTIONS] COMMAND [ARG...]', short: 'A self-sufficient runtime for containers', flags: [], args: { kind: 'any' } };

function build(): { root: Node; byId: Map<string, CmdDef> } {
  const leaves = [
    topCommands, builderCommands, containerCommands, contextCommands, imageCommands, manifestCommands,
    networkCommands, pluginCommands, systemCommands, trustCommands, volumeCommands, configCommands,
    nodeCommands, secretCommands, serviceCommands, stackCommands, swarmCommands,
  ].flat();
  const byId = new Map<string, CmdDef>(leaves.map((d) => [d.path, d]));
  const root = node('docker', '', ROOT_DEF, '', ROOT_DEF.use, true);
  const find = (path: string): Node => (path === '' ? root : path.split(' ').reduce((n, p) => n.children.get(p)!, root));
  for (const g of groups) {
    const parts = g.path.split(' ');
    attach(find(parts.slice(0, -1).join(' ') || ''), node(parts[parts.length - 1], g.path, g, g.path, g.use, true));
  }
  for (const d of leaves) {
    const parts = d.path.split(' ');
    const parent = parts.length > 1 ? find(parts.slice(0, -1).join(' ')) : root;
    attach(parent, node(parts[parts.length - 1], d.path, d, d.path, d.use, false), d.aliases);
  }
  for (const s of shortcuts) {
    const def = byId.get(s.of)!;
    const parts = s.name.split(' ');
    const parent = parts.length > 1 ? find(parts.slice(0, -1).join(' ')) : root;
    const n = node(parts[parts.length - 1], s.name, def, s.of, s.use, false);
    attach(parent, n);
  }
  return { root, byId };
}

export const { root: ROOT, byId: COMMANDS } = build();

/** parent path words of a node's path, for UseLine ("docker container") */
export function parentPath(n: Node): string {
  const parts = n.path.split(' ');
  return ['docker', ...parts.slice(0, -1)].join(' ');
}

export function commandPath(n: Node): string {
  return n.path === '' ? 'docker' : 'docker ' + n.path;
}

export function useLine(n: Node): string {
  return n.path === '' ? n.use : parentPath(n) + ' ' + n.use;
}
