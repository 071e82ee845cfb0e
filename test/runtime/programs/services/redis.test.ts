import { describe, expect, it } from 'vitest';
import { newSession } from '../../../helpers.ts';

const LINE = /^1:[CM] 05 Jan 2026 08:00:0\d\.\d{3} [*#] /;

describe('redis-server in the redis image (entrypoint → gosu redis → redis-server)', () => {
  it('logs the 7.2 start-up on stdout, runs as redis with its title, saves dump.rdb on SIGTERM and loads it again', async () => {
    const s = newSession();
    await s.run('docker run -d --name cache redis > /dev/null 2>&1');
    const logs = await s.run('docker logs cache');
    expect(logs.stderr).toBe('');
    const lines = logs.stdout.split('\n').filter(Boolean).map((l) => l.replace(LINE, ''));
    expect(lines).toEqual([
      'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo',
      'Redis version=7.2.4, bits=64, commit=00000000, modified=0, pid=1, just started',
      'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf',
      'monotonic clock: POSIX clock_gettime',
      'Running mode=standalone, port=6379.',
      'Server initialized',
      expect.stringMatching(/^WARNING Memory overcommit must be enabled!/),
      'Ready to accept connections tcp',
    ]);
    expect((await s.run('docker top cache -o pid,user,args')).stdout).toMatch(/^PID +USER +COMMAND\n\d+ +999 +redis-server \*:6379\n$/);
    await s.run('docker stop cache');
    expect((await s.run('docker logs cache | tail -5')).stdout).toMatch(/^1:signal-handler \(1767600000\) Received SIGTERM scheduling shutdown...\n.* \* User requested shutdown...\n.* \* Saving the final RDB snapshot before exiting.\n.* \* DB saved on disk\n.* # Redis is now ready to exit, bye bye...\n$/);
    expect((await s.run("docker inspect -f '{{.State.ExitCode}}' cache")).stdout).toBe('0\n');
    await s.run('sleep 3; docker start cache');
    const again = (await s.run('docker logs cache | tail -6')).stdout;
    expect(again).toContain('* Loading RDB produced by version 7.2.4\n');
    expect(again).toContain('* RDB age 3 seconds\n');
    expect((await s.run('docker exec cache ls -ln /data')).stdout).toMatch(/-rw------- 1 999 999 \d+ Jan  5 08:00 dump.rdb/);
  });

  it('redis-server --version and config errors; gosu switches users or says why not', async () => {
    const s = newSession();
    await s.run('docker pull -q redis > /dev/null');
    expect((await s.run('docker run --rm redis redis-server --version')).stdout).toMatch(/^Redis server v=7.2.4 sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=[0-9a-f]{16}\n$/);
    const bad = await s.run('docker run --rm redis redis-server --foo bar');
    expect(bad.stderr).toBe("\n*** FATAL CONFIG FILE ERROR (Redis 7.2.4) ***\nReading the configuration file, at line 2\n>>> 'foo \"bar\"'\nBad directive or wrong number of arguments\n");
    expect(bad.exit).toBe(1);
    expect((await s.run('docker run --rm redis gosu redis id')).stdout).toBe('uid=999(redis) gid=999(redis) groups=999(redis)\n');
    expect(await s.run('docker run --rm redis gosu nosuch id')).toMatchObject({ stderr: 'error: failed switching to "nosuch": unable to find user nosuch: no matching entries in passwd file\n', exit: 1 });
    expect((await s.run('docker run --rm redis gosu --version')).stdout).toBe('1.17 (go1.18.2 on linux/amd64; gc)\n');
  });
});
