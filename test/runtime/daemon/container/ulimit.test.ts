import { describe, expect, it } from 'vitest';
import { newSession } from '../../../helpers.ts';

// Texts recorded from Docker CLI 28.2.2 + Engine 20.10.24 (busybox image).
const flagErr = (arg: string, why: string) =>
  `invalid argument "${arg}" for "--ulimit" flag: ${why}\n\nUsage:  docker create [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker create --help' for more information\n`;

describe('docker --ulimit', () => {
  it('rejects bad values at parse time with the CLI texts', async () => {
    const s = newSession();
    const cases: Array<[string, string]> = [
      ['x', 'invalid ulimit argument: x'],
      ['foo=1', 'invalid ulimit type: foo'],
      ['NOFILE=5', 'invalid ulimit type: NOFILE'],
      ['=5', 'invalid ulimit type: '],
      ['nofile=x', 'strconv.ParseInt: parsing "x": invalid syntax'],
      ['nofile=', 'strconv.ParseInt: parsing "": invalid syntax'],
      ['nofile=1.5', 'strconv.ParseInt: parsing "1.5": invalid syntax'],
      ['nproc=99999999999999999999', 'strconv.ParseInt: parsing "99999999999999999999": value out of range'],
      ['nofile=1:2:3', 'too many limit value arguments - 1:2:3, can only have up to two, `soft[:hard]`'],
      ['nofile=3:2', 'ulimit soft limit must be less than or equal to hard limit: 3 > 2'],
    ];
    for (const [arg, why] of cases) {
      expect(await s.run(`docker create --ulimit '${arg}' busybox true`)).toMatchObject({ stdout: '', stderr: flagErr(arg, why), exit: 125 });
    }
    expect((await s.run('docker ps -aq')).stdout).toBe('');
  });

  it('stores HostConfig.Ulimits by name, sorted, the last one winning', async () => {
    const s = newSession();
    await s.run('docker create --name ut --ulimit nofile=1024:2048 --ulimit nproc=50 --ulimit core=0 --ulimit nofile=100 busybox');
    expect((await s.run(`docker inspect -f '{{json .HostConfig.Ulimits}}' ut`)).stdout).toBe(
      '[{"Name":"core","Hard":0,"Soft":0},{"Name":"nofile","Hard":100,"Soft":100},{"Name":"nproc","Hard":50,"Soft":50}]\n',
    );
    await s.run('docker create --name plain busybox');
    expect((await s.run(`docker inspect -f '{{json .HostConfig.Ulimits}}' plain`)).stdout).toBe('[]\n');
  });

  it("applies them to PID 1 and to exec'd processes; dockerd's limits otherwise", async () => {
    const s = newSession();
    expect((await s.run(`docker run --rm busybox sh -c 'ulimit -n; ulimit -Hn; ulimit -u'`)).stdout).toBe('20000\n20000\n96364\n');
    const r = await s.run(`docker run --rm --ulimit nofile=1024:2048 --ulimit nproc=50:100 --ulimit core=-1 --ulimit fsize=1024 busybox sh -c 'ulimit -n; ulimit -Hn; ulimit -f; grep -E "processes|core" /proc/1/limits'`);
    expect(r.stdout).toBe(
      '1024\n2048\n2\n' +
      'Max core file size        unlimited            unlimited            bytes     \n' +
      'Max processes             50                   100                  processes \n',
    );
    await s.run('docker run -d --name lim --ulimit nofile=77 busybox sleep 100');
    expect((await s.run(`docker exec lim sh -c 'ulimit -n; ulimit -Hn'`)).stdout).toBe('77\n77\n');
  });

  it('fails the start like runc when nofile goes past nr_open', async () => {
    const s = newSession();
    expect(await s.run('docker run --rm --ulimit nofile=-1 busybox true')).toMatchObject({
      stderr: "docker: Error response from daemon: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: error setting rlimits for ready process: error setting rlimit type 7: operation not permitted: unknown\n\nRun 'docker run --help' for more information\n",
      exit: 125,
    });
  });
});
