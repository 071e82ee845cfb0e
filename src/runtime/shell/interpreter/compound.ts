import type { ArithmeticFor, Case, CommandNode, CompoundCommand, CompoundList, For, If, Redirection, While } from 'unbash';
import { ArithError, evaluateArithmetic } from './arith.ts';
import { BreakSignal, ContinueSignal, ShellAbort, subshellAbortStatus } from './control.ts';
import { forkShell, runStatements, step, waitForeground } from './exec.ts';
import { expandWordFields, expandWordPattern, expandWordString } from './expand.ts';
import { matchPattern } from './pattern.ts';
import { withRedirects } from './redirect.ts';
import { runSimple } from './simple.ts';
import { arithEnv, arithmeticStatus } from './substitute.ts';
import { evalTestExpression } from './test-expr.ts';
import type { Shell } from './shell.ts';
import { statusCode } from '../../kernel/proc/process.ts';
import { quoteForXtrace } from './xtrace.ts';
import { runSelect } from './select.ts';
import { traceTest } from './test-expr.ts';

export async function runCommandNode(sh: Shell, node: CommandNode): Promise<number> {
  switch (node.type) {
    case 'Command':
      return runSimple(sh, node);
    case 'Function': {
      sh.functions.set(node.name.value, node);
      sh.functionSources.set(node.name.value, sh.source.slice(node.pos, node.end));
      // bash runs `bash -c` before it counts as initialized, so those functions come from "environment".
      const label = sh.errName ?? (sh.srcLabel === '-c' ? 'environment' : sh.srcLabel);
      sh.funcOrigins.set(node.name.value, { text: sh.source, lineBase: sh.lineBase, label });
      return 0;
    }
    case 'Redirected':
      return withRedirects(sh, node.redirects, () => runCompound(sh, node.command));
    case 'Coproc':
      await sh.diag('coproc: not supported by the lab shell');
      return 2;
    default:
      return runCompound(sh, node);
  }
}

export async function runCompound(sh: Shell, node: CompoundCommand): Promise<number> {
  switch (node.type) {
    case 'BraceGroup':
      return runList(sh, node.body);
    case 'Subshell': {
      // Already a forked shell with nothing left to do: bash runs ( ) here without another fork.
      if (sh.oneShot) {
        sh.subshell++;
        return subshellAbortStatus(() => runList(sh, node.body));
      }
      const child = forkShell(sh, (c) => {
        c.oneShot = true;
        return subshellAbortStatus(() => runList(c, node.body));
      });
      return statusCode(await waitForeground(sh, child));
    }
    case 'If':
      return runIf(sh, node);
    case 'For':
      return runFor(sh, node);
    case 'ArithmeticFor':
      return runArithFor(sh, node);
    case 'While':
      return runWhile(sh, node);
    case 'Case':
      return runCase(sh, node);
    case 'TestCommand':
      sh.lineno = sh.lineOf(node.pos);
      if (sh.dialect === 'dash') {
        await sh.diag(sh.words.notFound('[['));
        return 127;
      }
      if (sh.opts.xtrace) await sh.trace(await traceTest(sh, node.expression));
      return evalTestExpression(sh, node.expression);
    case 'ArithmeticCommand':
      sh.lineno = sh.lineOf(node.pos);
      await sh.trace(`(( ${node.body} ))`);
      return arithmeticStatus(sh, node.body);
    case 'Select':
      return runSelect(sh, node, loopBody);
  }
}

export function runList(sh: Shell, list: CompoundList): Promise<number> {
  return runStatements(sh, list.commands);
}

async function condition(sh: Shell, list: CompoundList): Promise<number> {
  sh.errexitSuppressed++;
  try {
    return await runList(sh, list);
  } finally {
    sh.errexitSuppressed--;
  }
}

async function runIf(sh: Shell, node: If): Promise<number> {
  if ((await condition(sh, node.clause)) === 0) return runList(sh, node.then);
  for (const elif of node.elif) {
    if ((await condition(sh, elif.clause)) === 0) return runList(sh, elif.then);
  }
  if (node.else) return runList(sh, node.else);
  return 0;
}

/** Runs one loop body; returns 'break' / 'continue' / undefined, rethrowing outer-level signals. */
async function loopBody(sh: Shell, body: CompoundList): Promise<{ status: number; ctl?: 'break' }> {
  sh.loopDepth++;
  try {
    return { status: await runList(sh, body) };
  } catch (e) {
    if (e instanceof BreakSignal) {
      if (--e.levels > 0) throw e;
      return { status: e.status, ctl: 'break' };
    }
    if (e instanceof ContinueSignal) {
      if (--e.levels > 0) throw e;
      return { status: 0 };
    }
    throw e;
  } finally {
    sh.loopDepth--;
  }
}

async function runFor(sh: Shell, node: For): Promise<number> {
  let words: string[];
  if (node.wordlist) {
    words = [];
    for (const w of node.wordlist) words.push(...(await expandWordFields(sh, w)));
  } else words = [...sh.positional];
  const name = node.name.value;
  let status = 0;
  for (const w of words) {
    await step(sh);
    if (sh.opts.xtrace) await sh.trace(`for ${name} in ${words.map(quoteForXtrace).join(' ')}`);
    try {
      sh.vars.set(name, w);
    } catch (e) {
      await sh.diag(`${name}: readonly variable`);
      return 1;
    }
    const r = await loopBody(sh, node.body);
    status = r.status;
    if (r.ctl === 'break') break;
  }
  return status;
}

async function runWhile(sh: Shell, node: While): Promise<number> {
  let status = 0;
  for (;;) {
    await step(sh);
    const c = await condition(sh, node.clause);
    if (node.kind === 'while' ? c !== 0 : c === 0) break;
    const r = await loopBody(sh, node.body);
    status = r.status;
    if (r.ctl === 'break') break;
  }
  return status;
}

/** An arithmetic error in a for (( )) header: bash ends the loop with status 1 and goes on. */
class ArithForError {}

async function runArithFor(sh: Shell, node: ArithmeticFor): Promise<number> {
  try {
    return await arithFor(sh, node);
  } catch (e) {
    if (e instanceof ArithForError) return 1;
    throw e;
  }
}

async function arithFor(sh: Shell, node: ArithmeticFor): Promise<number> {
  const env = arithEnv(sh);
  const ev = async (e: ArithmeticFor['test']): Promise<bigint> => {
    if (!e) return 1n;
    try {
      // Re-parsed from its text so error tokens are sliced from the expression itself.
      return await evaluateArithmetic(sh.source.slice(e.pos, e.end), env);
    } catch (err) {
      if (err instanceof ArithError) {
        await sh.diag(`((: ${err.message}`);
        throw new ArithForError();
      }
      throw err;
    }
  };
  let status = 0;
  if (node.initialize) await ev(node.initialize);
  for (;;) {
    await step(sh);
    if ((await ev(node.test)) === 0n) break;
    const r = await loopBody(sh, node.body);
    status = r.status;
    if (r.ctl === 'break') break;
    if (node.update) await ev(node.update);
  }
  return status;
}

async function runCase(sh: Shell, node: Case): Promise<number> {
  // bash traces the case word as written, not expanded.
  if (sh.opts.xtrace) await sh.trace(`case ${node.word.text} in`);
  const word = await expandWordString(sh, node.word);
  const nocase = sh.shopts.has('nocasematch');
  let status = 0;
  let fallthrough = false;
  for (let i = 0; i < node.items.length; i++) {
    const item = node.items[i]!;
    let hit = fallthrough;
    if (!hit) {
      for (const p of item.pattern) {
        if (matchPattern(await expandWordPattern(sh, p), word, nocase)) {
          hit = true;
          break;
        }
      }
    }
    if (!hit) continue;
    status = await runList(sh, item.body);
    if (item.terminator === ';&') {
      fallthrough = true;
      continue;
    }
    fallthrough = false;
    if (item.terminator !== ';;&') break;
  }
  return status;
}

export type { Redirection };
