import { SIGNALS } from '../kernel/proc/signals.ts';
import type { Process } from '../kernel/proc/process.ts';
import { runChild } from '../shell/interpreter/exec.ts';
import { runScriptFile, runSourceText } from '../shell/interpreter/script.ts';
import { Shell, OPTION_LETTERS } from '../shell/interpreter/shell.ts';
import type { ShellSystem } from '../shell/interpreter/system.ts';
import { feedLines } from '../shell/interpreter/feeder.ts';
import { initShellVars } from '../shell/interpreter/init-vars.ts';
import type { Kernel } from '../kernel/kernel.ts';

/**
 * `bash [-eux] [-o opt] (-c CMD [NAME [ARGS]] | FILE [ARGS] | < stdin)` and `sh` (dash's role,
 * run by the same interpreter in posix mode).
 */
export async function bashMain(kernel: Kernel, sys: ShellSystem, proc: Process, argv: string[], mode: 'bash' | 'sh' | 'ash'): Promise<number> {
  const sh = new Shell(proc, kernel, sys);
  sh.arg0 = argv[0] ?? mode;
  sh.topPid = proc.pid;
  sh.startTime = kernel.clock.now;
  initShellVars(sh, proc.env, mode === 'bash' ? 'bash' : 'sh');
  sh.lastArg = proc.env.get('_') ?? sh.arg0;
  if (mode === 'bash') await importFunctions(sh, proc.env);
  if (mode !== 'bash') {
    sh.opts.posix = true;
    sh.dialect = mode === 'sh' ? 'dash' : 'ash';
    // Neither dash nor busybox ash does brace expansion.
    sh.opts.braceexpand = false;
  }
  let i = 1;
  let command: string | undefined;
  let login = (argv[0] ?? '').startsWith('-');
  let forceInteractive = false;
  let norc = false;
  let noprofile = false;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-c') {
      command = argv[++i];
      if (command === undefined) {
        // busybox ash names itself by argv[0] and words it differently from bash/dash.
        await sh.err(mode === 'ash' ? `${argv[0]}: -c requires an argument\n` : `${sh.name}: -c: option requires an argument\n`);
        return 2;
      }
      continue;
    }
    if (a === '-o' || a === '+o') {
      const name = argv[++i] ?? '';
      if (name in sh.opts) (sh.opts as unknown as Record<string, boolean>)[name] = a === '-o';
      continue;
    }
    if (/^--(norc|noprofile|login|posix)$/.test(a)) {
      if (a === '--posix') sh.opts.posix = true;
      if (a === '--login') login = true;
      if (a === '--norc') norc = true;
      if (a === '--noprofile') noprofile = true;
      continue;
    }
    if (a === '--version') {
      await sh.out('GNU bash, version 5.1.16(1)-release (x86_64-pc-linux-gnu)\nCopyright (C) 2020 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>\n\nThis is free software; you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n');
      return 0;
    }
    if (/^[-+][a-zA-Z]+$/.test(a)) {
      for (const c of a.slice(1)) {
        const opt = OPTION_LETTERS[c];
        if (opt) (sh.opts as unknown as Record<string, boolean>)[opt] = a[0] === '-';
        else if (c === 'i') forceInteractive = true;
        else if (c === 'l') login = true;
        else if (c === 'c' && a[0] === '-') {
          // `sh -xc CMD`: -c grouped with other letters takes the next word as the command.
          command = argv[++i];
          if (command === undefined) {
            await sh.err(mode === 'ash' ? `${argv[0]}: -c requires an argument\n` : `${sh.name}: -c: option requires an argument\n`);
            return 2;
          }
        } else if (!'sr'.includes(c)) {
          await sh.err(`${sh.name}: ${a[0]}${c}: invalid option\n`);
          return 2;
        }
      }
      continue;
    }
    break;
  }
  const rest = argv.slice(i);
  return runChild(sh, async (s) => {
    if (login && mode === 'bash') {
      s.loginShell = true;
      s.shopts.add('login_shell');
      // Login shells read the profile files even with -c (`su - user -c cmd`, `bash -lc`).
      if (command !== undefined || rest.length > 0) await readStartupFiles(s, true, noprofile, norc);
    }
    if (command !== undefined) {
      s.dashC = true;
      // bash -c execs its last simple command instead of forking for it.
      s.oneShot = mode === 'bash' || mode === 'ash';
      if (rest.length > 0) {
        s.arg0 = rest[0]!;
        s.positional = rest.slice(1);
      }
      return runSourceText(s, command, '-c');
    }
    if (rest.length > 0) {
      s.arg0 = rest[0]!;
      s.positional = rest.slice(1);
      return runScriptFile(s, rest[0]!);
    }
    const stdin = s.fds.get(0)?.input;
    if (forceInteractive || (stdin?.tty === true && s.fds.get(2)?.output !== undefined)) {
      if (mode !== 'bash') {
        // busybox ash prompts `\w \$ ` (`/ # ` in a container), dash `# ` or `$ `; no rc files.
        if (s.vars.get('PS1') === undefined) s.vars.set('PS1', mode === 'ash' ? '\\w \\$ ' : s.proc.creds.uid === 0 ? '# ' : '$ ');
        await startInteractive(s, false, true, true);
        // Debian's busybox greets an interactive ash (the docker busybox image is that build).
        if (mode === 'ash') await s.out("\n\nBusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) built-in shell (ash)\nEnter 'help' for a list of built-in commands.\n\n");
        return feedLines(s, { prompt: true, login: false });
      }
      await startInteractive(s, login, norc, noprofile);
      return feedLines(s, { prompt: true, login });
    }
    return feedLines(s);
  });
}

/** Functions a parent bash exported (BASH_FUNC_name%%=() { ...}) are defined again, still exported. */
async function importFunctions(sh: Shell, env: Map<string, string>): Promise<void> {
  for (const [k, v] of env) {
    const m = /^BASH_FUNC_([^=/]+)%%$/.exec(k);
    if (!m || !v.startsWith('() {')) continue;
    const saved = sh.source;
    const status = await runSourceText(sh, `${m[1]} ${v}`, 'environment');
    sh.source = saved;
    if (status === 0 && sh.functions.has(m[1]!)) sh.exportedFunctions.add(m[1]!);
  }
}

/** An interactive bash on a terminal (`su - student`, `bash`): signals, prompt, startup files. */
async function startInteractive(sh: Shell, login: boolean, norc: boolean, noprofile: boolean): Promise<void> {
  sh.interactive = true;
  sh.proc.dispositions.set(SIGNALS.INT!, 'handle');
  sh.proc.dispositions.set(SIGNALS.TERM!, 'ignore');
  sh.proc.dispositions.set(SIGNALS.QUIT!, 'ignore');
  sh.shopts.add('expand_aliases');
  if (sh.vars.get('PS1') === undefined) sh.vars.set('PS1', '\\s-\\v\\$ ');
  if (sh.vars.get('PS2') === undefined) sh.vars.set('PS2', '> ');
  await readStartupFiles(sh, login, noprofile, norc);
}

/** /etc/profile and the first of ~/.bash_profile, ~/.bash_login, ~/.profile for login shells; else the bashrc files. */
async function readStartupFiles(sh: Shell, login: boolean, noprofile: boolean, norc: boolean): Promise<void> {
  const home = sh.vars.get('HOME') ?? '/';
  const files = login
    ? noprofile ? [] : ['/etc/profile', [`${home}/.bash_profile`, `${home}/.bash_login`, `${home}/.profile`].find((f) => exists(sh, f)) ?? '']
    : norc ? [] : ['/etc/bash.bashrc', `${home}/.bashrc`];
  for (const f of files) {
    if (!f || !exists(sh, f)) continue;
    let text: string;
    try {
      text = sh.vfs.readFile(f);
    } catch {
      continue;
    }
    const saved = sh.source;
    await runSourceText(sh, text, f).catch(() => 1);
    sh.source = saved;
  }
}

function exists(sh: Shell, path: string): boolean {
  try {
    return sh.vfs.stat(path).type === 'file';
  } catch {
    return false;
  }
}
