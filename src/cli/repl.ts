import * as path from 'node:path';
import * as readline from 'node:readline';
import { saveHost } from '../runtime/persist/host-image.ts';
import { ShellSession } from '../runtime/session.ts';
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

/** `lab shell`: an interactive bash on the embedded host, in the current workspace. */
export async function runRepl(workdir: string): Promise<number> {
  const { host, file } = openWorkspace(path.resolve(workdir), false, undefined);
  const typed = new TypedLines();
  const tty = process.stdin.isTTY === true;
  let running = false;
  const session = new ShellSession(host, {
    interactive: true,
    tty: process.stdout.isTTY === true,
    // A terminal shows UTF-8; recorded transcripts (lab exec) keep bash's C locale.
    lang: 'C.UTF-8',
    sink: { out: (s) => process.stdout.write(toUtf8(s)), err: (s) => process.stderr.write(toUtf8(s)) },
    liveInput: async () => {
      const line = await typed.next();
      return line === null ? null : `${Buffer.from(line, 'utf8').toString('latin1')}\n`;
    },
  });
  let rlClosed = false;
  let rl: readline.Interface;
  const open = () => {
    rlClosed = false;
    rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: tty });
    rl.on('line', (l) => typed.push(l));
    rl.on('SIGINT', () => {
      if (running) session.interrupt();
      else {
        process.stdout.write('^C\n');
        prompt();
      }
    });
    rl.on('close', () => {
      // Ctrl-D ends the input of the program reading the terminal; at the prompt it logs out.
      rlClosed = true;
      typed.push(null);
    });
  };
  const prompt = () => {
    // Expanded inside the model: a PS1 with $(...) runs commands like any other.
    void host.kernel.runUntil(expandPrompt(session.shell, session.shell.vars.get('PS1') ?? '$ ')).then((r) => {
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
  process.stdout.write('container-lab: an embedded Ubuntu 22.04 host. Type `exit` or press Ctrl-D to leave.\n');
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
    if (cmd.trim() !== '') {
      running = true;
      session.shell.history.push(cmd);
      // While a program reads the terminal, readline must not redraw the prompt or recall history.
      const rli = rl! as unknown as { history: string[] };
      const history = rli.history;
      rli.history = [];
      rl!.setPrompt('');
      await session.run(Buffer.from(cmd, 'utf8').toString('latin1'));
      rli.history = history;
      running = false;
      saveState(file, saveHost(host, session));
      if (!session.proc.alive) break;
      // A program that read up to Ctrl-D closed the terminal's readline; open a fresh one.
      if (rlClosed && tty) open();
    }
    prompt();
  }
  rl!.close();
  saveState(file, saveHost(host, session));
  return 0;
}
