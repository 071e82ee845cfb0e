import { describe, expect, it } from 'vitest';
import { createHost } from '../../src/runtime/host.ts';
import { ShellSession } from '../../src/runtime/session.ts';

describe('aliases in an interactive shell', () => {
  it('expands an alias, passes the rest of the line, and does not recurse', async () => {
    const s = new ShellSession(createHost(), { interactive: true });
    await s.run("alias hi='echo hello'");
    await s.run("alias echo='echo [aliased]'");
    // The alias text starts with another alias, which bash expands too (but never one inside itself).
    expect((await s.run('hi world')).stdout).toBe('[aliased] hello world\n');
    expect((await s.run('echo x')).stdout).toBe('[aliased] x\n');
    expect((await s.run('\\echo x')).stdout).toBe('x\n');
  });

  it('is off in a non-interactive shell, as in bash -c', async () => {
    const s = new ShellSession(createHost());
    const r = await s.run("alias hi='echo hello'; hi");
    expect(r.stderr).toBe('bash: line 1: hi: command not found\n');
  });
});

describe('job notices in an interactive shell', () => {
  it('announces a background job and reports it done before the next prompt', async () => {
    const s = new ShellSession(createHost(), { interactive: true });
    const start = await s.run('sleep 2 &');
    expect(start.stderr).toMatch(/^\[1\] \d+\n$/);
    const later = await s.run('sleep 5');
    expect(later.stderr).toBe('[1]+  Done                    sleep 2 &\n');
  });
});
