import { describe, expect, test } from 'vitest';
import { newSession, runAll } from '../../../helpers.ts';

// Texts verified against Docker CLI 28.2.2 + Engine 20.10.24 (the local engine, then removed).
const run = async (lines: string[]) => runAll(newSession(), lines);
const RUN_HINT = "\n\nRun 'docker run --help' for more information\n";

describe('docker network objects', () => {
  test('the three predefined networks: ls table, --no-trunc, -q, json, inspect', async () => {
    const r = await run([
      'docker network ls', 'docker network ls --no-trunc -q | wc -L', 'docker network ls -q | wc -l',
      "docker network ls --format json | head -1 | sed 's/\"CreatedAt\":\"[^\"]*\"/T/; s/[0-9a-f]\\{12\\}/ID/'",
      "docker network inspect -f '{{json .IPAM}} {{json .Options}} {{.Internal}}' bridge host none",
    ]);
    expect(r[0]!.stdout).toMatch(/^NETWORK ID {5}NAME {6}DRIVER {4}SCOPE\n[0-9a-f]{12} {3}bridge {4}bridge {4}local\n[0-9a-f]{12} {3}host {6}host {6}local\n[0-9a-f]{12} {3}none {6}null {6}local\n$/);
    expect(r[1]!.stdout).toBe('64\n');
    expect(r[2]!.stdout).toBe('3\n');
    expect(r[3]!.stdout).toBe('{T,"Driver":"bridge","ID":"ID","IPv4":"false","IPv6":"false","Internal":"false","Labels":"","Name":"bridge","Scope":"local"}\n');
    expect(r[4]!.stdout).toBe([
      '{"Driver":"default","Options":null,"Config":[{"Subnet":"172.17.0.0/16"}]} {"com.docker.network.bridge.default_bridge":"true","com.docker.network.bridge.enable_icc":"true","com.docker.network.bridge.enable_ip_masquerade":"true","com.docker.network.bridge.host_binding_ipv4":"0.0.0.0","com.docker.network.bridge.name":"docker0","com.docker.network.driver.mtu":"1500"} false',
      '{"Driver":"default","Options":null,"Config":[]} {} false',
      '{"Driver":"default","Options":null,"Config":[]} {} false', '',
    ].join('\n'));
  });

  test('create hands out the default pools in order and refuses bad input', async () => {
    const r = await run([
      'docker network create q1 > /dev/null', 'docker network create q2 > /dev/null',
      "docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}' q1 q2",
      'docker network create -d overlay o1', 'docker network create --subnet 10.1.0.0/16 --ip-range 10.2.0.0/24 r1',
      'docker network rm q1 q2', 'docker network ls -q | wc -l',
    ]);
    expect(r[2]!.stdout).toBe('172.18.0.0/16 172.18.0.1\n172.19.0.0/16 172.19.0.1\n');
    expect(r[3]!.stderr).toBe('Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n');
    expect([r[4]!.stderr, r[4]!.exit]).toEqual(['no matching subnet for range 10.2.0.0/24\n', 1]);
    expect(r[5]!.stdout).toBe('q1\nq2\n');
    expect(r[6]!.stdout).toBe('3\n');
  });

  test('run --network: unknown network, --ip on an engine-picked pool', async () => {
    const r = await run([
      'docker run --rm --network nosuch busybox true', 'docker network create auto > /dev/null',
      'docker run --rm --network auto --ip 172.18.0.9 busybox true', 'docker ps -aq | wc -l',
    ]);
    expect([r[0]!.stderr, r[0]!.exit]).toEqual([`docker: Error response from daemon: network nosuch not found${RUN_HINT}`, 125]);
    expect(r[2]!.stderr).toBe(`docker: Error response from daemon: user specified IP address is supported only when connecting to networks with user configured subnets${RUN_HINT}`);
    expect(r[3]!.stdout).toBe('0\n');
  });

  test('connect: hosts line and embedded DNS for a bridge container; disconnect drops its name lines', async () => {
    const r = await run([
      'docker network create --subnet 172.30.0.0/16 zz > /dev/null', 'docker run -d --name zc busybox sleep 100 > /dev/null',
      'docker network connect --alias foo --ip 172.30.0.50 zz zc', 'docker exec zc sh -c "tail -2 /etc/hosts | cut -f1; cat /etc/resolv.conf"',
      "docker inspect -f '{{json .NetworkSettings.Networks.zz.IPAMConfig}} {{.NetworkSettings.Networks.zz.MacAddress}} {{len .NetworkSettings.Networks.zz.Aliases}}' zc",
      'docker network disconnect zz zc', 'docker exec zc sh -c "grep -c 172 /etc/hosts"',
      'docker stop -t 0 zc > /dev/null', 'docker network connect zz zc',
      "docker inspect -f '{{json .NetworkSettings.Networks.zz}}' zc", "docker network inspect -f '{{json .Containers}}' zz",
      'docker start zc > /dev/null', 'docker exec zc sh -c "tail -2 /etc/hosts | cut -f1"',
      'docker network connect host zc', 'docker network disconnect zz nosuch',
    ]);
    expect(r[3]!.stdout).toBe('172.17.0.2\n172.30.0.50\nnameserver 127.0.0.11\noptions ndots:0\n');
    expect(r[4]!.stdout).toBe('{"IPv4Address":"172.30.0.50"} 02:42:ac:1e:00:32 2\n');
    expect([r[6]!.stdout, r[6]!.exit]).toEqual(['0\n', 1]);
    expect(r[9]!.stdout).toMatch(/^\{"IPAMConfig":\{\},"Links":null,"Aliases":\["[0-9a-f]{12}"\],"MacAddress":"","DriverOpts":\{\},"GwPriority":0,"NetworkID":"","EndpointID":"","Gateway":"","IPAddress":"","IPPrefixLen":0,"IPv6Gateway":"","GlobalIPv6Address":"","GlobalIPv6PrefixLen":0,"DNSNames":null\}\n$/);
    expect(r[10]!.stdout).toBe('{}\n');
    expect(r[12]!.stdout).toBe('172.17.0.2\n172.30.0.2\n');
    expect(r[13]!.stderr).toBe('Error response from daemon: container cannot be disconnected from host network or connected to host network\n');
    expect(r[14]!.stderr).toBe('Error response from daemon: No such container: nosuch\n');
  });

  test('events: create, connect, disconnect, destroy', async () => {
    const r = await run([
      'docker network create --subnet 172.30.0.0/16 ev > /dev/null', 'docker run --rm --network ev busybox true', 'docker network rm ev > /dev/null',
      "docker events --since 0 --until 99999999999 --filter type=network --format '{{.Action}} {{.Actor.Attributes.name}} {{.Actor.Attributes.type}}'",
    ]);
    expect(r[3]!.stdout).toBe('create ev bridge\nconnect ev bridge\ndisconnect ev bridge\ndestroy ev bridge\n');
  });
});

describe('docker network ls and inspect errors', () => {
  test('bad filters and templates', async () => {
    const r = await run([
      'docker network ls -f foo=bar', 'docker network ls -f type=weird', "docker network ls --format '{{.Nope}}'",
      "docker network inspect -f '{{.Nope}}' bridge", 'docker network disconnect bridge nosuch',
    ]);
    expect(r[0]!.stderr).toBe("Error response from daemon: Invalid filter 'foo'\n");
    expect(r[1]!.stderr).toBe("Error response from daemon: invalid filter: 'type'='weird'\n");
    expect(r[2]!.stderr).toBe('template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *network.networkContext\n');
    expect(r[3]!.exit).toBe(1);
    expect(r[4]!.stderr).toBe('Error response from daemon: No such container: nosuch\n');
  });
});
