import { describe, expect, test } from 'vitest';
import { newSession, runAll } from '../../../helpers.ts';

// Texts verified against Docker CLI 28.2.2 + Engine 20.10.24 (usage figures are the model's).
const run = async (lines: string[]) => runAll(newSession(), lines);

describe('docker stats --no-stream', () => {
  test('table, -a, json and templates', async () => {
    const r = await run([
      'docker run -d --name tp -m 64m busybox sleep 300', 'docker create --name tc busybox', 'docker stats --no-stream', 'docker stats --no-stream -a | tail -n +2 | head -1',
      'docker stats --no-stream --format json tp', "docker stats --no-stream --format '{{.Name}} {{.PIDs}} {{.MemUsage}}' tp", 'docker stats --no-stream nosuch',
    ]);
    const id = r[0]!.stdout.slice(0, 12);
    expect(r[2]!.stdout.split('\n')[0]).toBe('CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT   MEM %     NET I/O   BLOCK I/O   PIDS');
    expect(r[2]!.stdout.split('\n')[1]).toMatch(new RegExp(`^${id}   tp        0\\.00%     \\S+ / 64MiB +\\d+\\.\\d\\d% +\\S+ / \\S+ +0B / 0B +1$`));
    expect(r[3]!.stdout).toBe(`${r[1]!.stdout.slice(0, 12)}   tc        0.00%     0B / 0B             0.00%     0B / 0B   0B / 0B     0\n`);
    expect(Object.keys(JSON.parse(r[4]!.stdout))).toEqual(['BlockIO', 'CPUPerc', 'Container', 'ID', 'MemPerc', 'MemUsage', 'Name', 'NetIO', 'PIDs']);
    expect(r[5]!.stdout).toMatch(/^tp 1 \S+ \/ 64MiB\n$/);
    expect([r[6]!.stderr, r[6]!.exit]).toEqual(['Error response from daemon: No such container: nosuch\n', 1]);
  });
});

describe('docker update', () => {
  test('updates HostConfig and the cgroup files', async () => {
    const r = await run([
      'docker run -d --name upd busybox sleep 1000', 'docker update --cpus 0.25 upd', 'docker update --pids-limit 5 upd > /dev/null',
      'cat /sys/fs/cgroup/pids/docker/*/pids.max /sys/fs/cgroup/cpu/docker/*/cpu.cfs_quota_us', "docker inspect -f '{{.HostConfig.NanoCpus}} {{.HostConfig.PidsLimit}}' upd",
      'docker update --restart on-failure:3 upd', "docker inspect -f '{{json .HostConfig.RestartPolicy}}' upd",
    ]);
    expect(r[1]!.stdout).toBe('upd\n');
    expect(r[3]!.stdout).toBe('5\n25000\n');
    expect(r[4]!.stdout).toBe('250000000 5\n');
    expect(r[6]!.stdout).toBe('{"Name":"on-failure","MaximumRetryCount":3}\n');
  });
  test('errors', async () => {
    const r = await run([
      'docker run -d --name upd busybox sleep 1000', 'docker update --cpus 0.5 nosuch', 'docker update upd', 'docker update -m 4m upd', 'docker update --cpus 3 upd',
      'docker update --cpus 0.5 --cpu-quota 1000 upd', 'docker update --restart always upd nosuch', 'docker update --restart bogus upd',
      'docker update --restart on-failure:x upd', 'docker update --cpuset-cpus 5 upd', 'docker update -m 64m upd',
    ]);
    expect(r.slice(1).map((x) => `${x.exit} ${x.stdout}${x.stderr}`)).toEqual([
      '1 Error response from daemon: No such container: nosuch\n',
      '1 you must provide one or more flags when using this command\n',
      '1 Error response from daemon: Minimum memory limit allowed is 6MB\n',
      '1 Error response from daemon: Range of CPUs is from 0.01 to 2.00, as there are only 2 CPUs available\n',
      '1 Error response from daemon: Conflicting options: Nano CPUs and CPU Quota cannot both be set\n',
      '1 upd\nError response from daemon: No such container: nosuch\n',
      "1 Error response from daemon: invalid restart policy 'bogus'\n",
      '1 invalid restart policy format: maximum retry count must be an integer\n',
      '1 Error response from daemon: Requested CPUs are not available - requested 5, available: 0-1\n',
      `1 Error response from daemon: Cannot update container ${r[0]!.stdout.trim()}: Memory limit should be smaller than already set memoryswap limit, update the memoryswap at the same time\n`,
    ]);
  });
});
