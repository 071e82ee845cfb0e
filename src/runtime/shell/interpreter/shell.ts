import type { Function as FunctionNode } from 'unbash';
import { Vfs } from '../../kernel/fs/vfs.ts';
import type { Kernel } from '../../kernel/kernel.ts';
import type { FdTable } from '../../kernel/proc/fd-table.ts';
import type { Process } from '../../kernel/proc/process.ts';
import type { ShellSystem } from './system.ts';
import { VarStore } from './vars.ts';
import { writeTo } from './io.ts';
import { JobTable } from './jobs.ts';
import { DIALECTS, type Dialect, type DialectInfo } from './dialect.ts';
import { exportedFunctionText } from './function-text.ts';

export interface ShellOptions {
  errexit: boolean;
  nounset: boolean;
  xtrace: boolean;
  verbose: boolean;
  pipefail: boolean;
  noglob: boolean;
  noclobber: boolean;
  allexport: boolean;
  monitor: boolean;
  notify: boolean;
  hashall: boolean;
  braceexpand: boolean;
  histexpand: boolean;
  noexec: boolean;
  posix: boolean;
  errtrace: boolean;
  functrace: boolean;
}

export const OPTION_LETTERS: Record<string, keyof ShellOptions> = {
  e: 'errexit', u: 'nounset', x: 'xtrace', v: 'verbose', f: 'noglob', C: 'noclobber', a: 'allexport',
  m: 'monitor', b: 'notify', h: 'hashall', B: 'braceexpand', H: 'histexpand', n: 'noexec',
  E: 'errtrace', T: 'functrace',
};

const defaultOptions = (): ShellOptions => ({
  errexit: false, nounset: false, xtrace: false, verbose: false, pipefail: false, noglob: false,
  noclobber: false, allexport: false, monitor: false, notify: false, hashall: true, braceexpand: true,
  histexpand: false, noexec: false, posix: false, errtrace: false, functrace: false,
});

export interface FunctionOrigin {
  /** The source text the definition's node positions refer to. */
  text: string;
  lineBase: number;
  /** BASH_SOURCE of the body: the file it was read from, or `environment`. */
  label: string;
}

/**
 * The state of one bash process. A subshell (fork) gets a copy; builtins change it in place.
 * Execution lives in exec-*.ts and takes the shell as its first argument.
 */
export class Shell {
  vars: VarStore;
  functions: Map<string, FunctionNode>;
  /** Each function's definition text (for `type`, `declare -f` and saving the session). */
  functionSources = new Map<string, string>();
  aliases: Map<string, string>;
  positional: string[] = [];
  arg0 = 'bash';
  opts: ShellOptions = defaultOptions();
  shopts = new Set<string>(['extglob', 'globasciiranges', 'globskipdots', 'patsub_replacement', 'sourcepath', 'checkwinsize', 'cmdhist', 'complete_fullquote', 'extquote', 'force_fignore', 'hostcomplete', 'interactive_comments', 'progcomp', 'promptvars']);
  traps = new Map<string, string>();
  /** In a subshell, the parent's traps: `trap` lists them until the subshell sets one itself. */
  shownTraps: Map<string, string> | undefined;
  jobs: JobTable;
  lastStatus = 0;
  /** Counts command substitutions, so an assignment-only command knows whether one ran. */
  substitutions = 0;
  /** While the EXIT trap runs: the status it started with, which a bare `exit` there uses. */
  exitTrapStatus: number | undefined;
  lastBgPid = 0;
  pipestatus: number[] = [0];
  /** Interactive shells print `bash: x:`; `bash -c` and scripts print `bash: line N: x:`. */
  interactive = false;
  /** Line of the command being run, for LINENO and error messages. */
  lineno = 1;
  /** Offset of the source being run, to compute line numbers from node positions. */
  source = '';
  loopDepth = 0;
  funcNames: string[] = [];
  /** Set while running the condition of if/while/&&/|| or a `!` pipeline: set -e does not apply. */
  errexitSuppressed = 0;
  /** Counts steps for the budget; shared with children through the system. */
  readonly vfs: Vfs;
  dirStack: string[] = [];
  hashTable = new Map<string, string>();
  /** True in a forked child (subshell, pipeline element, command substitution). */
  subshell = 0;
  /** Command substitution nesting, for `exit` behaviour and error texts. */
  inCommandSubst = false;
  /** $$: the pid of the main shell, kept by subshells. */
  topPid = 0;
  /** Virtual time the shell started, for SECONDS. */
  startTime = 0;
  /**
   * This (forked) shell's only job is one simple command: an external program then replaces the
   * shell (execve without fork) instead of running as its child. Consumed by the first command.
   */
  oneShot = false;
  /** A login shell (`-bash`, `bash -l`): `exit` and Ctrl-D say `logout`. */
  loginShell = false;
  /** `$_`: the last argument of the previous simple command. */
  lastArg = '';
  /** Functions marked with export -f (passed to child shells in the environment). */
  exportedFunctions = new Set<string>();
  /** Started as `bash -c` (shows `c` in $-). */
  dashC = false;
  /** Descriptors opened for `<(…)` while the current command runs; closed after it. */
  procSubstFds: number[] = [];
  /** Command substitution nesting for `set -x`: bash repeats PS4's first character per level. */
  traceDepth = 1;
  /** Depth of `source`: `return` is allowed there. */
  sourcing = 0;
  /** Set by `exec` with only redirections: they stay on the shell instead of being undone. */
  keepRedirects = false;
  /** Position inside the current argument for getopts. */
  getoptsPos = 1;
  /** Lines entered in an interactive session (history builtin). */
  history: string[] = [];
  /** Aliases being expanded (an alias is not expanded again inside its own text). */
  expandingAliases = new Set<string>();
  /** What the running text came from: `-c`, a script or sourced file's path, `environment`. */
  srcLabel = '-c';
  /**
   * The name bash puts before diagnostics instead of $0 (BASH_SOURCE[0]): a sourced file's path,
   * or where the running function was defined (`environment` for functions of a `bash -c` string).
   */
  errName: string | null = null;
  /** Counts `trap ... RETURN`: the trap fires for a function that set it (or for all with set -T). */
  returnTrapSets = 0;
  /** Where each function was defined, so its body's line numbers and diagnostics refer to that text. */
  funcOrigins = new Map<string, FunctionOrigin>();

  constructor(
    readonly proc: Process,
    readonly kernel: Kernel,
    readonly sys: ShellSystem,
    vars?: VarStore,
  ) {
    this.vars = vars ?? new VarStore();
    this.functions = new Map();
    this.aliases = new Map();
    this.jobs = new JobTable();
    this.vfs = new Vfs(kernel, proc, sys.devices);
  }

  /** Copy of the state for a forked child running as `proc`. */
  forkInto(proc: Process): Shell {
    const c = new Shell(proc, this.kernel, this.sys, this.vars.clone());
    c.functions = new Map(this.functions);
    c.functionSources = new Map(this.functionSources);
    c.funcOrigins = new Map(this.funcOrigins);
    c.srcLabel = this.srcLabel;
    c.errName = this.errName;
    c.exportedFunctions = new Set(this.exportedFunctions);
    c.lastArg = this.lastArg;
    c.aliases = new Map(this.aliases);
    c.positional = [...this.positional];
    c.arg0 = this.arg0;
    c.opts = { ...this.opts };
    c.shopts = new Set(this.shopts);
    // Traps other than ignored ones are reset in subshells (bash keeps them visible to `trap`).
    for (const [k, v] of this.traps) if (v === '') c.traps.set(k, v);
    c.shownTraps = new Map(this.shownTraps ?? this.traps);
    c.lastStatus = this.lastStatus;
    c.lastBgPid = this.lastBgPid;
    c.interactive = false;
    c.lineno = this.lineno;
    c.source = this.source;
    c.lineBase = this.lineBase;
    c.funcNames = [...this.funcNames];
    c.subshell = this.subshell + 1;
    c.dirStack = [...this.dirStack];
    c.hashTable = new Map(this.hashTable);
    c.errexitSuppressed = this.errexitSuppressed;
    c.topPid = this.topPid;
    c.startTime = this.startTime;
    c.dashC = this.dashC;
    c.dialect = this.dialect;
    c.traceDepth = this.traceDepth;
    return c;
  }

  get fds(): FdTable {
    return this.proc.fds;
  }

  get name(): string {
    return this.arg0.split('/').pop() ?? 'bash';
  }

  /** bash, dash or busybox ash: same language, different wording of diagnostics. */
  dialect: Dialect = 'bash';

  get words(): DialectInfo {
    return DIALECTS[this.dialect];
  }

  /** The prefix the shell puts before its own diagnostics. */
  errPrefix(): string {
    const name = this.dialect !== 'bash' ? this.arg0 : this.errName !== null && !this.interactive ? this.errName : this.name;
    return this.words.prefix(name, this.lineno, this.interactive);
  }

  async out(text: string): Promise<void> {
    await writeTo(this.proc, this.fds.get(1), text);
  }

  /** Writes a diagnostic to fd 2; a closed stderr silently drops it, as bash does. */
  async err(text: string): Promise<void> {
    const f = this.fds.get(2);
    if (!f?.output) return;
    try {
      await f.output.write(this.proc, text);
    } catch {
      // bash ignores write errors on its own diagnostics
    }
  }

  /** `set -x`: writes one traced command line with PS4 (its first character repeated per level). */
  async trace(text: string): Promise<void> {
    if (!this.opts.xtrace) return;
    const ps4 = this.vars.get('PS4') ?? '+ ';
    await this.err(`${ps4.slice(0, 1).repeat(Math.max(0, this.traceDepth - 1))}${ps4}${text}\n`);
  }

  /** `bash: line 1: MESSAGE` on stderr. */
  async diag(message: string): Promise<void> {
    await this.err(`${this.errPrefix()}${message}\n`);
  }

  get cwd(): string {
    return this.proc.cwd;
  }

  /** Lines before the current source (a shell reading a script line by line). */
  lineBase = 0;

  /** Line number of a node position in the current source. */
  lineOf(pos: number): number {
    let n = 1 + this.lineBase;
    const end = Math.min(pos, this.source.length);
    for (let i = 0; i < end; i++) if (this.source.charCodeAt(i) === 10) n++;
    return n;
  }

  /** The environment for a new program: exported variables plus command-prefix assignments. */
  /** Whether LC_ALL / LC_CTYPE / LANG select a UTF-8 locale (multibyte characters). */
  utf8Locale(): boolean {
    const loc = this.vars.get('LC_ALL') || this.vars.get('LC_CTYPE') || this.vars.get('LANG') || '';
    return /utf-?8/i.test(loc);
  }

  environment(extra?: Map<string, string>): Map<string, string> {
    const env = this.vars.environment();
    for (const f of this.exportedFunctions) {
      const text = this.functions.has(f) ? exportedFunctionText(this, f) : undefined;
      if (text !== undefined) env.set(`BASH_FUNC_${f}%%`, text);
    }
    if (extra) for (const [k, v] of extra) env.set(k, v);
    return env;
  }
}
