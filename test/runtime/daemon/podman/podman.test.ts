import { describe, expect, it } from 'vitest';
import { newSession } from '../../../helpers.ts';

// Texts verified against podman 4.3.1 (Debian bookworm) on local images.
describe('podman', () => {
  it('runs, lists and commits like podman (lesson 14.E1)', async () => {
    const s = newSession({ dockerImages: 'golden' });
    const r = await s.run('podman run -d --name pweb nginx sleep 3600');
    expect(r.exit).toBe(0);
    expect(r.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(r.stderr).toContain('Resolved "nginx" as an alias (/etc/containers/registries.conf.d/shortnames.conf)\nTrying to pull docker.io/library/nginx:latest...\nGetting image source signatures\nCopying blob sha256:');
    expect(r.stderr).toMatch(/Copying config sha256:[0-9a-f]{64}\nWriting manifest to image destination\nStoring signatures\n$/);
    const ps = await s.run('podman ps');
    expect(ps.stdout.split('\n')[0]).toBe('CONTAINER ID  IMAGE                           COMMAND     CREATED                 STATUS                     PORTS       NAMES');
    expect(ps.stdout.split('\n')[1]).toMatch(/^[0-9a-f]{12}  docker\.io\/library\/nginx:latest  sleep 3600  Less than a second ago  Up Less than a second ago              pweb$/);
    const c = await s.run('podman commit pweb mynginx:v1');
    expect(c.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    const im = await s.run('podman images');
    expect(im.stdout).toMatch(/^REPOSITORY               TAG         IMAGE ID      CREATED                 SIZE\nlocalhost\/mynginx        v1          [0-9a-f]{12}  Less than a second ago  187 MB\n/);
    expect((await s.run('podman exec pweb echo hi')).stdout).toBe('hi\n');
    expect(await s.run('docker ps -q')).toMatchObject({ stdout: '' });
  }, 30_000);

  it('prints podman error texts and exit codes', async () => {
    const s = newSession({ dockerImages: 'golden' });
    const cases: Array<[string, string, number]> = [
      ['podman stop nosuch', 'Error: no container with name or ID "nosuch" found: no such container\n', 125],
      ['podman rm nosuch', 'Error: no container with name or ID "nosuch" found: no such container\n', 1],
      ['podman rmi nosuch', 'Error: nosuch: image not known\n', 1],
      ['podman exec', 'Error: exec requires the name or ID of a container or the --latest flag\n', 125],
      ['podman run', 'Error: requires at least 1 arg(s), only received 0\n', 125],
      ['podman stop', 'Error: you must provide at least one name or id\n', 125],
      ['podman commit', 'Error: accepts between 1 and 2 arg(s), received 0\n', 125],
      ['podman ps x', 'Error: `podman ps` takes no arguments\n', 125],
      ['podman ps --foo', "Error: unknown flag: --foo\nSee 'podman ps --help'\n", 125],
      ['podman run -x', "Error: unknown shorthand flag: 'x' in -x\nSee 'podman run --help'\n", 125],
      ['podman blah', "Error: unrecognized command `podman blah`\nTry 'podman --help' for more information\n", 125],
      ['podman pull b', 'Error: short-name "b" did not resolve to an alias and no unqualified-search registries are defined in "/etc/containers/registries.conf"\n', 125],
    ];
    for (const [line, stderr, exit] of cases) {
      const r = await s.run(line);
      expect({ line, stderr: r.stderr, exit: r.exit }).toEqual({ line, stderr, exit });
    }
    const v = await s.run('podman version');
    expect(v.stdout).toBe('Client:       Podman Engine\nVersion:      4.3.1\nAPI Version:  4.3.1\nGo Version:   go1.19.8\nBuilt:        Thu Jan  1 00:00:00 1970\nOS/Arch:      linux/amd64\n');
    expect((await s.run('podman --version')).stdout).toBe('podman version 4.3.1\n');
    expect((await s.run('podman inspect nosuch')).stdout).toBe('[]\n');
    expect((await s.run('podman tag nosuch x')).stderr).toBe('Error: nosuch: image not known\n');
  });
});
