import { describe, expect, test } from 'vitest';
import { newSession, runAll } from '../../../helpers.ts';

const B = 'DOCKER_BUILDKIT=0 docker build -q';

describe('HEALTHCHECK from a Dockerfile at run time', () => {
  test('passing probes: starting, then healthy in ps, inspect and the health filter', async () => {
    const r = await runAll(newSession(), [
      `printf 'FROM busybox\\nHEALTHCHECK --interval=1s --timeout=1s CMD true\\nCMD ["sleep","1000"]\\n' > Dockerfile`, `${B} -t hc . > /dev/null`,
      'docker run -d --name hcc hc > /dev/null', "docker ps --format '{{.Status}}'", 'sleep 2',
      "docker inspect -f '{{.State.Health.Status}} {{.State.Health.FailingStreak}} {{len .State.Health.Log}}' hcc", "docker ps --format '{{.Status}}'",
      "docker ps --filter health=healthy --format '{{.Names}}'",
    ]);
    expect(r[3]!.stdout).toMatch(/^Up .* \(health: starting\)\n$/);
    expect(r[5]!.stdout).toBe('healthy 0 2\n');
    expect(r[6]!.stdout).toMatch(/^Up .* \(healthy\)\n$/);
    expect(r[7]!.stdout).toBe('hcc\n');
  });

  test('failing probes: unhealthy after the retries, with the probe output logged', async () => {
    const r = await runAll(newSession(), [
      `printf 'FROM busybox\\nHEALTHCHECK --interval=1s --retries=2 CMD echo probe; exit 1\\nCMD ["sleep","1000"]\\n' > Dockerfile`, `${B} -t uh . > /dev/null`,
      'docker run -d --name uhc uh > /dev/null', 'sleep 1', "docker inspect -f '{{.State.Health.Status}} {{.State.Health.FailingStreak}}' uhc", 'sleep 3',
      "docker inspect -f '{{.State.Health.Status}} {{(index .State.Health.Log 0).ExitCode}} {{json (index .State.Health.Log 0).Output}}' uhc",
    ]);
    expect(r[4]!.stdout).toBe('starting 1\n');
    expect(r[6]!.stdout).toBe('unhealthy 1 "probe\\n"\n');
  });
});
