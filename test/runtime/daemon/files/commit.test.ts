import { describe, expect, test } from 'vitest';
import { newSession, runAll } from '../../../helpers.ts';

// Texts verified against Docker CLI 28.2.2 + Engine 20.10.24.
const run = async (lines: string[]) => runAll(newSession(), lines);

describe('docker commit', () => {
  test('the new image has the container changes, its parent, comment, author and history row', async () => {
    const r = await run([
      "docker run --name c1 busybox sh -c 'mkdir /data && echo x > /data/f && rm /bin/vi'",
      'docker commit -m hi -a me c1 snap:1',
      "docker run --rm snap:1 sh -c 'cat /data/f; ls /bin/vi'",
      "docker image inspect -f '{{.Comment}} {{.Author}} {{.Config.Cmd}} {{len .RootFS.Layers}} {{.Container}}' snap:1",
      "docker history --no-trunc --format '{{.CreatedBy}}|{{.Comment}}' snap:1",
      'docker create --name c2 snap:1', 'docker diff c2',
      "docker images --format '{{.Repository}}:{{.Tag}}' snap",
    ]);
    expect(r[1]!.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect(r[2]!.stdout).toBe('x\n');
    expect(r[2]!.stderr).toBe("ls: /bin/vi: No such file or directory\n");
    expect(r[3]!.stdout).toMatch(/^hi me \[sh -c mkdir \/data && echo x > \/data\/f && rm \/bin\/vi\] 2 [0-9a-f]{64}\n$/);
    expect(r[4]!.stdout.split('\n')[0]).toBe('sh -c mkdir /data && echo x > /data/f && rm /bin/vi|hi');
    expect(r[6]!.stdout).toBe('');
    expect(r[7]!.stdout).toBe('snap:1\n');
  });
  test('--change instructions and their errors', async () => {
    const r = await run([
      'docker run --name b2 busybox true',
      "docker commit -c 'ENV GREETING=hi' -c 'WORKDIR /srv' -c 'EXPOSE 8080' b2 envimg > /dev/null",
      "docker run --rm envimg sh -c 'echo $GREETING; pwd'",
      "docker inspect -f '{{.Config.Env}} {{.Config.ExposedPorts}} {{.Config.WorkingDir}}' envimg",
      "docker commit -c 'EXPOSE 80 443/udp 1000-1001' -c 'VOLUME [\"/a\",\"/b\"]' -c 'CMD echo hi' -c 'ENV A B C' -c 'LABEL x=y' b2 e2 > /dev/null",
      "docker inspect -f '{{.Config.ExposedPorts}} {{.Config.Volumes}} {{json .Config.Cmd}} {{.Config.Env}} {{.Config.Labels}}' e2",
      "docker commit -c 'ENTRYPOINT [\"/bin/echo\"]' b2 e3 > /dev/null", 'docker run --rm e3 a b',
      "docker commit -c 'WORKDIR rel' -c 'ONBUILD RUN x' -c 'HEALTHCHECK --interval=5s CMD true' b2 e4 > /dev/null",
      "docker inspect -f '{{.Config.WorkingDir}} {{.Config.OnBuild}} {{json .Config.Healthcheck}}' e4",
    ]);
    expect(r[2]!.stdout).toBe('hi\n/srv\n');
    expect(r[3]!.stdout).toBe('[GREETING=hi] map[8080/tcp:{}] /srv\n');
    expect(r[5]!.stdout).toBe('map[1000/tcp:{} 1001/tcp:{} 443/udp:{} 80/tcp:{}] map[/a:{} /b:{}] ["/bin/sh","-c","echo hi"] [A=B C] map[x:y]\n');
    expect(r[7]!.stdout).toBe('a b\n');
    expect(r[9]!.stdout).toBe('/rel [RUN x] {"Test":["CMD-SHELL","true"],"Interval":5000000000}\n');
  });
  test('errors', async () => {
    const r = await run([
      'docker run --name b2 busybox true', "docker commit -c 'BOGUS x' b2 bad", 'docker commit nosuch img', "docker commit -c 'STOPSIGNAL SIGINT' b2",
      "docker commit -c 'ENV' b2", "docker commit -c 'ENV A' b2", "docker commit -c 'EXPOSE abc' b2", "docker commit -c 'EXPOSE 80/xyz' b2",
      "docker commit -c '' b2", "docker commit -c 'USER' b2", "docker commit -c 'LABEL a' b2", "docker commit -c 'ONBUILD FROM x' b2",
      'docker commit b2 UPPER', 'docker commit b2 a:b:c', "docker commit -c 'BOGUS x' -c 'ENV' b2 x",
    ]);
    const errs = r.slice(1).map((x) => [x.stderr, x.exit]);
    expect(errs).toEqual([
      ['Error response from daemon: bogus is not a valid change command\n', 1],
      ['Error response from daemon: No such container: nosuch\n', 1],
      ['Error response from daemon: stopsignal is not a valid change command\n', 1],
      ['Error response from daemon: ENV requires at least one argument\n', 1],
      ['Error response from daemon: ENV must have two arguments\n', 1],
      ['Error response from daemon: Invalid containerPort: abc\n', 1],
      ['Error response from daemon: Invalid proto: xyz\n', 1],
      ['Error response from daemon: file with no instructions\n', 1],
      ['Error response from daemon: USER requires exactly one argument\n', 1],
      ['Error response from daemon: LABEL must have two arguments\n', 1],
      ["Error response from daemon: FROM isn't allowed as an ONBUILD trigger\n", 1],
      ['invalid reference format: repository name (library/UPPER) must be lowercase\n', 1],
      ['invalid reference format\n', 1],
      ['Error response from daemon: bogus is not a valid change command\n', 1],
    ]);
  });
});
