import { describe, expect, it } from 'vitest';
import { Host } from '../../../../src/runtime/host.ts';
import { ShellSession } from '../../../../src/runtime/session.ts';
import { newSession } from '../../../helpers.ts';

function ttySession(input: string[]): ShellSession {
  const s = new ShellSession(new Host({ seed: 1 }), { interactive: true, tty: true });
  s.setPendingInput(input.map((l) => `${l}\n`));
  return s;
}

describe('docker run -it and attach', () => {
  it('enters the container shell on a terminal, with its prompt, until exit', async () => {
    const s = ttySession(['hostname', 'exit 3']);
    const r = await s.run('docker run -it busybox');
    expect(r.exit).toBe(3);
    expect(r.stdout).toMatch(/BusyBox v1\.35\.0 .* built-in shell \(ash\)\n/);
    expect(r.stdout).toMatch(/\n[0-9a-f]{12}\n$/);
    expect(r.stderr).toBe('/ # / # ');
  });

  it('detaches on Ctrl-P Ctrl-Q and leaves the container running', async () => {
    const s = ttySession(['\x10\x11']);
    const r = await s.run('docker run -it --name det busybox');
    expect(r).toMatchObject({ exit: 0 });
    expect(r.stderr).toContain('read escape sequence\n');
    expect((await s.run("docker ps --format '{{.Names}} {{.State}}'")).stdout).toBe('det running\n');
  });

  it('refuses -it without a terminal, keeps -di containers waiting for input, attach feeds them', async () => {
    const s = newSession();
    expect(await s.run('docker run -it busybox')).toMatchObject({ stderr: 'the input device is not a TTY\n', exit: 1 });
    await s.run('docker run -di --name waiter busybox');
    expect((await s.run("docker ps --format '{{.Names}}'")).stdout).toBe('waiter\n');
    const r = await s.run("printf 'echo fed\\nexit 4\\n' | docker attach waiter");
    expect(r).toMatchObject({ stdout: 'fed\n', exit: 4 });
  });

  it('-t output is one stream with CRLF line ends', async () => {
    const r = await newSession().run("docker run --rm -t busybox sh -c 'echo a; echo b >&2' | od -c");
    expect(r.stdout).toBe('0000000   a  \\r  \\n   b  \\r  \\n\n0000006\n');
  });
});

describe('docker run --init', () => {
  it('runs tini as PID 1, which passes SIGTERM on so stop ends at once with 143', async () => {
    const s = newSession();
    expect((await s.run('docker run --rm --init busybox ps')).stdout).toBe('PID   USER     COMMAND\n    1 root     /sbin/docker-init -- ps\n    7 root     ps\n');
    await s.run('docker run -d --init --name tini busybox sleep 100');
    expect((await s.run("docker stop tini; docker inspect -f '{{.State.ExitCode}}' tini")).stdout).toBe('tini\n143\n');
  });
});

describe('docker stop and a shell that traps SIGTERM', () => {
  it('runs the trap when the signal interrupts the last command (wait), as the real engine shows: exit 9', async () => {
    const s = newSession();
    await s.run(`docker run -d --name trapper busybox sh -c 'trap "exit 9" TERM; sleep 1000 & wait'`);
    await s.run("sleep 1");
    expect((await s.run("docker stop trapper; docker inspect -f '{{.State.ExitCode}}' trapper")).stdout).toBe('trapper\n9\n');
  });
});
