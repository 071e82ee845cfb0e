import type { Assignment, Command, Redirection, Word } from 'unbash';
import { FsError } from '../../kernel/fs/errors.ts';
import { statusCode } from '../../kernel/proc/process.ts';
import { type Builtin, loadBuiltin, isDeclarationBuiltin } from '../builtins/registry.ts';
import { ReturnSignal, ShellAbort } from './control.ts';
import { forkFailedOther, ForkFailed, runScriptNode, runSource, waitForeground } from './exec.ts';
import { parseScript } from '../parse/parse.ts';
import { dialectHasBuiltin } from './dialect.ts';
import { expandArrayLiteral, literalText } from './array-literal.ts';
import { expandWordFields, expandWordString, reparse } from './expand.ts';
import { applyRedirects, RedirectFailed, withRedirects } from './redirect.ts';
import { runCompound } from './compound.ts';
import { assignVariable } from './assign.ts';
import { quoteForXtrace } from './xtrace.ts';
import { findInPath, execInPlace, execProgram } from './external.ts';
import type { Shell } from './shell.ts';
import { writeTo } from './io.ts';
import { ReadonlyError } from './vars.ts';

/** Runs a simple command: expansions, assignments, redirections, then function/builtin/program. */
export async function runSimple(sh: Shell, cmd: Command): Promise<number> {
  const outer = sh.procSubstFds;
  sh.procSubstFds = [];
  try {
    return await runSimpleInner(sh, cmd);
  } finally {
    for (const fd of sh.procSubstFds) sh.fds.close(fd);
    sh.procSubstFds = outer;
  }
}

async function runSimpleInner(sh: Shell, cmd: Command): Promise<number> {
  const oneShot = sh.oneShot;
  sh.oneShot = false;
  sh.lineno = sh.lineOf(cmd.pos);
  const aliased = aliasSource(sh, cmd);
  if (aliased !== null) return runAliased(sh, aliased);
  const assigns = cmd.prefix.filter((p): p is Assignment => p.type === 'Assignment');
  const redirs: Redirection[] = [...cmd.redirects];
  const argv = await expandArgs(sh, cmd);
  if (argv.length === 0) {
    sh.lastArg = '';
    return assignmentsOnly(sh, assigns, redirs, cmd.name !== undefined);
  }
  try {
    return await dispatch(sh, cmd, argv, assigns, redirs, oneShot);
  } finally {
    // $_: the last argument of the previous simple command.
    sh.lastArg = argv[argv.length - 1]!;
  }
}

async function dispatch(sh: Shell, cmd: Command, argv: string[], assigns: Assignment[], redirs: Redirection[], oneShot: boolean): Promise<number> {
  // bash traces the prefix assignments (as they happen) before the command itself.
  const traced = <T>(body: () => Promise<T>) => async (): Promise<T> => {
    if (sh.opts.xtrace) await xtrace(sh, argv);
    return body();
  };
  const name = argv[0]!;
  const fn = sh.functions.get(name);
  if (fn && !name.includes('/')) return withTempAssignments(sh, assigns, true, traced(() => withRedirects(sh, redirs, () => callFunction(sh, fn, argv))));
  const builtin = name.includes('/') || !dialectHasBuiltin(sh.dialect, name) ? undefined : await loadBuiltin(name);
  if (builtin) {
    // POSIX special builtins keep prefix assignments; bash (non-posix) keeps them only for these.
    const persist = builtin.special === true && sh.opts.posix;
    return withTempAssignments(sh, assigns, persist, traced(() => withRedirects(sh, redirs, () => runBuiltin(sh, builtin, argv, cmd))));
  }
  return runExternal(sh, argv, assigns, redirs, oneShot, traced(async () => undefined));
}

/**
 * Alias substitution (interactive shells, or `shopt -s expand_aliases`): the first word, if it is
 * an unquoted alias name, is replaced by the alias text and the command is parsed again.
 */
function aliasSource(sh: Shell, cmd: Command): string | null {
  if (!sh.shopts.has('expand_aliases') || !sh.interactive || sh.aliases.size === 0) return null;
  if (!cmd.name || cmd.name.parts || cmd.prefix.length > 0) return null;
  const value = sh.aliases.get(cmd.name.text);
  if (value === undefined || sh.expandingAliases.has(cmd.name.text)) return null;
  const rest = sh.source.slice(cmd.name.end, cmd.end);
  sh.expandingAliases.add(cmd.name.text);
  return `${value}${rest}`;
}

async function runAliased(sh: Shell, text: string): Promise<number> {
  const parsed = parseScript(text);
  try {
    if (parsed.error) {
      await sh.diag(parsed.error);
      return 2;
    }
    return await runScriptNode(sh, parsed.script, text, false);
  } finally {
    sh.expandingAliases.clear();
  }
}

async function expandArgs(sh: Shell, cmd: Command): Promise<string[]> {
  const words: string[] = [];
  if (cmd.name) words.push(...(await expandWordFields(sh, cmd.name)));
  const declaration = words.length > 0 && isDeclarationBuiltin(words[0]!);
  for (const a of cmd.suffix) {
    if (a.type === 'Word') words.push(...(await expandWordFields(sh, a)));
    else if (a.type === 'Assignment') {
      // `declare x=$y` assigns without splitting; elsewhere `x=1` is an ordinary word.
      if (declaration) words.push(await assignmentText(sh, a));
      else words.push(...(await expandWordFields(sh, { type: 'Word', text: a.text, value: a.text, pos: a.pos, end: a.end, parts: reparseParts(a.text) })));
    }
  }
  return words;
}

function reparseParts(text: string): Word['parts'] {
  return reparse(text).parts;
}

async function assignmentText(sh: Shell, a: Assignment): Promise<string> {
  const prefix = `${a.name}${a.index ? `[${a.index.text}]` : ''}${a.append ? '+=' : '='}`;
  if (a.value.type === 'ArrayValue') {
    return prefix + literalText(await expandArrayLiteral(sh, a.value.elements));
  }
  return prefix + (await expandWordString(sh, a.value));
}

async function assignmentsOnly(sh: Shell, assigns: Assignment[], redirs: Redirection[], hadName: boolean): Promise<number> {
  void hadName;
  // `$?` inside the values still reads the previous status; the command's own status is that of
  // the last command substitution, or 0 when there was none.
  const substitutions = sh.substitutions;
  for (const a of assigns) {
    const ok = await assignVariable(sh, a, 'global', true);
    // A failed assignment (readonly) ends a non-interactive shell, as in bash -c.
    if (!ok) throw new ShellAbort(1, !sh.interactive);
  }
  if (redirs.length > 0) {
    // Redirections without a command still open (and create) their files.
    const fds = sh.fds.clone();
    try {
      await applyRedirects(sh, redirs, fds);
    } catch (e) {
      if (e instanceof RedirectFailed) return e.status;
      throw e;
    } finally {
      fds.closeAll();
    }
  }
  return sh.substitutions !== substitutions ? sh.lastStatus : 0;
}

/** `VAR=x cmd`: the assignment holds for the command only (exported to it). */
async function withTempAssignments(sh: Shell, assigns: Assignment[], persist: boolean, body: () => Promise<number>): Promise<number> {
  if (assigns.length === 0) return body();
  if (persist) {
    for (const a of assigns) if (!(await assignVariable(sh, a, 'global', true))) return 1;
    return body();
  }
  sh.vars.pushScope();
  try {
    for (const a of assigns) {
      if (!(await assignVariable(sh, a, 'temp', true))) return 1;
    }
    return await body();
  } finally {
    sh.vars.popScope();
  }
}

async function xtrace(sh: Shell, argv: string[]): Promise<void> {
  await sh.trace(argv.map(quoteForXtrace).join(' '));
}

export async function callFunction(sh: Shell, fn: NonNullable<ReturnType<Shell['functions']['get']>>, argv: string[]): Promise<number> {
  if (sh.funcNames.length >= 1000) {
    await sh.diag(`${argv[0]}: maximum function nesting level exceeded (1000)`);
    throw new ShellAbort(1);
  }
  const savedPos = sh.positional;
  // A function body is outside the caller's loops: break/continue there only warn.
  const saved = { source: sh.source, lineBase: sh.lineBase, errName: sh.errName, lineno: sh.lineno, loopDepth: sh.loopDepth };
  sh.loopDepth = 0;
  const trapSets = sh.returnTrapSets;
  const origin = sh.funcOrigins.get(argv[0]!);
  if (origin && sh.functions.get(argv[0]!) === fn) {
    sh.source = origin.text;
    sh.lineBase = origin.lineBase;
    sh.errName = origin.label;
  }
  sh.positional = argv.slice(1);
  sh.vars.pushScope();
  sh.funcNames.push(argv[0]!);
  try {
    const body = fn.body;
    if (body.type === 'CompoundList') return 0;
    if (body.type === 'Redirected') return await withRedirects(sh, body.redirects, () => runCompound(sh, body.command));
    return await runCompound(sh, body);
  } catch (e) {
    if (e instanceof ReturnSignal) return e.status;
    throw e;
  } finally {
    const onReturn = sh.traps.get('RETURN');
    if (onReturn && (sh.returnTrapSets !== trapSets || sh.opts.functrace)) {
      const status = sh.lastStatus;
      await runSource(sh, onReturn);
      sh.lastStatus = status;
    }
    sh.funcNames.pop();
    sh.vars.popScope();
    sh.positional = savedPos;
    Object.assign(sh, saved);
  }
}

async function runBuiltin(sh: Shell, b: Builtin, argv: string[], cmd: Command): Promise<number> {
  try {
    return await b.run(sh, argv, cmd);
  } catch (e) {
    if (e instanceof FsError && e.code === 'EPIPE') return 1;
    // Output errors other than a closed pipe (`echo x > /dev/full`) are reported, status 1.
    if (e instanceof FsError) {
      await sh.diag(`${argv[0]}: write error: ${e.text}`);
      return 1;
    }
    // read, printf -v, getopts, mapfile... storing into a readonly name.
    if (e instanceof ReadonlyError) {
      await sh.diag(`${e.varName}: readonly variable`);
      return 1;
    }
    throw e;
  }
}

async function runExternal(sh: Shell, argv: string[], assigns: Assignment[], redirs: Redirection[], oneShot: boolean, trace: () => Promise<void>): Promise<number> {
  const name = argv[0]!;
  const found = findInPath(sh, name);
  if (found.kind === 'missing') {
    await trace();
    // The redirections are still performed (and fail first) before the lookup error.
    const fds = sh.fds.clone();
    try {
      await applyRedirects(sh, redirs, fds);
      // bash reports it from the forked child, after the redirections (`nosuch 2>/dev/null`).
      await writeTo(sh.proc, fds.get(2), `${sh.errPrefix()}${found.message}\n`).catch(() => {});
    } catch (e) {
      if (e instanceof RedirectFailed) return e.status;
      throw e;
    } finally {
      fds.closeAll();
    }
    return found.status;
  }
  const env = new Map<string, string>();
  sh.vars.pushScope();
  try {
    for (const a of assigns) if (!(await assignVariable(sh, a, 'temp', true))) return 1;
    for (const a of assigns) env.set(a.name, sh.vars.get(a.name) ?? '');
    await trace();
  } finally {
    sh.vars.popScope();
  }
  const fds = sh.fds.clone();
  try {
    await applyRedirects(sh, redirs, fds);
  } catch (e) {
    fds.closeAll();
    if (e instanceof RedirectFailed) return e.status;
    throw e;
  }
  // bash puts the program's path in `_` of the environment it passes.
  const childEnv = sh.environment(env);
  childEnv.set('_', found.path);
  if (oneShot && sh.traps.size === 0) return execInPlace(sh, found.path, argv, childEnv, fds);
  try {
    const child = execProgram(sh, found.path, argv, childEnv, fds);
    if (typeof child === 'number') return child;
    const status = await waitForeground(sh, child);
    return statusCode(status);
  } catch (e) {
    if (e instanceof ForkFailed) {
      if (sh.dialect !== 'bash') return forkFailedOther(sh);
      await sh.diag('fork: retry: Resource temporarily unavailable');
      await sh.diag(e.message);
      return 254;
    }
    throw e;
  }
}
