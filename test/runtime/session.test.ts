import { describe, expect, it } from 'vitest';
import { newSession, run1, runAll } from '../helpers.ts';

describe('shell session', () => {
  it('runs a command and collects its output', async () => {
    expect(await run1('echo hello world')).toEqual({ cmd: 'echo hello world', stdout: 'hello world\n', stderr: '', exit: 0 });
  });

  it('reports unknown commands like bash -c', async () => {
    const r = await run1('nosuchcmd');
    expect(r.stderr).toBe('bash: line 1: nosuchcmd: command not found\n');
    expect(r.exit).toBe(127);
  });

  it('keeps variables, functions and cwd between commands', async () => {
    const s = newSession();
    const r = await runAll(s, ['x=41', 'f() { echo $((x+1)); }', 'cd /tmp', 'f; pwd']);
    expect(r[3]!.stdout).toBe('42\n/tmp\n');
  });

  it('advances virtual time with sleep without waiting in real time', async () => {
    const s = newSession();
    const t0 = s.host.clock.now;
    const r = await s.run('sleep 1000; echo done');
    expect(r.stdout).toBe('done\n');
    expect(s.host.clock.now - t0).toBeGreaterThanOrEqual(1_000_000);
  });

  it('stops an endless loop at the step budget and keeps the session usable', async () => {
    const s = newSession({ stepLimit: 20_000 });
    const r = await s.run('while true; do :; done');
    expect(r.exit).toBe(130);
    expect(r.stderr).toMatch(/^lab: stopped after 20000 steps/);
    expect((await s.run('echo still here')).stdout).toBe('still here\n');
  });

  it('prints bash syntax errors with the -c prefix and status 2', async () => {
    const r = await run1('echo )');
    expect(r.stderr).toBe("bash: -c: line 1: syntax error near unexpected token `)'\nbash: -c: line 1: `echo )'\n");
    expect(r.exit).toBe(2);
  });

  it('starts a new login shell after exit', async () => {
    const s = newSession();
    const r = await runAll(s, ['x=1; exit 3', 'echo "[$x]"']);
    expect(r[0]!.exit).toBe(3);
    expect(r[1]!.stdout).toBe('[]\n');
  });
});

describe('runaway input', () => {
  it('survives a fork bomb: the budget stops it and every process it made is killed', async () => {
    const s = newSession();
    const r = await s.run(':(){ :|:& };:');
    expect(r.stderr).toMatch(/lab: stopped after 1000000 steps/);
    const alive = [...s.host.kernel.procs.values()].filter((p) => p.alive);
    expect(alive.map((p) => p.comm).sort()).toEqual(['bash', 'containerd', 'cron', 'dockerd', 'sshd', 'systemd']);
    expect((await s.run('echo alive')).stdout).toBe('alive\n');
  });
});

describe('Ctrl-C', () => {
  it('interrupts a busy command with status 130 and no budget message', async () => {
    const s = newSession();
    const pending = s.run('while :; do x=1; done');
    setTimeout(() => s.interrupt(), 30);
    const r = await pending;
    expect(r.exit).toBe(130);
    expect(r.stderr).toBe('');
    expect((await s.run('echo next')).stdout).toBe('next\n');
  });
});
