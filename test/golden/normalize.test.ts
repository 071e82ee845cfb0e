import { describe, expect, it } from 'vitest';
import {
  ageRule,
  enginePathRule,
  idRule,
  nameRule,
  namespaceRule,
  normalize,
  normalizeBlock,
  paddingRule,
  pidRule,
  RULES,
  sizeRule,
  timeRule,
  workdirRule,
} from './normalize.ts';

const HEX64 = 'c08aa471a2c2e3f4'.repeat(4);
const HEX12 = 'c08aa471a2c2';

describe('rule 1: working directory', () => {
  it('replaces the recording directory and paths under it', () => {
    expect(workdirRule('/tmp/dockerd/work')).toBe('<workdir>');
    expect(workdirRule('Source: "/tmp/dockerd/work/data",')).toBe('Source: "<workdir>/data",');
    expect(workdirRule('cp: /tmp/dockerd/work: x')).toBe('cp: <workdir>: x');
  });
  it('replaces the replay directories given, longest first', () => {
    expect(workdirRule('/root/w/x and /root/w2', { workdirs: ['/root/w', '/root/w2'] })).toBe('<workdir>/x and <workdir>');
  });
  it('leaves longer names and other paths alone', () => {
    expect(workdirRule('/tmp/dockerd/workspace /tmp/dockerd/work_2 /tmp/dockerd/work.d /tmp/dockerd/root')).toBe(
      '/tmp/dockerd/workspace /tmp/dockerd/work_2 /tmp/dockerd/work.d /tmp/dockerd/root',
    );
  });
  it('keeps a sentence full stop after the path', () => {
    expect(workdirRule('in /tmp/dockerd/work.')).toBe('in <workdir>.');
  });
});

describe('rule 2: engine state paths', () => {
  it('maps data root and exec root to the defaults', () => {
    expect(enginePathRule('"Mountpoint": "/tmp/dockerd/root/volumes/v/_data"')).toBe('"Mountpoint": "/var/lib/docker/volumes/v/_data"');
    expect(enginePathRule('/tmp/dockerd/exec/netns/abc')).toBe('/var/run/docker/netns/abc');
    expect(enginePathRule(' Docker Root Dir: /tmp/dockerd/root')).toBe(' Docker Root Dir: /var/lib/docker');
  });
  it('leaves other paths alone', () => {
    expect(enginePathRule('/tmp/dockerd/rootless /tmp/dockerd/work /var/lib/docker')).toBe('/tmp/dockerd/rootless /tmp/dockerd/work /var/lib/docker');
  });
});

describe('rule 3: ids and digests', () => {
  it('replaces sha256 digests', () => {
    expect(idRule(`sha256:${HEX64}`)).toBe('sha256:<digest>');
    expect(idRule(`busybox@sha256:${HEX64}\n`)).toBe('busybox@sha256:<digest>\n');
  });
  it('replaces build-history content hashes, also when cut short by an ellipsis', () => {
    expect(idRule(`COPY file:${HEX64} in /`)).toBe('COPY file:<hash> in /');
    expect(idRule(`ADD dir:${HEX64} in /`)).toBe('ADD dir:<hash> in /');
    expect(idRule(`COPY multi:${HEX64} in /`)).toBe('COPY multi:<hash> in /');
    expect(idRule('#(nop) COPY file:9b8b4a0fd5e2a1b0…   ')).toBe('#(nop) COPY file:<hash>   ');
    expect(idRule('#(nop) COPY file:9b8b4a0fd5e2a1b0\xe2\x80\xa6 x')).toBe('#(nop) COPY file:<hash> x');
  });
  it('leaves image tags such as multi:1 alone', () => {
    expect(idRule('multi:1 multi:2 file:abc dir:latest')).toBe('multi:1 multi:2 file:abc dir:latest');
  });
  it('replaces other 64-hex words with <longid> and 12-hex words with <id>', () => {
    expect(idRule(HEX64)).toBe('<longid>');
    expect(idRule(`Deleted: ${HEX64}\n${HEX12}\nroot@${HEX12}:/# `)).toBe('Deleted: <longid>\n<id>\nroot@<id>:/# ');
    expect(idRule(` ---> Running in ${HEX12}\n ---> ${HEX12}`)).toBe(' ---> Running in <id>\n ---> <id>');
  });
  it('also replaces a 12-digit decimal number (it is a hex word)', () => {
    expect(idRule('123456789012')).toBe('<id>');
  });
  it('leaves other lengths, uppercase and words glued to letters or underscores alone', () => {
    expect(idRule('c08aa471a2c')).toBe('c08aa471a2c');
    expect(idRule('c08aa471a2c2d')).toBe('c08aa471a2c2d');
    expect(idRule('C08AA471A2C2')).toBe('C08AA471A2C2');
    expect(idRule('x_c08aa471a2c2 c08aa471a2c2g')).toBe('x_c08aa471a2c2 c08aa471a2c2g');
    expect(idRule(HEX64.slice(0, 63))).toBe(HEX64.slice(0, 63));
  });
  it('keeps words separated by punctuation as separate ids', () => {
    expect(idRule(`${HEX12}-${HEX12}.log`)).toBe('<id>-<id>.log');
  });
});

describe('rule 4: generated container names', () => {
  it('replaces adjective_surname names from the generator', () => {
    expect(nameRule('frosty_kirch|app=web')).toBe('<name>|app=web');
    expect(nameRule('silly_easley\nzen_lovelace\nxenodochial_noyce')).toBe('<name>\n<name>\n<name>');
    expect(nameRule('"Name": "/jolly_hopper",')).toBe('"Name": "/<name>",');
  });
  it('accepts the retry digit the generator appends on a clash', () => {
    expect(nameRule('nice_tesla3')).toBe('<name>');
  });
  it('leaves words whose first part is not a generator adjective alone', () => {
    expect(nameRule('default_bridge')).toBe('default_bridge');
    expect(nameRule('host_config my_app web_1')).toBe('host_config my_app web_1');
  });
  it('leaves names embedded in longer words alone', () => {
    expect(nameRule('my_silly_easley')).toBe('my_silly_easley');
    expect(nameRule('Silly_easley silly_Easley')).toBe('Silly_easley silly_Easley');
  });
});

describe('rule 5: timestamps', () => {
  it('replaces RFC 3339 times with or without fraction and offset', () => {
    expect(timeRule('"Created": "2026-11-23T07:46:08.692444266Z",')).toBe('"Created": "<time>",');
    expect(timeRule('2026-11-23T07:52:18Z')).toBe('<time>');
    expect(timeRule('2026-11-23T07:52:18+01:00 x')).toBe('<time> x');
  });
  it("replaces Docker's Go time form", () => {
    expect(timeRule('"CreatedAt":"2026-11-23 07:52:06 +0000 UTC"')).toBe('"CreatedAt":"<time>"');
    expect(timeRule('2026-11-23 07:52:06.123 +0000 UTC')).toBe('<time>');
  });
  it('keeps the zero time', () => {
    expect(timeRule('"FinishedAt": "0001-01-01T00:00:00Z"')).toBe('"FinishedAt": "0001-01-01T00:00:00Z"');
  });
  it('leaves bare dates and clock times alone', () => {
    expect(timeRule('2026-11-23 and 07:52:06 and 2026-11-23 07:52:06')).toBe('2026-11-23 and 07:52:06 and 2026-11-23 07:52:06');
  });
});

describe('rule 6: human durations', () => {
  it('replaces every form of HumanDuration and keeps the words around it', () => {
    expect(ageRule('Up Less than a second')).toBe('Up <age>');
    expect(ageRule('Exited (137) 4 seconds ago')).toBe('Exited (137) <age> ago');
    expect(ageRule('Up About a minute (Paused)')).toBe('Up <age> (Paused)');
    expect(ageRule('About an hour ago')).toBe('<age> ago');
    for (const u of ['second', 'minute', 'hour', 'day', 'week', 'month', 'year']) {
      expect(ageRule(`1 ${u} ago`)).toBe('<age> ago');
      expect(ageRule(`12 ${u}s ago`)).toBe('<age> ago');
    }
  });
  it('leaves other numbers and words alone', () => {
    expect(ageRule('2 CPUs, 3 secs, 10 secondsx, about a minute')).toBe('2 CPUs, 3 secs, 10 secondsx, about a minute');
  });
});

describe('rule 7: human sizes', () => {
  it('replaces sizes in every unit', () => {
    expect(sizeRule('Sending build context to Docker daemon  2.048kB')).toBe('Sending build context to Docker daemon  <size>');
    for (const u of ['B', 'kB', 'MB', 'GB', 'TB', 'KiB', 'MiB', 'GiB', 'TiB']) expect(sizeRule(`1.5${u}`)).toBe('<size>');
    expect(sizeRule('0B (virtual 1.99MB)')).toBe('<size> (virtual <size>)');
  });
  it('replaces a percentage right after a size', () => {
    expect(sizeRule('2.669MB (100%)')).toBe('<size> (<pct>)');
    expect(sizeRule('0B (0%)')).toBe('<size> (<pct>)');
  });
  it('leaves other percentages, spaced units and unit-like words alone', () => {
    expect(sizeRule('0.05% (100%) 2 MB 5Bytes 3kb 1Bx')).toBe('0.05% (100%) 2 MB 5Bytes 3kb 1Bx');
    expect(sizeRule('1.5MiB  (100%)')).toBe('<size>  (100%)');
  });
});

describe('rule 8: process ids', () => {
  it('replaces positive "Pid" values only', () => {
    expect(pidRule('            "Pid": 4242,')).toBe('            "Pid": <pid>,');
    expect(pidRule('{"Pid":17,"ExitCode":0}')).toBe('{"Pid":<pid>,"ExitCode":0}');
    expect(pidRule('            "Pid": 0,')).toBe('            "Pid": 0,');
    expect(pidRule('"PidMode": "host", "pid": 5')).toBe('"PidMode": "host", "pid": 5');
  });
  it('replaces the PID, PPID, C and STIME columns of docker top, keeping the rest', () => {
    const top =
      'UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD\n' +
      'root                12345               12320               0                   07:46               ?                   00:00:00            sleep 100\n' +
      'root                12400               12345               3                   07:47               ?                   00:00:01            sh -c x\n';
    expect(pidRule(top)).toBe(
      'UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD\n' +
        'root                <pid>               <pid>               <cpu>                   <time>               ?                   00:00:00            sleep 100\n' +
        'root                <pid>               <pid>               <cpu>                   <time>               ?                   00:00:01            sh -c x\n',
    );
  });
  it('leaves tables that are not docker top alone (busybox ps, docker ps)', () => {
    const ps = 'PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 100\n';
    expect(pidRule(ps)).toBe(ps);
    const dps = 'CONTAINER ID   IMAGE     COMMAND\nc08aa471a2c2   busybox   "sh"\n';
    expect(pidRule(dps)).toBe(dps);
  });
  it('ends a top table at a blank line', () => {
    expect(pidRule('UID PID PPID C STIME TTY TIME CMD\nroot 5 4 0 07:46 ? 00:00:00 sh\n\n9 8 7 6 5\n')).toBe(
      'UID PID PPID C STIME TTY TIME CMD\nroot <pid> <pid> <cpu> <time> ? 00:00:00 sh\n\n9 8 7 6 5\n',
    );
  });
});

describe('rule 9: namespace inodes', () => {
  it('replaces any name:[digits]', () => {
    expect(namespaceRule("uts -> 'uts:[4026532181]'")).toBe("uts -> 'uts:[<ns>]'");
    expect(namespaceRule('net:[4026531840] pid_for_children:[4026532190]')).toBe('net:[<ns>] pid_for_children:[<ns>]');
  });
  it('leaves non-numeric brackets alone', () => {
    expect(namespaceRule('uts:[abc] uts:[] uts: [1]')).toBe('uts:[abc] uts:[] uts: [1]');
  });
});

describe('rule 10: column padding', () => {
  it('squeezes runs of two or more spaces after the first non-space character', () => {
    expect(paddingRule('NAME      IMAGE   STATUS')).toBe('NAME  IMAGE  STATUS');
    expect(paddingRule('a  b\nc     d')).toBe('a  b\nc  d');
  });
  it('keeps leading indentation exactly', () => {
    expect(paddingRule('        "Id":    "x"')).toBe('        "Id":  "x"');
    expect(paddingRule('      --rm     Remove')).toBe('      --rm  Remove');
  });
  it('keeps single spaces and tabs', () => {
    expect(paddingRule('a b\tc\t\td')).toBe('a b\tc\t\td');
    expect(paddingRule('\t   x')).toBe('\t  x');
  });
  it('squeezes trailing padding too', () => {
    expect(paddingRule('0B        ')).toBe('0B  ');
  });
});

describe('normalize', () => {
  it('has the ten rules in the README order', () => {
    expect(RULES.map((r) => r.name)).toEqual([
      'workdirRule', 'enginePathRule', 'idRule', 'nameRule', 'timeRule', 'ageRule', 'sizeRule', 'pidRule', 'namespaceRule', 'paddingRule',
    ]);
  });

  it('makes a docker ps table from two runs compare equal', () => {
    const a =
      'CONTAINER ID   IMAGE     COMMAND   CREATED                  STATUS                     PORTS     NAMES\n' +
      'c08aa471a2c2   busybox   "sh"      Less than a second ago   Exited (0) 1 second ago              silly_easley\n';
    const b =
      'CONTAINER ID   IMAGE     COMMAND   CREATED         STATUS                      PORTS     NAMES\n' +
      '4f1e2d3c4b5a   busybox   "sh"      3 seconds ago   Exited (0) 2 seconds ago              zen_lovelace\n';
    expect(normalize(a)).toBe(normalize(b));
    expect(normalize(a)).toBe('CONTAINER ID  IMAGE  COMMAND  CREATED  STATUS  PORTS  NAMES\n<id>  busybox  "sh"  <age> ago  Exited (0) <age> ago  <name>\n');
  });

  it('applies the rules in order (a workdir path with an id inside keeps its <workdir>)', () => {
    expect(normalize('/tmp/dockerd/work/c08aa471a2c2')).toBe('<workdir>/<id>');
    expect(normalize('/tmp/dockerd/root/containers/' + HEX64 + '/x-json.log')).toBe('/var/lib/docker/containers/<longid>/x-json.log');
  });

  it('changes nothing else (plain shell output)', () => {
    const text = "ls: cannot access 'x': No such file or directory\n  1\tfoo\n-rw-r--r-- 1 root root 4 a\n";
    expect(normalize(text)).toBe(text);
  });

  it('normalizes both streams of a block but not the command or exit', () => {
    const b = { cmd: 'docker ps -q  # c08aa471a2c2', stdout: 'c08aa471a2c2\n', stderr: 'took 1 second\n', exit: 0 };
    expect(normalizeBlock(b)).toEqual({ cmd: 'docker ps -q  # c08aa471a2c2', stdout: '<id>\n', stderr: 'took <age>\n', exit: 0 });
  });
});
