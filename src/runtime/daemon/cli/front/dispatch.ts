// docker argv → parsed command or finished result (help, usage and parse errors), like CLI 28.2.2.
import type { FlagDef } from './types.ts';
import { OptValues, type Opts } from './opts.ts';
import { FlagError, parseFlags, initialValue, type Parsed } from './parse.ts';
import { ROOT, commandPath, type Node } from './table.ts';
import { help, rootHelp, type HelpOptions } from './help.ts';
import { arityError, done, flagError, unknownCommand, type Done } from './errors.ts';
import { rootFlags, CLIENT_VERSION, PLUGINS } from './commands/root.ts';
import { noInterspersed } from './commands/extra.ts';
import { sha256 } from '../../ids.ts';

export interface Command {
  kind: 'command';
  /** canonical command path, e.g. 'container run', 'image ls', 'version'; a plugin's name for plugins */
  id: string;
  opts: Opts;
  args: string[];
  globals: Opts;
  /** how the user typed it: 'docker run' vs 'docker container run' */
  usedName: string;
  /** index in args where `--` ended the options, -1 if none */
  dashAt: number;
  /** deprecation notices the CLI prints before running the command */
  notice: { stdout: string; stderr: string };
}

export type Dispatch = Command | Done;
export type DispatchOptions = HelpOptions;

const ROOT_FLAGS: FlagDef[] = [...rootFlags, { short: 'h', long: 'help', type: 'bool', usage: 'Print usage', hidden: true, shortDeprecated: 'use --help' }];
const LOG_LEVELS = ['panic', 'fatal', 'error', 'warn', 'warning', 'info', 'debug', 'trace'];

/** Each flag table's initial values, computed once (lists are copied per use: parsing appends). */
const initials = new WeakMap<readonly FlagDef[], [string, ReturnType<typeof initialValue>][]>();

function values(flags: readonly FlagDef[]): OptValues {
  let init = initials.get(flags);
  if (!init) {
    init = [];
    for (const f of flags) {
      if (f.same) continue;
      const x = initialValue(f);
      if (x !== undefined) init.push([f.long, x]);
    }
    initials.set(flags, init);
  }
  const v = new OptValues(flags);
  for (const [k, x] of init) v.values.set(k, (Array.isArray(x) ? [...x] : x) as NonNullable<typeof x>);
  return v;
}

function parse(n: Node, flags: readonly FlagDef[], argv: readonly string[], interspersed: boolean, into: OptValues): Parsed | Done {
  try {
    return parseFlags(flags, argv, interspersed, into);
  } catch (e) {
    if (e instanceof FlagError) return flagError(n, e.message);
    throw e;
  }
}

// cobra's stripFlags + Find: the first word that is not a flag (or a flag's value) names the subcommand
function findSub(group: Node, args: readonly string[]): number {
  const boolish = (name: string): boolean => group.flags.some((f) => (f.long === name || f.short === name) && f.type === 'bool');
  for (let i = 0; i < args.length; i++) {
    const s = args[i];
    if (s === '--') return -1;
    if (s.startsWith('--') && !s.includes('=') && !boolish(s.slice(2))) { i++; continue; }
    if (s.startsWith('-') && s.length === 2 && !boolish(s.slice(1))) { i++; continue; }
    if (!s.startsWith('-')) return i;
  }
  return -1;
}

// a subcommand's flag set writes its notices (deprecated -h, deprecated flags) to stdout
function helpHandling(n: Node, p: Parsed, opts: HelpOptions): Done {
  return done(p.stdout + p.stderr + help(n, opts), '', 0);
}

export function dispatch(argv: readonly string[], options: DispatchOptions = {}): Dispatch {
  const globals = values(ROOT_FLAGS);
  const rp = parse(ROOT, ROOT_FLAGS, argv, false, globals);
  if ('kind' in rp) return rp;
  // --version and --help belong to the root command: they act only when no command follows
  if (globals.bool('version') && !rp.args.length) return done(CLIENT_VERSION + '\n', rp.stderr, 0);
  if (rp.help && !rp.args.length) return done(rootHelp(options), rp.stderr, 0);
  const level = globals.str('log-level');
  if (!LOG_LEVELS.includes(level.toLowerCase())) return done('', `Unable to parse logging level: ${level}\n`, 1);
  let args = rp.args;
  if (!args.length) return done('', rp.stderr + rootHelp(options), 0);
  if (args[0] === 'help') return helpCommand(args.slice(1), options);
  if (options.plugins !== false && PLUGINS.some((p) => p.name === args[0])) {
    const none = values([]);
    return { kind: 'command', id: args[0], opts: none, args: args.slice(1), globals, usedName: 'docker ' + args[0], dashAt: -1, notice: { stdout: '', stderr: '' } };
  }
  let n = ROOT.names.get(args[0]);
  if (!n) return unknownCommand(ROOT, args[0]);
  args = args.slice(1);
  while (n.isGroup) {
    const i = findSub(n, args);
    if (i < 0) return groupWithoutSub(n, args, options);
    const sub: Node | undefined = n.names.get(args[i]);
    if (!sub) return unknownCommand(n, args[i]);
    args = [...args.slice(0, i), ...args.slice(i + 1)];
    n = sub;
  }
  const opts = values(n.flags);
  const p = parse(n, n.flags, args, !noInterspersed.has(n.id), opts);
  if ('kind' in p) return p;
  if (p.help) return helpHandling(n, p, options);
  const notice = p.stdout + p.stderr;
  const bad = arityError(n, n.def.args, p.args.length);
  if (bad) return { ...bad, stdout: notice + bad.stdout };
  const unreachable = otherDaemon(globals, n.id);
  if (unreachable) return { ...unreachable, stdout: notice + unreachable.stdout };
  return { kind: 'command', id: n.id, opts, args: p.args, globals, usedName: commandPath(n), dashAt: p.dashAt, notice: { stdout: notice, stderr: '' } };
}

/** An unknown --context, or `-H` naming any socket but the engine's (the lab has one daemon). */
function otherDaemon(globals: Opts, id: string): Done | null {
  const ctxName = globals.str('context');
  // The CLI resolves the context once a command is parsed; only `default` exists.
  if (ctxName !== '' && ctxName !== 'default') {
    return done('', `Failed to initialize: unable to resolve docker endpoint: context "${ctxName}": context not found: open /root/.docker/contexts/meta/${sha256(ctxName)}/meta.json: no such file or directory\n`, 1);
  }
  const hosts = globals.list('host');
  if (!hosts.length || id === 'version' || id.startsWith('context ')) return null;
  const h = hosts[hosts.length - 1]!;
  if (h === 'unix:///var/run/docker.sock' || h === '/var/run/docker.sock' || !h.startsWith('unix://')) return null;
  return done('', `Cannot connect to the Docker daemon at ${h}. Is the docker daemon running?\n`, 1);
}

function groupWithoutSub(n: Node, args: readonly string[], options: HelpOptions): Done {
  const p = parse(n, n.flags, args, true, values(n.flags));
  if ('kind' in p) return p;
  if (p.help) return helpHandling(n, p, options);
  if (p.args.length) return unknownCommand(n, p.args[0]);
  // `docker manifest` prints its usage after a blank line; the others print plain help, all on stderr
  return done(p.stdout, p.stderr + (n.path === 'manifest' ? '\n' : '') + help(n, options), 0);
}

const HELP_HELP = 'Usage:  docker help [command]\n\nHelp about the command\n';

function helpCommand(topic: readonly string[], options: HelpOptions): Done {
  if (topic[0] === 'help') return done(HELP_HELP, '', 0);
  let n = ROOT;
  for (const w of topic) {
    const next = n.isGroup ? n.names.get(w) : undefined;
    if (!next) return done('', `unknown help topic: ${w}\n`, 1);
    n = next;
  }
  return done(help(n, options), '', 0);
}
