import { beforeAll, describe, expect, it } from 'vitest';
import { createHost, type Host } from '../../../src/runtime/host.ts';
import { type HostImage, ImageError, restoreHost, saveHost } from '../../../src/runtime/persist/host-image.ts';
import { ShellSession } from '../../../src/runtime/session.ts';

interface Lab {
  host: Host;
  session: ShellSession;
}

function freshLab(): Lab {
  const host = createHost({ seed: 1 });
  return { host, session: new ShellSession(host) };
}

/** What `lab exec` does between two runs: save, write as JSON, read back, restore. */
function saved(lab: Lab): HostImage {
  return JSON.parse(JSON.stringify(saveHost(lab.host, lab.session))) as HostImage;
}

const restored = (image: HostImage): Lab => restoreHost(image, {}, {});

async function run(lab: Lab, line: string): Promise<string> {
  const r = await lab.session.run(line);
  return `${r.stdout}${r.stderr}[${r.exit}]`;
}

async function runAll(lab: Lab, lines: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const l of lines) out.push(`$ ${l}\n${await run(lab, l)}`);
  return out;
}

const SETUP = [
  'docker run -d --name web busybox sleep 3600',
  'docker exec web touch /tmp/seen',
  'docker run --name edit busybox sh -c "echo out; echo err >&2; echo data > /f; rm /bin/ls; rm -r /home; mkdir -p /etc/app"',
  'docker commit edit snap:v1',
  'docker tag busybox mybox:1',
  'docker volume create vol',
  'docker run --rm -v vol:/data busybox sh -c "echo kept > /data/f"',
  'docker run -v /anon --name withanon busybox true',
  'docker create --name made -e A=1 busybox echo later',
  'docker run -d --name talk busybox sh -c "echo one; echo two >&2; sleep 1000"',
  'docker run -d --name frozen busybox sleep 100',
  'docker pause frozen',
];

/** Read-only views that must print the same before the save and after the restore. */
const VIEWS = [
  'docker ps -a --no-trunc',
  'docker images -a --no-trunc',
  'docker inspect web edit withanon made frozen',
  'docker image inspect snap:v1 busybox mybox:1',
  'docker history --no-trunc snap:v1',
  'docker diff edit',
  'docker diff web',
  'docker logs -t edit',
  'docker logs -t talk',
  'docker volume ls',
  'docker volume inspect vol',
  'docker events --since 0 --until "$(date +%s)"',
];

describe('the Docker engine across a save and restore of the host', () => {
  let before: string[];
  let image: HostImage;
  beforeAll(async () => {
    const lab = freshLab();
    await runAll(lab, SETUP);
    before = await runAll(lab, VIEWS);
    image = saved(lab);
  });
  // Each test continues its own copy of the saved host.
  const setupRestored = (): Lab => restored(structuredClone(image));

  it('shows the same containers, images, layers, logs, volumes and events', async () => {
    expect(await runAll(setupRestored(), VIEWS)).toEqual(before);
    expect(before.join('\n')).toContain('Up Less than a second (Paused)');
  });

  it('keeps what the student made usable: committed image, volume data, anonymous volume link', async () => {
    const back = setupRestored();
    expect(await run(back, 'docker run --rm snap:v1 cat /f')).toBe('data\n[0]');
    expect(await run(back, 'docker run --rm snap:v1 ls /bin/ls')).toContain('executable file not found');
    expect(await run(back, 'docker run --rm -v vol:/data busybox cat /data/f')).toBe('kept\n[0]');
    const anon = (await run(back, 'docker inspect -f "{{(index .Mounts 0).Name}}" withanon')).split('\n')[0]!;
    expect(await run(back, 'docker volume ls -q')).toContain(anon);
    await run(back, 'docker rm -v withanon');
    expect(await run(back, 'docker volume ls -q')).toBe('vol\n[0]');
    expect(await run(back, 'docker start -a made')).toBe('later\n[0]');
  });

  it('brings running containers back running, stoppable, with their names taken', async () => {
    const back = setupRestored();
    expect(await run(back, 'docker exec web ls /tmp')).toBe('seen\n[0]');
    expect(await run(back, 'docker top web -o pid,args')).toBe('PID                 COMMAND\n4                   sleep 3600\n[0]');
    expect(await run(back, 'docker run --name web busybox true')).toContain('The container name "/web" is already in use');
    expect(await run(back, 'docker stop -t 1 web')).toBe('web\n[0]');
    expect(await run(back, 'docker ps -a --filter name=web --format "{{.Status}}"')).toMatch(/^Exited \(137\) /);
    expect(await run(back, 'docker exec frozen true')).toContain('is paused');
    expect(await run(back, 'docker unpause frozen')).toBe('frozen\n[0]');
    expect(await run(back, 'docker exec frozen echo thawed')).toBe('thawed\n[0]');
  });

  it('restores as often as it is saved: new containers list as newest, addresses stay', async () => {
    const lab = freshLab();
    await runAll(lab, ['docker run -d --name first busybox sleep 1000', 'docker run -d --name one busybox sleep 1000', 'docker stop -t 0 first']);
    const second = restored(saved(lab));
    await run(second, 'docker run -d --name two busybox sleep 1000');
    const third = restored(saved(second));
    expect(await run(third, 'docker ps --format "{{.Names}}"')).toBe('two\none\n[0]');
    // first's address was free when two started; one kept its own across both restores.
    expect(await run(third, 'docker inspect -f "{{.NetworkSettings.IPAddress}}" one two')).toBe('172.17.0.3\n172.17.0.2\n[0]');
    expect(await run(third, 'docker run --rm busybox hostname -i')).toBe('172.17.0.4 \n[0]');
  });

  it('re-arms a pending restart and brings back containers sharing a pid namespace', async () => {
    const lab = freshLab();
    await runAll(lab, [
      'docker run -d --restart always --name flaky busybox false',
      'docker run -d --name web busybox sleep 1000',
      'docker run -d --pid container:web --name side busybox sleep 500',
    ]);
    const back = restored(saved(lab));
    expect(await run(back, 'docker inspect -f "{{.State.Status}} {{.RestartCount}}" flaky')).toBe('restarting 0\n[0]');
    await run(back, 'sleep 2');
    expect(await run(back, 'docker inspect -f "{{.State.Status}} {{.RestartCount}}" flaky')).toMatch(/^restarting [1-9]\d*\n/);
    expect(await run(back, 'docker exec side ps -o args')).toBe('COMMAND\nsleep 1000\nsleep 500\nps -o args\n[0]');
  });

  it('writes catalog images by reference and only what the student made in full', async () => {
    const lab = freshLab();
    await runAll(lab, ['docker pull nginx', 'docker run --name cc busybox sh -c "echo x > /y"', 'docker commit cc snap']);
    const engine = saved(lab).engine!;
    const full = engine.layers.filter((l) => 'fs' in l);
    expect(full).toHaveLength(1);
    expect(engine.images.filter((i) => 'spec' in i).map((i) => ('spec' in i ? i.spec.repo : ''))).toEqual(['busybox', 'hello-world', 'nginx']);
    expect(JSON.stringify(engine).length).toBeLessThan(20_000);
    const back = restored(saved(lab));
    expect(await run(back, 'docker run --rm nginx cat /etc/nginx/conf.d/default.conf')).toContain('listen');
  });

  it('restores a state saved before the engine was saved with the default images', async () => {
    const lab = freshLab();
    await run(lab, 'docker run --name old busybox true');
    const image = saved(lab);
    delete image.engine;
    delete image.nextPid;
    const back = restored({ ...image, version: 1 });
    expect(await run(back, 'docker ps -a -q')).toBe('[0]');
    expect(await run(back, 'docker images --format "{{.Repository}}"')).toBe('hello-world\nbusybox\n[0]');
  });

  it('does not log the output a restarted PID 1 repeats, and logs what is new', async () => {
    const lab = freshLab();
    await runAll(lab, ['docker run -d --name clock busybox sh -c "echo ready; while true; do date +%T; sleep 1; done"', 'sleep 3']);
    const before = await run(lab, 'docker logs clock');
    expect(before).toBe('ready\n08:00:00\n08:00:01\n08:00:02\n08:00:03\n[0]');
    const back = restored(saved(lab));
    await run(back, 'sleep 2');
    expect(await run(back, 'docker logs clock')).toBe('ready\n08:00:00\n08:00:01\n08:00:02\n08:00:03\n08:00:04\n08:00:05\n[0]');
  });

  it('records a container that cannot run again as exited, with the runtime error', async () => {
    const lab = freshLab();
    await run(lab, 'docker run -d --name web busybox sleep 1000');
    const image = saved(lab);
    image.engine!.containers[0]!.path = 'gone';
    const back = restored(image);
    expect(await run(back, 'docker inspect -f "{{.State.Status}} {{.State.ExitCode}} {{.State.Error}}" web')).toMatch(/^exited 127 .*exec: "gone": executable file not found in \$PATH/);
    expect(await run(back, 'docker start web')).toContain('executable file not found');
  });

  it('refuses a damaged engine section with an ImageError', async () => {
    const lab = freshLab();
    await run(lab, 'docker run --name cc busybox true');
    const image = saved(lab);
    expect(() => restored({ ...image, engine: { ...image.engine!, containers: 3 } as never })).toThrow(ImageError);
    const lost = structuredClone(image);
    lost.engine!.containers[0]!.image = 'sha256:0000';
    expect(() => restored(lost)).toThrow(/engine state is damaged \(container .* uses image sha256:0000/);
  });
});
