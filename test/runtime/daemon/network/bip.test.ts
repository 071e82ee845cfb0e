import { describe, expect, test } from 'vitest';
import { newSession, runAll } from '../../../helpers.ts';

describe("the default bridge follows daemon.json's bip", () => {
  test('after a restart, docker0 is 192.168.5.0/24 with gateway .1 and containers are numbered from .2', async () => {
    const s = newSession();
    const r = await runAll(s, [
      `echo '{"bip":"192.168.5.1/24"}' >/etc/docker/daemon.json; systemctl restart docker`,
      'docker run -d --name b1 busybox sleep 100 > /dev/null',
      "docker inspect -f '{{.NetworkSettings.IPAddress}} {{.NetworkSettings.Gateway}} {{.NetworkSettings.IPPrefixLen}} {{.NetworkSettings.MacAddress}}' b1",
      "docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' bridge",
      'docker exec b1 sh -c "tail -1 /etc/hosts | cut -f1"',
      'docker network create --subnet 192.168.5.128/25 clash',
    ]);
    expect(r[2]!.stdout).toBe('192.168.5.2 192.168.5.1 24 02:42:c0:a8:05:02\n');
    expect(r[3]!.stdout).toBe('192.168.5.0/24 192.168.5.1\n');
    expect(r[4]!.stdout).toBe('192.168.5.2\n');
    expect(r[5]!.stderr).toBe('Error response from daemon: Pool overlaps with other one on this address space\n');
  });
});
