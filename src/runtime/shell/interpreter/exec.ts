import type { AndOr, CommandNode, Pipeline, PipelineNode, Script, Statement } from 'unbash';
import { ExitRequest } from '../../kernel/kernel.ts';
import { Pipe } from '../../kernel/pipe.ts';
import { type FdTable, OpenFile } from '../../kernel/proc/fd-table.ts';
import { type ExitStatus, type Process, statusCode } from '../../kernel/proc/process.ts';
import { SIGNALS, SIGNAL_NAMES } from '../../kernel/proc/signals.ts';
import { Interrupted, NullIn } from '../../kernel/stream.ts';
import { FsError } from '../../kernel/fs/errors.ts';
import { BreakSignal, ContinueSignal, ReturnSignal, ShellAbort, subshellAbortStatus } from './control.ts';
import { runCommandNode } from './compound.ts';
import type { Shell } from './shell.ts';
import { runSourceText } from './script.ts';
import { BudgetExceeded } from './system.ts';

/** Microseconds of virtual CPU one interpreter step costs. */
const STEP_MICROS = 2;

/** Every statement and loop iteration passes here: budget, signals, Ctrl-C, virtual CPU time. */
export async function step(sh: Shell): Promise<void> {
  const b = sh.sys.budget;
  if (++b.steps > b.limit || b.tripped) {
    b.tripped = true;
    throw new BudgetExceeded();
  }
  sh.proc.cpuMicros += STEP_MICROS;
  if (sh.proc.needsCheckpoint) await sh.proc.checkpoint();
  if (sh.proc.pendingSignals.length > 0) await runPendingTraps(sh);
  if ((b.steps & 2047) === 0) {
    await sh.kernel.yield((2048 * STEP_MICROS) / 1000);
    if (b.tripped) throw new BudgetExceeded();
  }
}

/** Runs trap handlers for signals that arrived; an untrapped SIGINT ends an interactive line. */
export async function runPendingTraps(sh: Shell): Promise<void> {
  while (sh.proc.pendingSignals.length > 0) {
    const sig = sh.proc.pendingSignals.shift()!;
    const action = sh.traps.get(SIGNAL_NAMES[sig] ?? String(sig));
    if (action === undefined) {
      if (sig === SIGNALS.INT) throw new ShellAbort(130);
      continue;
    }
    if (action === '') continue;
    const saved = sh.lastStatus;
    await runSource(sh, action);
    sh.lastStatus = saved;
  }
}

/** Parses and runs shell source in this shell (eval, trap actions, source). */
export async function runSource(sh: Shell, source: string): Promise<number> {
  return runSourceText(sh, source, 'eval');
}

export async function runScriptNode(sh: Shell, script: Script, source: string, keepSource: boolean): Promise<number> {
  const prev = sh.source;
  if (!keepSource) sh.source = source;
  try {
    return await runStatements(sh, script.commands);
  } finally {
    sh.source = prev;
  }
}

export async function runStatements(sh: Shell, list: readonly Statement[]): Promise<number> {
  // In a one-shot shell only the last command may replace the process (execve without fork).
  const oneShot = sh.oneShot;
  sh.oneShot = false;
  let status = sh.lastStatus;
  for (let i = 0; i < list.length; i++) {
    const st = list[i]!;
    if (oneShot && i === list.length - 1 && !st.background) sh.oneShot = canExecInPlace(st.command);
    status = await runStatement(sh, st);
  }
  sh.oneShot = false;
  // A trapped signal that interrupted the last command (`... & wait`) runs its trap before the
  // shell goes on or exits, as after any other command.
  if (sh.proc.pendingSignals.length > 0 && sh.proc.alive) await runPendingTraps(sh);
  return status;
}

/** Commands bash runs without a fork when they are a subshell's last: simple ones and ( ). */
export function canExecInPlace(node: Statement['command']): boolean {
  return node.type === 'Command' || node.type === 'Subshell';
}

export async function runStatement(sh: Shell, st: Statement): Promise<number> {
  await step(sh);
  sh.lineno = sh.lineOf(st.pos);
  if (st.background) {
    startBackground(sh, st);
    sh.lastStatus = 0;
    return 0;
  }
  const status = await runAndOr(sh, st.command);
  sh.lastStatus = status;
  return status;
}

function startBackground(sh: Shell, st: Statement): void {
  const child = forkShell(sh, async (c) => {
    c.errexitSuppressed = 0;
    // Background jobs of a non-interactive shell ignore SIGINT and SIGQUIT.
    if (!sh.interactive) {
      c.proc.dispositions.set(SIGNALS.INT!, 'ignore');
      c.proc.dispositions.set(SIGNALS.QUIT!, 'ignore');
    }
    c.oneShot = canExecInPlace(st.command);
    return runAndOr(c, st.command);
  }, (fds) => {
    if (!sh.interactive && !sh.opts.monitor) {
      // Background commands of a non-interactive shell read from /dev/null.
      fds.set(0, new OpenFile(new NullIn(), null, '/dev/null'));
    }
  });
  child.pgid = child.id;
  sh.lastBgPid = child.pid;
  const text = sh.source.slice(st.command.pos, st.command.end);
  const job = sh.jobs.add([child], `${text} &`);
  if (sh.interactive) void sh.err(`[${job.id}] ${child.pid}\n`);
  // bash reaps finished background children from its SIGCHLD handler (no zombies linger); the
  // job table keeps the status for `wait` and the Done notice.
  void child.exited.then(() => sh.kernel.reap(child));
}

async function runAndOr(sh: Shell, node: PipelineNode | AndOr): Promise<number> {
  if (node.type !== 'AndOr') return runPipeline(sh, node);
  let status = 0;
  const n = node.commands.length;
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      const op = node.operators[i - 1];
      if ((op === '&&' && status !== 0) || (op === '||' && status === 0)) continue;
    }
    const last = i === n - 1;
    if (!last) sh.errexitSuppressed++;
    try {
      status = await runPipeline(sh, node.commands[i]!);
    } finally {
      if (!last) sh.errexitSuppressed--;
    }
    sh.lastStatus = status;
  }
  return status;
}

export async function runPipeline(sh: Shell, node: PipelineNode): Promise<number> {
  if (node.type !== 'Pipeline') {
    const status = await runCommand(sh, node);
    sh.pipestatus = [status];
    await afterCommand(sh, status, false);
    return status;
  }
  // Each `!` toggles the status (`! ! true` is 0), but any of them exempts the pipeline from set -e.
  const bangs = node.prefixes.filter((p) => p.type === 'Negation').length;
  const negated = bangs > 0;
  if (negated) sh.errexitSuppressed++;
  let status: number;
  try {
    status = node.commands.length === 1 ? await runCommand(sh, node.commands[0]!) : await runMulti(sh, node);
    if (node.commands.length === 1) sh.pipestatus = [status];
  } finally {
    if (negated) sh.errexitSuppressed--;
  }
  if (bangs % 2 === 1) status = status === 0 ? 1 : 0;
  await afterCommand(sh, status, negated);
  return status;
}

/** set -e and the ERR trap, checked after each pipeline. */
async function afterCommand(sh: Shell, status: number, negated: boolean): Promise<void> {
  if (status === 0 || negated || sh.errexitSuppressed > 0) return;
  const errTrap = sh.traps.get('ERR');
  if (errTrap) {
    sh.lastStatus = status;
    await runSource(sh, errTrap);
    sh.lastStatus = status;
  }
  if (sh.opts.errexit) throw new ExitRequest(status);
}

async function runMulti(sh: Shell, node: Pipeline): Promise<number> {
  const n = node.commands.length;
  const children: Process[] = [];
  let prevRead: OpenFile | null = null;
  let lastStatus: number | null = null;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    const pipe = last ? null : new Pipe();
    const writeEnd = pipe ? new OpenFile(null, pipe.writeEnd(), 'pipe') : null;
    const readEnd = prevRead;
    const withStderr = !last && node.operators[i] === '|&';
    const cmd = node.commands[i]!;
    if (last && readEnd && sh.shopts.has('lastpipe') && !sh.opts.monitor) {
      // lastpipe: without job control the last element runs in this shell (`| read v` sticks).
      lastStatus = await runInShellReading(sh, readEnd, () => runCommand(sh, cmd));
      break;
    }
    const child = forkShell(sh, (c) => {
      c.oneShot = canExecInPlace(cmd);
      // A simple command keeps bash -c's 127; a group or loop exits like a subshell.
      return cmd.type === 'Command' ? runCommand(c, cmd) : subshellAbortStatus(() => runCommand(c, cmd));
    }, (fds) => {
      if (readEnd) fds.set(0, readEnd.ref());
      if (writeEnd) {
        fds.set(1, writeEnd.ref());
        if (withStderr) fds.set(2, writeEnd.ref());
      }
    });
    if (children.length > 0) child.pgid = children[0]!.pgid;
    children.push(child);
    readEnd?.unref();
    writeEnd?.unref();
    prevRead = pipe ? new OpenFile(pipe.readEnd(), null, 'pipe') : null;
  }
  const statuses: number[] = [];
  for (const c of children) statuses.push(statusCode(await waitForeground(sh, c)));
  if (lastStatus !== null) statuses.push(lastStatus);
  sh.pipestatus = statuses;
  if (sh.opts.pipefail) {
    for (let i = statuses.length - 1; i >= 0; i--) if (statuses[i] !== 0) return statuses[i]!;
    return 0;
  }
  return statuses[statuses.length - 1]!;
}

async function runInShellReading(sh: Shell, input: OpenFile, body: () => Promise<number>): Promise<number> {
  const saved = sh.fds.get(0);
  saved?.ref();
  sh.fds.set(0, input);
  try {
    return await body();
  } finally {
    if (saved) sh.fds.set(0, saved);
    else sh.fds.close(0);
  }
}

export async function runCommand(sh: Shell, node: CommandNode): Promise<number> {
  return runCommandNode(sh, node);
}

/**
 * fork(): a child process running a copy of this shell. `setup` adjusts the child's descriptor
 * table before it runs. Exit, return and loop signals end the child with the right status.
 */
export function forkShell(sh: Shell, body: (child: Shell) => Promise<number>, setup?: (fds: FdTable) => void): Process {
  chargeFork(sh);
  const fds = sh.fds.clone();
  setup?.(fds);
  let proc: Process;
  try {
    proc = sh.kernel.spawn(sh.proc, {
      argv: [...sh.proc.argv],
      env: new Map(sh.proc.env),
      fds,
      main: async (p) => {
        const child = sh.forkInto(p);
        return runChild(child, body);
      },
    });
    // fork(2) copies the command name too (a login shell's children are `bash`, not `-bash`).
    proc.comm = sh.proc.comm;
    proc.exe = sh.proc.exe;
  } catch (e) {
    fds.closeAll();
    if (e instanceof FsError && e.code === 'EAGAIN') throw new ForkFailed();
    throw e;
  }
  return proc;
}

/** Steps a fork costs: a fork bomb exhausts the budget after a few thousand forks. */
const FORK_STEPS = 500;

export function chargeFork(sh: Shell): void {
  const b = sh.sys.budget;
  b.steps += FORK_STEPS;
  if (b.steps > b.limit || b.tripped) {
    b.tripped = true;
    throw new BudgetExceeded();
  }
}

/** busybox ash: `sh: can't fork: …` (status 2); dash: `sh: 1: Cannot fork`. */
export async function forkFailedOther(sh: Shell): Promise<number> {
  await sh.diag(sh.dialect === 'dash' ? 'Cannot fork' : "can't fork: Resource temporarily unavailable");
  return 2;
}

/** fork(2) failed (EAGAIN): bash reports it and the command fails. */
export class ForkFailed extends Error {
  constructor() {
    super('fork: Resource temporarily unavailable');
  }
}

export async function runChild(child: Shell, body: (c: Shell) => Promise<number>): Promise<number> {
  let status: number;
  try {
    status = await body(child);
  } catch (e) {
    status = await childStatus(child, e);
  }
  child.lastStatus = status;
  try {
    await runExitTrap(child);
  } catch (e) {
    // `exit N` inside the subshell's EXIT trap sets its status.
    if (!(e instanceof ExitRequest)) throw e;
    status = e.code;
  }
  return status;
}

async function childStatus(child: Shell, e: unknown): Promise<number> {
  if (e instanceof ExitRequest) return e.code;
  if (e instanceof ShellAbort) return e.status;
  if (e instanceof ReturnSignal) return e.status;
  if (e instanceof BreakSignal || e instanceof ContinueSignal) return 0;
  if (e instanceof ForkFailed) {
    if (child.dialect !== 'bash') return forkFailedOther(child);
    await child.diag(e.message);
    return 254;
  }
  throw e;
}

export async function runExitTrap(sh: Shell): Promise<void> {
  const action = sh.traps.get('EXIT');
  if (!action) return;
  sh.traps.delete('EXIT');
  sh.exitTrapStatus = sh.lastStatus;
  try {
    await runSource(sh, action);
  } finally {
    sh.exitTrapStatus = undefined;
  }
}

/** waitpid() for a foreground child: not interrupted by handled signals; reaps it. */
export async function waitForeground(sh: Shell, child: Process): Promise<ExitStatus> {
  let status: ExitStatus;
  if (child.exitStatus) status = child.exitStatus;
  else {
    try {
      status = await sh.proc.wait<ExitStatus>((resolve) => {
        void child.exited.then(resolve);
        return () => {};
      }, false);
    } catch (e) {
      if (e instanceof Interrupted) throw e;
      throw e;
    }
  }
  sh.kernel.reap(child);
  return status;
}
