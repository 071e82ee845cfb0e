import { describe, expect, test } from 'vitest';
import { newSession, runAll } from '../../../helpers.ts';

// Texts verified against Docker CLI 28.2.2 + Engine 20.10.24.
const run = async (lines: string[]) => runAll(newSession(), lines);

describe('docker attach', () => {
  test('output until the container stops, then its exit code; refusals', async () => {
    const r = await run([
      "docker run -d --name at busybox sh -c 'sleep 2; echo out; echo err >&2; exit 3'", 'docker attach at', 'docker attach at', 'docker attach nosuch',
      'docker run -d --name pz busybox sleep 100', 'docker pause pz', 'docker attach pz',
    ]);
    expect([r[1]!.stdout, r[1]!.stderr, r[1]!.exit]).toEqual(['out\n', 'err\n', 3]);
    expect([r[2]!.stderr, r[2]!.exit]).toEqual(['You cannot attach to a stopped container, start it first\n', 1]);
    expect(r[3]!.stderr).toBe('Error response from daemon: No such container: nosuch\n');
    expect([r[6]!.stderr, r[6]!.exit]).toEqual(['You cannot attach to a paused container, unpause it first\n', 1]);
  });
});

describe('docker container prune', () => {
  test('-f removes stopped containers; filters; prompt without -f', async () => {
    const r = await run([
      'docker run --name p1 busybox true', 'docker run -d --name live busybox sleep 100', 'docker container prune -f --filter label=x',
      'docker container prune < /dev/null', 'docker container prune -f', 'docker ps -a --format "{{.Names}}"', 'docker container prune -f --filter bogus=1',
    ]);
    expect(r[2]!.stdout).toBe('Total reclaimed space: 0B\n');
    expect([r[3]!.stdout, r[3]!.exit]).toEqual(['WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ', 0]);
    expect(r[4]!.stdout).toMatch(/^Deleted Containers:\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/);
    expect(r[5]!.stdout).toBe('live\n');
    expect([r[6]!.stderr, r[6]!.exit]).toEqual(["Error response from daemon: Invalid filter 'bogus'\n", 1]);
  });
});
