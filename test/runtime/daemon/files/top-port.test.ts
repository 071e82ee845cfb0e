import { describe, expect, test } from 'vitest';
import { newSession, runAll } from '../../../helpers.ts';

// Texts verified against Docker CLI 28.2.2 + Engine 20.10.24 (pids and times are the model's).
const run = async (lines: string[]) => runAll(newSession(), lines);

describe('docker top', () => {
  test('ps -ef columns for the container processes, ps options passed through', async () => {
    const r = await run(['docker run -d --name tp busybox sleep 300', 'docker exec -d tp sleep 302', 'docker top tp', 'docker top tp -o pid,comm', 'docker top tp -x | head -1']);
    const lines = r[2]!.stdout.split('\n');
    expect(lines[0]).toBe('UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD');
    expect(lines.slice(1, 3).map((l) => l.split(/ {2,}/).slice(-1)[0])).toEqual(['sleep 300', 'sleep 302']);
    expect(r[3]!.stdout).toMatch(/^PID {17}COMMAND\n\d+ +sleep\n\d+ +sleep\n$/);
    expect(r[4]!.stdout).toBe('PID                 TTY                 STAT                TIME                COMMAND\n');
  });
  test('errors', async () => {
    const r = await run(['docker run -d --name tp busybox sleep 300', 'docker create --name tc busybox', 'docker top tp -o args', 'docker top nosuch', 'docker top tc', 'docker top tp -o user=PIDX,pid']);
    expect(r[2]!.stderr).toBe("Error response from daemon: Couldn't find PID field in ps output\n");
    expect(r[3]!.stderr).toBe('Error response from daemon: No such container: nosuch\n');
    expect(r[4]!.stderr).toBe(`Error response from daemon: Container ${r[1]!.stdout.trim()} is not running\n`);
    expect(r[5]!.stderr).toBe('Error response from daemon: specifying "user=PIDX,pid" is not allowed\n');
    expect(r.slice(2).map((x) => x.exit)).toEqual([1, 1, 1, 1]);
  });
});

describe('docker port', () => {
  test('all mappings, one port, errors', async () => {
    const r = await run([
      'docker run -d --name tp -p 8080:80 -p 127.0.0.1:9000:90/udp busybox sleep 300', 'docker port tp', 'docker port tp 80', 'docker port tp 90/udp',
      'docker port tp 81', 'docker port tp 80/xyz', 'docker port tp abc', 'docker port tp 99999', 'docker create --name tc -p 1:1 busybox', 'docker port tc', 'docker port nosuch',
    ]);
    expect(r[1]!.stdout).toBe('80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n90/udp -> 127.0.0.1:9000\n');
    expect(r[2]!.stdout).toBe('0.0.0.0:8080\n[::]:8080\n');
    expect(r[3]!.stdout).toBe('127.0.0.1:9000\n');
    expect(r.slice(4, 8).map((x) => x.stderr)).toEqual([
      "Error: No public port '81' published for tp\n", "Error: No public port '80/xyz' published for tp\n",
      'Error: invalid port (abc): strconv.ParseUint: parsing "abc": invalid syntax\n', 'Error: invalid port (99999): strconv.ParseUint: parsing "99999": value out of range\n',
    ]);
    expect([r[9]!.stdout, r[9]!.exit]).toEqual(['', 0]);
    expect(r[10]!.stderr).toBe('Error response from daemon: No such container: nosuch\n');
  });
});
