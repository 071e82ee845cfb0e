import { describe, expect, it } from 'vitest';
import { createHost } from '../../src/runtime/host.ts';
import { ShellSession } from '../../src/runtime/session.ts';

/** A REPL-like session: programs that read the terminal get `typed` lines one by one, then Ctrl-D. */
function liveSession(typed: (string | null)[], tty = true) {
  const queue = [...typed];
  return new ShellSession(createHost({ seed: 1 }), {
    interactive: true,
    tty,
    liveInput: async () => {
      await new Promise((r) => setTimeout(r, 1));
      return queue.length ? queue.shift()! : null;
    },
  });
}

describe('a live terminal', () => {
  it('feeds typed lines to a program reading the terminal until Ctrl-D', async () => {
    const s = liveSession(['one\n', 'two\n', null]);
    const r = await s.run('cat; echo done');
    expect(r.stdout).toBe('one\ntwo\ndone\n');
  });

  it('does not let virtual time jump while the student types', async () => {
    const s = liveSession(['x\n']);
    const r = await s.run('sleep 100 & read v; echo "$v $SECONDS"');
    expect(r.stdout).toBe('x 0\n');
  });

  it('runs a nested interactive shell with its own prompt and startup files', async () => {
    const s = liveSession(['whoami\n', 'exit\n']);
    const r = await s.run('su - student');
    expect(r.stdout).toBe('student\n');
    // Ubuntu's ~/.bashrc colours the prompt on an xterm-256color terminal.
    const ps1 = '\x1b[01;32mstudent@lab\x1b[00m:\x1b[01;34m~\x1b[00m$ ';
    expect(r.stderr).toBe(`${ps1}${ps1}logout\n`);
  });
});
