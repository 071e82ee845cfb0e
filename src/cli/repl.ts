import * as path from 'node:path';
import * as readline from 'node:readline';
import { saveHost } from '../runtime/persist/host-image.ts';
import { ShellSession } from '../runtime/session.ts';
import { parseScript } from '../runtime/shell/parse/parse.ts';
import { openWorkspace, toUtf8 } from './exec.ts';
import { saveState } from './state-store.ts';

/** `lab shell`: an interactive bash on the embedded host, in the current workspace. */
export async function runRepl(workdir: string): Promise<number> {
  const { host, file } = openWorkspace(path.resolve(workdir), false, undefined);
  const session = new ShellSession(host, {
    interactive: true,
    tty: process.stdout.isTTY === true,
    // A terminal shows UTF-8; recorded transcripts (lab exec) keep bash's C locale.
    lang: 'C.UTF-8',
    sink: { out: (s) => process.stdout.write(toUtf8(s)), err: (s) => process.stderr.write(toUtf8(s)) },
  });
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
  let running = false;
  rl.on('SIGINT', () => {
    if (running) session.interrupt();
    else {
      process.stdout.write('^C\n');
      rl.prompt();
    }
  });
  const prompt = () => {
    const cwd = session.shell.vars.get('PWD') ?? '/';
    const shown = cwd === '/root' ? '~' : cwd.startsWith('/root/') ? `~${cwd.slice(5)}` : cwd;
    rl.setPrompt(`root@${host.rootNs.uts.hostname}:${shown}# `);
    rl.prompt();
  };
  process.stdout.write('container-lab: an embedded Ubuntu 22.04 host. Type `exit` or press Ctrl-D to leave.\n');
  prompt();
  let buffer = '';
  for await (const line of rl) {
    buffer = buffer ? `${buffer}\n${line}` : line;
    if (parseScript(buffer).incomplete) {
      rl.setPrompt('> ');
      rl.prompt();
      continue;
    }
    const cmd = buffer;
    buffer = '';
    if (cmd.trim() !== '') {
      running = true;
      session.shell.history.push(cmd);
      await session.run(Buffer.from(cmd, 'utf8').toString('latin1'));
      running = false;
      saveState(file, saveHost(host, session));
      if (!session.proc.alive) break;
    }
    prompt();
  }
  rl.close();
  saveState(file, saveHost(host, session));
  return 0;
}
