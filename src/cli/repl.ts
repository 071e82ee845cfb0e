import * as path from 'node:path';
import * as readline from 'node:readline';
import type { Host } from '../runtime/host.ts';
import { saveHost } from '../runtime/persist/host-image.ts';
import { type CommandResult, ShellSession } from '../runtime/session.ts';
import { parseScript } from '../runtime/shell/parse/parse.ts';
import { expandPrompt } from '../runtime/shell/interpreter/prompt.ts';
import { openWorkspace, toUtf8 } from './exec.ts';
import { saveState } from './state-store.ts';

/**
 * Lines typed at the terminal, shared by the prompt loop and by programs that read the terminal
 * while they run (`cat`, `read`, `su`'s password, a nested shell). Ctrl-D gives null once.
 */
class TypedLines {
  private queue: (string | null)[] = [];
  private waiter: ((l: string | null) => void) | null = null;
  push(line: string | null): void {
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w(line);
    } else this.queue.push(line);
  }
  next(): Promise<string | null> {
    if (this.queue.length) return Promise.resolve(this.queue.shift()!);
    return new Promise((r) => (this.waiter = r));
  }
}

/** How one command is wired to the terminal: live output, typed lines. */
export interface ReplIo {
  sink: { out: (s: string) => void; err: (s: string) => void };
  liveInput: () => Promise<string | null>;
}

/** What the prompt loop drives: a bare host (`lab shell`) or the lab (`lab start --plain`). */
export interface ReplTarget {
  host(): Host;
  session(): ShellSession;
  /** Runs one complete command (model bytes) with live output. */
  run(cmd: string, io: ReplIo): Promise<CommandResult>;
  /** A line the REPL itself answers (`:hint`): true when it did, 'quit' to end the loop. */
  command?(line: string): Promise<boolean | 'quit'>;
  /** After each command (save the host, show the checklist). */
  after?(result: CommandResult): Promise<void>;
  /** The readline interface must let go of the terminal while `fn` runs (an @inquirer prompt). */
  setSuspender?(suspend: <T>(fn: () => Promise<T>) => Promise<T>): void;
}

/** The prompt loop of an interactive bash on the embedded host, with readline's line editing. */
export async function replLoop(target: ReplTarget, banner: string): Promise<number> {
  const typed = new TypedLines();
  const tty = process.stdin.isTTY === true;
  let running = false;
  const io: ReplIo = {
    sink: { out: (s) => process.stdout.write(toUtf8(s)), err: (s) => process.stderr.write(toUtf8(s)) },
    liveInput: async () => {
      const line = await typed.next();
      return line === null ? null : `${Buffer.from(line, 'utf8').toString('latin1')}\n`;
    },
  };
  let rlClosed = false;
  let suspended = false;
  let rl: readline.Interface;
  const open = () => {
    rlClosed = false;
    rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: tty });
    rl.on('line', (l) => typed.push(l));
    rl.on('SIGINT', () => {
      if (running) target.session().interrupt();
      else {
        process.stdout.write('^C\n');
        prompt();
      }
    });
    rl.on('close', () => {
      // Ctrl-D ends the input of the program reading the terminal; at the prompt it logs out.
      rlClosed = true;
      if (!suspended) typed.push(null);
    });
  };
  target.setSuspender?.(async (fn) => {
    suspended = true;
    rl.close();
    try {
      return await fn();
    } finally {
      suspended = false;
      open();
    }
  });
  const prompt = () => {
    // Expanded inside the model: a PS1 with $(...) runs commands like any other.
    const session = target.session();
    void target.host().kernel.runUntil(expandPrompt(session.shell, session.shell.vars.get('PS1') ?? '$ ')).then((r) => {
      rl.setPrompt(typeof r === 'object' && 'value' in r ? toUtf8(r.value) : '$ ');
      rl.prompt();
    });
  };
  open();
  // Ctrl-P Ctrl-Q while a command runs: Docker's detach keys, passed to the program reading the
  // terminal (`docker run -it`, `docker attach`) instead of readline's history keys.
  let ctrlP = false;
  process.stdin.on('keypress', (_s: string, key?: { ctrl?: boolean; name?: string }) => {
    const was = ctrlP;
    ctrlP = running && key?.ctrl === true && key.name === 'p';
    if (running && was && key?.ctrl && key.name === 'q') {
      rl.write(null, { ctrl: true, name: 'u' });
      typed.push('\x10\x11');
    }
  });
  process.stdout.write(banner);
  prompt();
  let buffer = '';
  for (;;) {
    const line = await typed.next();
    if (line === null) {
      if (buffer === '') break;
      buffer = '';
      prompt();
      continue;
    }
    buffer = buffer ? `${buffer}\n${line}` : line;
    if (parseScript(buffer).incomplete) {
      rl!.setPrompt('> ');
      rl!.prompt();
      continue;
    }
    const cmd = buffer;
    buffer = '';
    const handled = cmd.trim() === '' ? false : await target.command?.(cmd.trim());
    if (handled === 'quit') break;
    if (cmd.trim() !== '' && !handled) {
      running = true;
      target.session().shell.history.push(cmd);
      // While a program reads the terminal, readline must not redraw the prompt or recall history.
      const rli = rl! as unknown as { history: string[] };
      const history = rli.history;
      rli.history = [];
      rl!.setPrompt('');
      const result = await target.run(Buffer.from(cmd, 'utf8').toString('latin1'), io);
      (rl! as unknown as { history: string[] }).history = history;
      running = false;
      await target.after?.(result);
      if (!target.session().proc.alive) break;
      // A program that read up to Ctrl-D closed the terminal's readline; open a fresh one.
      if (rlClosed && tty) open();
    }
    prompt();
  }
  rl!.close();
  return 0;
}

/** `lab shell`: an interactive bash on the embedded host, in the current workspace. */
export async function runRepl(workdir: string): Promise<number> {
  const { host, file } = await openWorkspace(path.resolve(workdir), false, undefined);
  let io: ReplIo | null = null;
  const session = new ShellSession(host, {
    interactive: true,
    tty: process.stdout.isTTY === true,
    // A terminal shows UTF-8; recorded transcripts (lab exec) keep bash's C locale.
    lang: 'C.UTF-8',
    sink: { out: (s) => io?.sink.out(s), err: (s) => io?.sink.err(s) },
    liveInput: () => io?.liveInput() ?? Promise.resolve(null),
  });
  const code = await replLoop(
    {
      host: () => host,
      session: () => session,
      run: async (cmd, attached) => {
        io = attached;
        try {
          return await session.run(cmd);
        } finally {
          io = null;
        }
      },
      after: async () => saveState(file, saveHost(host, session)),
    },
    'container-lab: an embedded Ubuntu 22.04 host. Type `exit` or press Ctrl-D to leave.\n',
  );
  saveState(file, saveHost(host, session));
  return code;
}
