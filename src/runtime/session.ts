import type { Host } from './host.ts';
import { ExitRequest } from './kernel/kernel.ts';
import { FdTable, OpenFile } from './kernel/proc/fd-table.ts';
import type { Process } from './kernel/proc/process.ts';
import { SIGNALS } from './kernel/proc/signals.ts';
import { ShellAbort } from './shell/interpreter/control.ts';
import { ForkFailed, runExitTrap } from './shell/interpreter/exec.ts';
import { initShellVars } from './shell/interpreter/init-vars.ts';
import { UBUNTU_PS1, UBUNTU_PS1_COLOR } from './shell/interpreter/prompt.ts';
import { runSourceText } from './shell/interpreter/script.ts';
import { Shell } from './shell/interpreter/shell.ts';
import { BudgetExceeded } from './shell/interpreter/system.ts';
import { TerminalIn, TerminalOut } from './terminal.ts';
import { JobTable } from './shell/interpreter/jobs.ts';

export interface CommandResult {
  cmd: string;
  stdout: string;
  stderr: string;
  exit: number;
}

export interface SessionOptions {
  /** Interactive shells print `bash: x:` (no line numbers) and job notices. */
  interactive?: boolean;
  /** Whether programs see a terminal on stdout (ls columns, colours). */
  tty?: boolean;
  cwd?: string;
  /** Max bytes of stdout/stderr kept per command. */
  outputLimit?: number;
  /** The login shell's LANG: C (as the reference recordings) unless the terminal wants UTF-8. */
  lang?: string;
  /** Typed input for programs that read the terminal: the next line with its newline, or null at Ctrl-D. */
  liveInput?: () => Promise<string | null>;
  /** Live output instead of collecting (the interactive REPL). */
  sink?: { out: (s: string) => void; err: (s: string) => void };
}

const LOGIN_ENV: [string, string][] = [
  ['HOME', '/root'], ['USER', 'root'], ['LOGNAME', 'root'], ['SHELL', '/bin/bash'], ['LANG', 'C'],
  ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], ['TERM', 'xterm-256color'], ['MAIL', '/var/mail/root'],
];

/**
 * The student's terminal on the host: a login bash whose commands are fed from outside.
 * Each command runs like `bash -c LINE` in that persistent shell; its output is collected.
 */
export class ShellSession {
  shell!: Shell;
  proc!: Process;
  readonly stdout: TerminalOut;
  readonly stderr: TerminalOut;
  private pendingInput: string[] = [];

  constructor(
    readonly host: Host,
    readonly options: SessionOptions = {},
  ) {
    const limit = options.outputLimit ?? 1 << 20;
    this.stdout = new TerminalOut(options.tty ?? false, limit, options.sink?.out);
    this.stderr = new TerminalOut(options.tty ?? false, limit, options.sink?.err);
    this.login();
  }

  /** Starts a login shell (again after `exit`): child of init, on the terminal. */
  login(): void {
    const fds = new FdTable();
    const input = new TerminalIn(this.options.tty ?? false, { take: () => this.takeInput() });
    fds.set(0, new OpenFile(input, null, '/dev/pts/0'));
    fds.set(1, new OpenFile(null, this.stdout, '/dev/pts/0'));
    fds.set(2, new OpenFile(null, this.stderr, '/dev/pts/0'));
    const proc = this.host.kernel.spawn(this.host.init, {
      argv: ['-bash'],
      env: new Map([...LOGIN_ENV, ['LANG', this.options.lang ?? 'C']]),
      cwd: this.options.cwd ?? '/root',
      fds,
      main: (p) => p.wait<number>(() => () => {}, false),
    });
    proc.exe = '/usr/bin/bash';
    proc.comm = 'bash';
    // A login shell leads its own session and process group (setsid), like the one on a pts.
    proc.sid = proc.id;
    proc.pgid = proc.id;
    const sh = new Shell(proc, this.host.kernel, this.host.sys);
    sh.arg0 = 'bash';
    sh.lastArg = 'bash';
    sh.topPid = proc.pid;
    sh.startTime = this.host.clock.now;
    sh.interactive = this.options.interactive ?? false;
    sh.dashC = !sh.interactive;
    initShellVars(sh, proc.env, 'bash');
    if (sh.interactive) {
      proc.dispositions.set(SIGNALS.INT!, 'handle');
      proc.dispositions.set(SIGNALS.TERM!, 'ignore');
      proc.dispositions.set(SIGNALS.QUIT!, 'ignore');
      sh.shopts.add('expand_aliases');
      sh.loginShell = true;
      // What Ubuntu's ~/.bashrc sets (root's home here is the workspace, which has no .bashrc).
      if (sh.vars.get('PS1') === undefined) sh.vars.set('PS1', this.options.tty ? UBUNTU_PS1_COLOR : UBUNTU_PS1);
    }
    this.shell = sh;
    this.proc = proc;
  }

  private takeInput(): string | null | Promise<string | null> {
    const line = this.pendingInput.shift();
    if (line !== undefined) return line;
    // A live terminal (the REPL) blocks the reader until the student types a line or Ctrl-D.
    const live = this.options.liveInput;
    return live ? this.host.kernel.awaitExternal(live()) : null;
  }

  /** Lines that commands reading the terminal will get (the rest of a script, typed input). */
  setPendingInput(lines: string[]): void {
    this.pendingInput = lines;
  }
  remainingInput(): string[] {
    return this.pendingInput;
  }

  /** Runs one complete command (possibly several lines) and returns what it printed. */
  async run(source: string): Promise<CommandResult> {
    if (!this.proc.alive) this.login();
    const sh = this.shell;
    this.host.budget.reset();
    sh.lineBase = 0;
    const work = this.execute(sh, source);
    const outcome = await this.host.kernel.runUntil(work);
    if (this.host.budget.tripped) {
      await this.killRunaways();
      if (!this.budgetReported && !this.host.budget.interrupted) await sh.err(this.budgetMessage());
    }
    this.budgetReported = false;
    let exit: number;
    if (outcome === 'deadlock') {
      await sh.err('lab: the command is waiting for input that can never arrive; stopped\n');
      exit = 130;
    } else if ('error' in outcome) throw outcome.error;
    else exit = outcome.value;
    sh.lastStatus = exit;
    if (sh.interactive) await this.notifyJobs();
    return { cmd: source, stdout: this.stdout.take(), stderr: this.stderr.take(), exit };
  }

  private async execute(sh: Shell, source: string): Promise<number> {
    try {
      const status = await runSourceText(sh, source, '-c');
      // Each command behaves as `bash -c LINE`, whose EXIT trap runs when that shell ends.
      if (!sh.interactive) {
        sh.lastStatus = status;
        await runExitTrap(sh);
      }
      return status;
    } catch (e) {
      if (e instanceof ExitRequest) {
        sh.lastStatus = e.code;
        await runExitTrap(sh);
        this.host.kernel.exit(this.proc, { code: e.code });
        return e.code;
      }
      if (e instanceof ShellAbort) return e.status;
      if (e instanceof BudgetExceeded) {
        if (!this.host.budget.interrupted) await sh.err(this.budgetMessage());
        this.budgetReported = true;
        return 130;
      }
      if (e instanceof ForkFailed) {
        await sh.diag('fork: retry: Resource temporarily unavailable');
        await sh.diag(e.message);
        return 254;
      }
      throw e;
    }
  }

  /**
   * A line that ran out of steps may have left a storm of processes (a fork bomb, a busy
   * background loop): every process of this terminal's session except the login shell is killed.
   */
  /** An interactive bash reports finished background jobs before the next prompt. */
  private async notifyJobs(): Promise<void> {
    const sh = this.shell;
    for (const job of sh.jobs.all()) {
      if (JobTable.state(job) !== 'Done') continue;
      await sh.err(`${sh.jobs.format(job)}\n`);
      sh.jobs.remove(job);
      for (const p of job.procs) this.host.kernel.reap(p);
    }
  }

  private budgetReported = false;

  private budgetMessage(): string {
    return `lab: stopped after ${this.host.budget.limit} steps: the command did not finish (an endless loop?). Press Ctrl-C to stop a command yourself.\n`;
  }

  private async killRunaways(): Promise<void> {
    const victims = [...this.host.kernel.procs.values()].filter((p) => p.alive && p !== this.proc && p.sid === this.proc.sid);
    for (const p of victims) this.host.kernel.signal(p, SIGNALS.KILL!, null);
    await this.host.kernel.runUntil(Promise.all(victims.map((p) => p.exited)));
    for (const p of victims) this.host.kernel.reap(p);
    this.shell.jobs = new JobTable();
  }

  /** Ctrl-C: SIGINT to every process of the foreground line. */
  interrupt(): void {
    for (const p of this.host.kernel.procs.values()) {
      if (p !== this.proc && p.alive && p.sid === this.proc.sid) this.host.kernel.signal(p, SIGNALS.INT!, null);
    }
    this.host.budget.tripped = true;
    this.host.budget.interrupted = true;
  }
}
