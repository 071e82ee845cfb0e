import { describe, expect, it } from 'vitest';
import { newSession } from '../../../../helpers.ts';

const queues = async (s: ReturnType<typeof newSession>, line: string) => (await s.run(`${line} | grep -c '^0x'`)).stdout;

// The first docker command loads the engine (about 1.8 s): the docker cases live in their own file.
describe('IPC namespaces of containers', () => {
  it('docker run --ipc host sees the host objects; a private IPC namespace does not', async () => {
    const s = newSession();
    await s.run('ipcmk -Q');
    // busybox's own ipcs (the official image has it; Debian's build does not)
    expect(await queues(s, 'docker run --rm --ipc host busybox:musl ipcs -q')).toBe('1\n');
    expect(await queues(s, 'docker run --rm busybox:musl ipcs -q')).toBe('0\n');
    expect(await queues(s, 'docker run --rm --ipc private busybox:musl ipcs')).toBe('0\n');
  });

  it('--ipc container:NAME joins a shareable container, and ipcrm there removes for both', async () => {
    const s = newSession();
    await s.run('docker run -d --name ipcbox --ipc shareable busybox:musl sleep 1000');
    await s.run("docker exec ipcbox sh -c 'echo' >/dev/null");
    // busybox has no ipcmk: create the segment from a host process that joins the namespace
    const pid = (await s.run("docker inspect -f '{{.State.Pid}}' ipcbox")).stdout.trim();
    expect((await s.run(`nsenter -t ${pid} -i ipcmk -M 100`)).stdout).toBe('Shared memory id: 0\n');
    expect(await queues(s, 'ipcs -m')).toBe('0\n');
    expect(await queues(s, 'docker run --rm --ipc container:ipcbox busybox:musl ipcs -m')).toBe('1\n');
    expect(await s.run('docker exec ipcbox ipcrm -m 0')).toMatchObject({ stderr: '', exit: 0 });
    expect(await queues(s, 'docker run --rm --ipc container:ipcbox busybox:musl ipcs -m')).toBe('0\n');
  });

  it('busybox ipcs/ipcrm keep their own texts (from busybox 1.36 util-linux/ipcs.c, ipcrm.c: no binary here to record)', async () => {
    const s = newSession();
    await s.run('ipcmk -Q');
    const l = await s.run('docker run --rm --ipc host busybox:musl ipcs -l -q');
    expect(l.stdout).toBe('\n------ Messages: Limits --------\nmax queues system wide = 32000\nmax size of message (bytes) = 8192\ndefault max size of queue (bytes) = 16384\n\n');
    // the creator is a host process: invisible from the container's pid namespace, so cpid 0
    await s.run('ipcmk -M 10');
    expect((await s.run('docker run --rm --ipc host busybox:musl ipcs -m -i 0')).stdout).toContain('bytes=10\tlpid=0\tcpid=0\tnattch=0\n');
    expect(await s.run('docker run --rm --ipc host busybox:musl ipcrm -q 5 -q 0')).toMatchObject({ stderr: 'ipcrm: invalid id (5)\n', exit: 1 });
    expect((await s.run("ipcs -q | grep -c '^0x'")).stdout).toBe('0\n');
  });
});
