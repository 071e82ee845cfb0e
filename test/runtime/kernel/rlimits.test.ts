import { describe, expect, it } from 'vitest';
import { newSession, run1 } from '../../helpers.ts';

const HOST_LIMITS = `Limit                     Soft Limit           Hard Limit           Units     
Max cpu time              unlimited            unlimited            seconds   
Max file size             unlimited            unlimited            bytes     
Max data size             unlimited            unlimited            bytes     
Max stack size            8388608              unlimited            bytes     
Max core file size        0                    unlimited            bytes     
Max resident set          unlimited            unlimited            bytes     
Max processes             4096                 4096                 processes 
Max open files            1024                 1048576              files     
Max locked memory         3150712832           3150712832           bytes     
Max address space         unlimited            unlimited            bytes     
Max file locks            unlimited            unlimited            locks     
Max pending signals       95763                95763                signals   
Max msgqueue size         819200               819200               bytes     
Max nice priority         0                    0                    
Max realtime priority     0                    0                    
Max realtime timeout      unlimited            unlimited            us        
`;

describe('resource limits', () => {
  it('/proc/PID/limits in the kernel format', async () => {
    expect(await run1('cat /proc/self/limits')).toMatchObject({ stdout: HOST_LIMITS, exit: 0 });
    expect((await run1('cat /proc/1/limits')).stdout).toBe(HOST_LIMITS);
  });

  it('children inherit the limits over fork and exec; the parent keeps its own', async () => {
    const s = newSession();
    expect((await s.run(`bash -c 'ulimit -n 64; ulimit -Sc 7; grep -E "open files|core" /proc/self/limits; bash -c "ulimit -n"'`)).stdout).toBe(
      'Max core file size        3584                 unlimited            bytes     \n' +
      'Max open files            64                   64                   files     \n' +
      '64\n',
    );
    expect((await s.run('ulimit -n')).stdout).toBe('1024\n');
  });

  it('RLIMIT_NOFILE: opening a descriptor at or past the soft limit is EMFILE', async () => {
    expect(await run1(`bash -c 'ulimit -n 3; echo a > f; echo rc=$?; cat < f'`)).toMatchObject({
      stdout: 'rc=1\n', stderr: 'bash: line 1: f: Too many open files\nbash: line 1: f: Too many open files\n',
    });
    expect(await run1(`bash -c 'ulimit -n 4; exec 3>/dev/null; echo a > f; echo rc=$?'`)).toMatchObject({ stdout: 'rc=1\n', stderr: 'bash: line 1: f: Too many open files\n' });
    expect(await run1(`bash -c 'ulimit -n 5; exec 3>/dev/null; echo a > f; cat f'`)).toMatchObject({ stdout: 'a\n', stderr: '' });
  });

  it('RLIMIT_NPROC: fork fails for an unprivileged user at the limit, root is exempt', async () => {
    const s = newSession();
    await s.run('useradd -m bob');
    const r = await s.run(`su bob -s /bin/bash -c 'ulimit -u 1; ls /; echo rc=$?'`);
    expect(r.stdout).toBe('rc=254\n');
    expect(r.stderr).toBe('bash: line 1: fork: retry: Resource temporarily unavailable\nbash: line 1: fork: Resource temporarily unavailable\n');
    expect((await s.run(`su bob -s /bin/bash -c 'ulimit -u 50; ls -d /'`)).stdout).toBe('/\n');
    expect((await s.run(`bash -c 'ulimit -u 1; ls -d /'`)).stdout).toBe('/\n');
  });

  it('RLIMIT_FSIZE: a write is cut at the limit and the writer dies of SIGXFSZ', async () => {
    expect(await run1(`bash -c 'ulimit -f 1; head -c 1000 /dev/zero > g; echo $?; wc -c < g'`)).toMatchObject({ stdout: '153\n512\n' });
    const r = await newSession().run(`docker run --rm --ulimit fsize=1024 busybox sh -c 'head -c 2000 /dev/zero > /tmp/x; echo $?; wc -c < /tmp/x'`);
    expect(r.stdout).toBe('153\n1024\n');
  });
});
