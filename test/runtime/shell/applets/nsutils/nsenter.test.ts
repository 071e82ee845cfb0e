import { describe, expect, it } from 'vitest';
import { newSession, run1 } from '../../../../helpers.ts';

/** Starts a long-running process in new namespaces and returns its pid (as the host sees it). */
async function background(s: ReturnType<typeof newSession>, line: string): Promise<string> {
  const r = await s.run(line);
  return r.stdout.trim().split('\n').pop()!;
}

describe('nsenter', () => {
  it("runs a program in the target's UTS namespace", async () => {
    const s = newSession();
    const pid = await background(s, "unshare -u sh -c 'hostname inner; sleep 100 & echo $!'");
    expect((await s.run(`nsenter -t ${pid} -u hostname; hostname`)).stdout).toBe('inner\nlab\n');
    expect((await s.run(`nsenter --target ${pid} --uts sh -c 'hostname again; hostname'; hostname`)).stdout).toBe('again\nlab\n');
  });

  it('enters a pid and mount namespace and forks into it', async () => {
    const s = newSession();
    const inner = await background(s, "unshare -pfm --mount-proc sleep 100 & sleep 1; ps -e -o pid=,comm= | grep sleep | tail -1 | awk '{print $1}'");
    const r = await s.run(`nsenter -t ${inner} -p -m sh -c 'echo $$; pwd; ps -e -o pid=,comm='`);
    expect(r.stdout).toBe('2\n/\n      1 sleep\n      2 sh\n      3 ps\n');
  });

  it('reports errors with util-linux texts', async () => {
    expect(await run1('nsenter -t 999 -u true')).toMatchObject({ stderr: 'nsenter: cannot open /proc/999/ns/uts: No such file or directory\n', exit: 1 });
    expect(await run1('nsenter -u true')).toMatchObject({ stderr: 'nsenter: neither filename nor target pid supplied for ns/uts\n', exit: 1 });
    expect(await run1('nsenter -t abc -u true')).toMatchObject({ stderr: "nsenter: failed to parse pid: 'abc'\n", exit: 1 });
    expect(await run1('nsenter -a true')).toMatchObject({ stderr: 'nsenter: no target PID specified for --all\n', exit: 1 });
    expect(await run1('nsenter nosuch')).toMatchObject({ stderr: 'nsenter: failed to execute nosuch: No such file or directory\n', exit: 127 });
    expect(await run1('nsenter -x')).toMatchObject({ stderr: "nsenter: invalid option -- 'x'\nTry 'nsenter --help' for more information.\n", exit: 1 });
    expect(await run1('nsenter --foo')).toMatchObject({ stderr: "nsenter: unrecognized option '--foo'\nTry 'nsenter --help' for more information.\n", exit: 1 });
  });

  it("denies another user's namespaces to non-root callers", async () => {
    const s = newSession();
    s.proc.creds = { uid: 1000, gid: 1000, groups: [1000] };
    expect(await s.run('nsenter -t 1 -u true')).toMatchObject({ stderr: 'nsenter: cannot open /proc/1/ns/uts: Permission denied\n', exit: 1 });
  });

  it('prints help and version', async () => {
    expect((await run1('nsenter --help')).stdout.startsWith('\nUsage:\n nsenter [options] [<program> [<argument>...]]\n')).toBe(true);
    expect((await run1('nsenter -V')).stdout).toBe('nsenter from util-linux 2.38.1\n');
  });
});
