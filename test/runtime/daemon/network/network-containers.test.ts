import { describe, expect, test } from 'vitest';
import { newSession, runAll } from '../../../helpers.ts';

// Texts verified against Docker CLI 28.2.2 + Engine 20.10.24 (the local engine, then removed).
const run = async (lines: string[]) => runAll(newSession(), lines);

describe('containers on user networks', () => {
  test('ps --filter network= matches a Networks key or a NetworkID prefix; the NETWORKS column lists them', async () => {
    const r = await run([
      'docker network create --subnet 172.30.0.0/16 zz > /dev/null', 'docker run -d --name f1 --network zz busybox sleep 100 > /dev/null',
      'docker run -d --name f2 busybox sleep 100 > /dev/null', 'docker network connect zz f2', 'docker create --name f3 --network host busybox true > /dev/null',
      "docker ps -a --filter network=zz --format '{{.Names}} {{.Networks}}'", "docker ps -a --filter network=bridge --format '{{.Names}}'",
      "docker ps -a --filter network=host --format '{{.Names}}'", "docker ps -a --filter network=z --format '{{.Names}}'",
      "docker ps -a --filter network=$(docker network inspect -f '{{.Id}}' zz | cut -c1-6) --format '{{.Names}}'",
    ]);
    expect(r[5]!.stdout).toBe('f2 bridge,zz\nf1 zz\n');
    expect(r[6]!.stdout).toBe('f2\n');
    expect(r[7]!.stdout).toBe('f3\n');
    expect(r[8]!.stdout).toBe('');
    expect(r[9]!.stdout).toBe('f2\nf1\n');
  });

  test('ports are published from a user network; docker inspect finds networks after containers and images', async () => {
    const r = await run([
      'docker network create --subnet 172.30.0.0/16 zz > /dev/null', 'docker run -d --name f1 --network zz -p 127.0.0.1::80 busybox sleep 100 > /dev/null',
      'docker port f1', "docker inspect -f '{{json .NetworkSettings.Ports}}' f1",
      "docker inspect -f '{{.Name}} {{.Driver}}' zz bridge", 'docker inspect --type network nosuch', 'docker inspect network',
    ]);
    expect(r[2]!.stdout).toBe('80/tcp -> 127.0.0.1:32768\n');
    expect(r[3]!.stdout).toBe('{"80/tcp":[{"HostIp":"127.0.0.1","HostPort":"32768"}]}\n');
    expect(r[4]!.stdout).toBe('zz bridge\nbridge bridge\n');
    expect([r[5]!.stdout, r[5]!.stderr, r[5]!.exit]).toEqual(['[]\n', 'Error response from daemon: network nosuch not found\n', 1]);
    expect(r[6]!.stderr).toBe('Error: No such object: network\n');
  });

  test('a network removed while its stopped container still names it fails the next start', async () => {
    const r = await run([
      'docker network create --subnet 172.30.0.0/16 tmp > /dev/null', 'docker create --name orphan --network tmp busybox true > /dev/null',
      'docker network rm tmp', 'docker start orphan',
    ]);
    expect(r[2]!.stdout).toBe('tmp\n');
    expect(r[3]!.exit).toBe(1);
    expect(r[3]!.stderr).toBe('Error response from daemon: network tmp not found\nError: failed to start containers: orphan\n');
  });
});
