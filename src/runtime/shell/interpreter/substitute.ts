import type { CommandExpansionPart, ProcessSubstitutionPart } from 'unbash';
import { FsError } from '../../kernel/fs/errors.ts';
import { OpenFile } from '../../kernel/proc/fd-table.ts';
import { statusCode } from '../../kernel/proc/process.ts';
import { Pipe } from '../../kernel/pipe.ts';
import { Arith, ArithError, type ArithEnv, evaluateArithmetic } from './arith.ts';
import { parseArithmetic } from './arith-parse.ts';
import { ShellAbort, subshellAbortStatus } from './control.ts';
import { forkShell, runScriptNode, waitForeground } from './exec.ts';
import { reparse, expandWordString } from './expand.ts';
import { readAll } from './io.ts';
import type { Shell } from './shell.ts';
import { ReadonlyError } from './vars.ts';

/** `$(...)` / backticks: run in a subshell, capture stdout, drop trailing newlines. */
export async function commandSubstitution(sh: Shell, part: CommandExpansionPart): Promise<string> {
  const script = part.script;
  if (!script || script.commands.length === 0) return '';
  const source = part.text.startsWith('`') ? part.text.slice(1, -1) : part.text.slice(2, -1);
  const only = script.commands.length === 1 ? script.commands[0]!.command : undefined;
  if (only?.type === 'Command' && !only.name && only.prefix.length === 1 && only.prefix[0]!.type === 'Redirect' && only.prefix[0]!.operator === '<') {
    // `$(< file)` reads the file without running anything.
    const path = await expandWordString(sh, only.prefix[0]!.target!);
    sh.substitutions++;
    try {
      sh.lastStatus = 0;
      return sh.vfs.readFile(path).replace(/\n+$/, '');
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      await sh.diag(sh.words.redirect(path, e.code, false));
      sh.lastStatus = 1;
      return '';
    }
  }
  return captureOutput(sh, async (child) => runScriptNode(child, script, sh.source, true), source);
}

/**
 * `<(cmd)` / `>(cmd)`: the command runs in the background on a pipe whose other end the shell
 * keeps open as /dev/fd/63 (62, …) for the command being expanded; the word becomes that path.
 */
export function processSubstitution(sh: Shell, part: ProcessSubstitutionPart): string {
  const pipe = new Pipe();
  const reading = part.operator === '<';
  const childEnd = reading ? new OpenFile(null, pipe.writeEnd(), 'pipe') : new OpenFile(pipe.readEnd(), null, 'pipe');
  const script = part.script;
  const child = forkShell(
    sh,
    async (c) => {
      c.oneShot = true;
      return script ? runScriptNode(c, script, sh.source, true) : 0;
    },
    (fds) => fds.set(reading ? 1 : 0, childEnd),
  );
  child.pgid = sh.proc.pgid;
  let fd = 63;
  while (sh.fds.get(fd) && fd > 10) fd--;
  sh.fds.set(fd, reading ? new OpenFile(pipe.readEnd(), null, `pipe:[${child.pid}]`) : new OpenFile(null, pipe.writeEnd(), `pipe:[${child.pid}]`));
  sh.procSubstFds.push(fd);
  return `/dev/fd/${fd}`;
}

/** Runs `body` in a forked subshell with stdout on a pipe; returns what it wrote. */
export async function captureOutput(sh: Shell, body: (child: Shell) => Promise<number>, _label: string): Promise<string> {
  const pipe = new Pipe();
  const out = new OpenFile(null, pipe.writeEnd(), 'pipe');
  const child = forkShell(sh, async (c) => {
    c.inCommandSubst = true;
    c.traceDepth = sh.traceDepth + 1;
    c.oneShot = true;
    return subshellAbortStatus(() => body(c));
  }, (fds) => fds.set(1, out));
  const reader = new OpenFile(pipe.readEnd(), null, 'pipe');
  const text = await readAll(sh.proc, reader);
  reader.unref();
  const status = await waitForeground(sh, child);
  sh.substitutions++;
  sh.lastStatus = statusCode(status);
  return text.replace(/\n+$/, '');
}

export function arithEnv(sh: Shell): ArithEnv {
  return {
    get: (name) => {
      const v = arithGet(sh, name);
      if (v === undefined && sh.opts.nounset) {
        void sh.diag(`${name}: unbound variable`);
        throw new ShellAbort(127, true);
      }
      return v;
    },
    set: (name, value) => {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/s.exec(name);
      if (!m) {
        sh.vars.set(name, value);
        return;
      }
      let v = sh.vars.lookup(m[1]!);
      if (v?.readonly) throw new ReadonlyError(m[1]!);
      if (v?.kind === 'assoc') {
        (v.value as Map<string, string>).set(m[2]!, value);
        v.unsetValue = false;
        return;
      }
      if (!v || v.kind === 'scalar') v = sh.vars.setArray(m[1]!, v && !v.unsetValue ? [v.value as string] : []);
      const map = v.value as Map<number, string>;
      const idx = arrayIndex(map, Number(m[2]));
      // bash reports a subscript before the start and carries on without assigning.
      if (idx < 0) void sh.diag(`${name}: bad array subscript`);
      else map.set(idx, value);
      v.unsetValue = false;
    },
    isAssoc: (name) => sh.vars.lookup(name)?.kind === 'assoc',
    substitute: async (text) => {
      const w = reparse(text);
      return expandWordString(sh, w);
    },
    expandText: async (text) => expandWordString(sh, reparse(`"${text.replace(/"/g, '\\"')}"`)),
  };
}

/** `$((...))`: errors print bash's message and abort the command. */
export async function arithmeticExpansion(sh: Shell, text: string): Promise<string> {
  try {
    const env = arithEnv(sh);
    const expanded = text.includes('$') || text.includes('`') ? await env.expandText(text) : text;
    const ast = parseArithmetic(expanded);
    if (!ast) return '0';
    return String(await new Arith(env, expanded).eval(ast));
  } catch (e) {
    if (e instanceof ArithError) {
      await sh.diag(e.message);
      throw new ShellAbort(1, !sh.interactive);
    }
    if (e instanceof ReadonlyError) {
      await sh.diag(e.message);
      throw new ShellAbort(1, !sh.interactive);
    }
    throw e;
  }
}

/** `((...))` and `let`: status 0 if the value is non-zero. */
export async function arithmeticStatus(sh: Shell, text: string): Promise<number> {
  try {
    const v = await evaluateArithmetic(text, arithEnv(sh));
    return v !== 0n ? 0 : 1;
  } catch (e) {
    if (e instanceof ArithError) {
      await sh.diag(`((: ${e.message}`);
      return 1;
    }
    // `((r++))` on a readonly name: no `((:` prefix, status 1.
    if (e instanceof ReadonlyError) {
      await sh.diag(e.message);
      return 1;
    }
    throw e;
  }
}

/** A variable's value for arithmetic: `name` or `name[index]`. */
function arithGet(sh: Shell, name: string): string | undefined {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/s.exec(name);
  if (m) {
    const v = sh.vars.lookup(m[1]!);
    if (!v || v.kind === 'scalar') return m[2] === '0' ? sh.vars.get(m[1]!) : undefined;
    if (v.kind === 'assoc') return (v.value as Map<string, string>).get(m[2]!);
    const map = v.value as Map<number, string>;
    const idx = arrayIndex(map, Number(m[2]));
    if (idx < 0) void sh.diag(`${m[1]}: bad array subscript`);
    return map.get(idx);
  }
  return sh.vars.get(name);
}

/** Negative subscripts count back from one past the highest index. */
function arrayIndex(map: Map<number, string>, idx: number): number {
  return idx < 0 ? idx + (map.size === 0 ? 0 : Math.max(...map.keys()) + 1) : idx;
}
