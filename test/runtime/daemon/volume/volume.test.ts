import { describe, expect, test } from 'vitest';
import { newSession, runAll } from '../../../helpers.ts';

// Texts verified against Docker CLI 28.2.2 + Engine 20.10.24 (paths: its data root maps to /var/lib/docker).
const run = async (lines: string[]) => runAll(newSession(), lines);
const RUN_HINT = "\n\nRun 'docker run --help' for more information\n";

describe('docker volume', () => {
  test('create with labels and options, inspect, ls formats and filters', async () => {
    const r = await run([
      'docker volume create --label a=b -o type=tmpfs -o device=tmpfs lv', 'docker volume inspect -f "{{json .Labels}} {{json .Options}} {{.Mountpoint}}" lv',
      'docker volume ls --format json', 'docker volume ls -f label=a=b -q', 'docker volume ls -f label=a=c -q', 'docker volume ls -f name=l -f driver=local -q',
      'docker volume ls -f dangling=maybe', 'docker volume create a', 'docker volume create -d foo x1', 'docker volume ls --format "{{.CreatedAt}}"',
    ]);
    expect(r[0]!.stdout).toBe('lv\n');
    expect(r[1]!.stdout).toBe('{"a":"b"} {"device":"tmpfs","type":"tmpfs"} /var/lib/docker/volumes/lv/_data\n');
    expect(r[2]!.stdout).toBe('{"Availability":"N/A","Driver":"local","Group":"N/A","Labels":"a=b","Links":"N/A","Mountpoint":"/var/lib/docker/volumes/lv/_data","Name":"lv","Scope":"local","Size":"N/A","Status":"N/A"}\n');
    expect(r[3]!.stdout).toBe('lv\n');
    expect(r[4]!.stdout).toBe('');
    expect(r[5]!.stdout).toBe('lv\n');
    expect([r[6]!.stderr, r[6]!.exit]).toEqual(["Error response from daemon: Invalid filter 'dangling=[maybe]'\n", 1]);
    expect(r[7]!.stderr).toBe('Error response from daemon: create a: volume name is too short, names should be at least two alphanumeric characters\n');
    expect(r[8]!.stderr).toBe('Error response from daemon: create x1: error looking up volume plugin foo: plugin "foo" not found\n');
    expect(r[9]!.stderr).toBe('template parsing error: template: :1:2: executing "" at <.CreatedAt>: can\'t evaluate field CreatedAt in type *formatter.volumeContext\n');
  });

  test('in-use volumes cannot be removed; rm -f of a missing one succeeds; prune prompt', async () => {
    const r = await run([
      'docker run -d --name holder -v vx:/x busybox sleep 100', 'docker volume rm vx', 'docker volume rm -f nosuch', 'docker volume prune < /dev/null',
      'docker ps --format "{{.Mounts}}|{{.LocalVolumes}}"', 'docker volume ls -f dangling=false -q',
    ]);
    const id = r[0]!.stdout.trim();
    expect([r[1]!.stderr, r[1]!.exit]).toEqual([`Error response from daemon: remove vx: volume is in use - [${id}]\n`, 1]);
    expect([r[2]!.stdout, r[2]!.exit]).toEqual(['nosuch\n', 0]);
    expect([r[3]!.stdout, r[3]!.exit]).toEqual(['WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] ', 0]);
    expect(r[4]!.stdout).toBe('vx|1\n');
    expect(r[5]!.stdout).toBe('vx\n');
  });
});

describe('volume and bind mounts', () => {
  test('the volume is a directory of the host; mount points show in docker diff', async () => {
    const r = await run([
      'docker run --name ww -v vx:/data -v /anon busybox sh -c "echo hi > /data/f"', 'cat /var/lib/docker/volumes/vx/_data/f', 'docker diff ww | sort',
      'docker inspect -f "{{json .Config.Volumes}} {{json .HostConfig.Binds}}" ww', 'docker rm -v ww', 'docker volume ls -q',
    ]);
    expect(r[1]!.stdout).toBe('hi\n');
    expect(r[2]!.stdout).toBe('A /anon\nA /data\n');
    expect(r[3]!.stdout).toBe('{"/anon":{}} ["vx:/data"]\n');
    expect(r[5]!.stdout).toBe('vx\n');
  });

  test('an empty volume gets the image content of its mount point', async () => {
    const r = await run(['docker run --rm -v ev:/etc busybox true', 'ls /var/lib/docker/volumes/ev/_data | grep -c passwd']);
    expect(r[1]!.stdout).toBe('1\n');
  });

  test('--mount: volume, bind, tmpfs and the Mounts of inspect', async () => {
    const r = await run([
      'mkdir d',
      'docker create --name m1 -v /data -v "$PWD/d:/b1" -v hvn:/n:ro,nocopy --mount type=bind,src=./d,dst=/b3,readonly --mount type=tmpfs,dst=/t,tmpfs-size=1m --mount type=volume,src=hvn2,dst=/n2,volume-label=x=y busybox true',
      'docker inspect -f "{{json .HostConfig.Mounts}}" m1',
      'docker inspect -f \'{{range .Mounts}}{{.Type}} {{.Name}} {{.Destination}} {{.RW}} {{.Mode}} {{.Propagation}};{{end}}\' m1',
      'docker volume inspect -f "{{json .Labels}}" hvn2',
      'docker run --rm --mount type=tmpfs,dst=/t,tmpfs-size=1m busybox grep /t /proc/mounts',
    ]);
    expect(r[2]!.stdout).toBe('[{"Type":"bind","Source":"/root/d","Target":"/b3","ReadOnly":true},{"Type":"tmpfs","Target":"/t","TmpfsOptions":{"SizeBytes":1048576}},{"Type":"volume","Source":"hvn2","Target":"/n2","VolumeOptions":{"Labels":{"x":"y"},"DriverConfig":{}}}]\n');
    expect(r[3]!.stdout).toBe('bind  /b1 true  rprivate;volume hvn /n false ro,nocopy ;bind  /b3 false  rprivate;tmpfs  /t true  ;volume hvn2 /n2 true z ;volume ' + r[3]!.stdout.split(';')[5]!.split(' ')[1] + ' /data true  ;\n');
    expect(r[3]!.stdout.split(';')[5]!.split(' ')[1]).toMatch(/^[0-9a-f]{64}$/);
    expect(r[4]!.stdout).toBe('{"x":"y"}\n');
    expect(r[5]!.stdout).toBe('tmpfs /t tmpfs rw,nosuid,nodev,noexec,relatime,size=1024k 0 0\n');
  });

  test('daemon-side errors of -v, --mount and --volumes-from', async () => {
    const r = await run([
      'docker run --rm -v hva:/x -v hvb:/x busybox true', 'docker run --rm -v hva:rel busybox true', 'docker run --rm -v hva:/x:ro,rw busybox true',
      'docker run --rm --volumes-from nosuch:bad busybox true', 'docker run --rm --mount type=bind,src=/nonexist,dst=/x busybox true',
      'docker run --rm --mount type=volume,src=/abs,dst=/x busybox true', 'docker run --rm --mount type=tmpfs,src=x,dst=/x busybox true',
      'docker run --rm --mount type=bogus,dst=/x busybox true', 'docker run --rm -v a:/b:c:d busybox true',
    ]);
    const errs = r.map((x) => [x.stderr, x.exit]);
    expect(errs[0]).toEqual([`docker: Error response from daemon: Duplicate mount point: /x${RUN_HINT}`, 125]);
    expect(errs[1]![0]).toBe(`docker: Error response from daemon: invalid volume specification: 'hva:rel': invalid mount config for type "volume": invalid mount path: 'rel' mount path must be absolute${RUN_HINT}`);
    expect(errs[2]![0]).toBe(`docker: Error response from daemon: invalid mode: ro,rw${RUN_HINT}`);
    expect(errs[3]![0]).toBe(`docker: Error response from daemon: invalid mode: bad${RUN_HINT}`);
    expect(errs[4]![0]).toBe(`docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /nonexist${RUN_HINT}`);
    expect(errs[5]![0]).toBe(`docker: Error response from daemon: create /abs: "/abs" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path${RUN_HINT}`);
    expect(errs[6]![0]).toBe(`docker: Error response from daemon: invalid mount config for type "tmpfs": field Source must not be specified${RUN_HINT}`);
    expect(errs[7]![0]).toBe(`docker: Error response from daemon: invalid mount config for type "bogus": mount type unknown${RUN_HINT}`);
    expect(errs[8]![0]).toBe(`docker: Error response from daemon: invalid volume specification: 'a:/b:c:d'${RUN_HINT}`);
  });
});
