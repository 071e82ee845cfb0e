// The CLI's error renderings (docker/cli cli/required.go, FlagErrorFunc, main's "docker: " prefix).
import type { Arity } from './types.ts';
import { ROOT, commandPath, useLine, type Node } from './table.ts';

export interface Done {
  kind: 'done';
  stdout: string;
  stderr: string;
  exit: number;
}

export const done = (stdout: string, stderr: string, exit: number): Done => ({ kind: 'done', stdout, stderr, exit });

/** Looks a node up by the name the user typed ("docker run", "docker container ls"). */
export function nodeOf(usedName: string): Node | undefined {
  const words = usedName.split(' ').slice(1);
  let n: Node | undefined = ROOT;
  for (const w of words) n = n?.names.get(w);
  return n;
}

function usageOf(n: Node): string {
  return n.isGroup && n !== ROOT ? commandPath(n) : useLine(n);
}

/** pflag parse errors: no "docker:" prefix, exit 125. */
export function flagError(n: Node, message: string): Done {
  return done('', `${message}\n\nUsage:  ${usageOf(n)}\n\nRun '${commandPath(n)} --help' for more information\n`, 125);
}

const plural = (n: number): string => (n === 1 ? 'argument' : 'arguments');

/** The arity error for `args`, or undefined when the count is acceptable. */
export function arityError(n: Node, a: Arity, count: number): Done | undefined {
  const path = commandPath(n);
  const tail = (verb: string): string => `\n\nUsage:  ${useLine(n)}\n\n${verb} '${path} --help' for more information\n`;
  const fail = (msg: string, verb: string): Done => done('', `docker: '${path}' ${msg}${tail(verb)}`, 1);
  switch (a.kind) {
    case 'none':
      return count ? fail('accepts no arguments', 'Run') : undefined;
    case 'min':
      return count < a.n ? fail(`requires at least ${a.n} ${plural(a.n)}`, 'See') : undefined;
    case 'max':
      // "SRun" is the real CLI's typo (cli.RequiresMaxArgs)
      return count > a.n ? fail(`requires at most ${a.n} ${plural(a.n)}`, 'SRun') : undefined;
    case 'exact':
      return count !== a.n ? fail(`requires ${a.n} ${plural(a.n)}`, 'Run') : undefined;
    case 'range':
      return count < a.min || count > a.max ? fail(`requires at least ${a.min} and at most ${a.max} ${plural(a.max)}`, 'Run') : undefined;
    default:
      return undefined;
  }
}

/**
 * An error a command detects itself, rendered like the CLI's argument errors:
 * `docker: <message>` + usage block + `Run '<cmd> --help' …`, exit 1.
 */
export function usageError(usedName: string, message: string, verb: 'Run' | 'See' = 'Run'): Done {
  const n = nodeOf(usedName);
  const usage = n ? `\n\nUsage:  ${usageOf(n)}` : '';
  return done('', `docker: ${message}${usage}\n\n${verb} '${usedName} --help' for more information\n`, 1);
}

/** Errors of `docker run`/`docker create` (daemon errors, bad option values): exit 125. */
export function runError(usedName: string, message: string, exit = 125): Done {
  return done('', `docker: ${message}\n\nRun '${usedName} --help' for more information\n`, exit);
}

export function unknownCommand(parent: Node, name: string): Done {
  const path = commandPath(parent);
  const usage = parent === ROOT ? '' : `\n\nUsage:  ${path}`;
  return done('', `docker: unknown command: ${path} ${name}${usage}\n\nRun '${path} --help' for more information\n`, 1);
}
