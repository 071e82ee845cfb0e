import { describe, expect, it } from 'vitest';
import { newSession, run1 } from '../../../../helpers.ts';

describe('lsns', () => {
  it('lists the namespaces with libsmartcols widths', async () => {
    const r = await run1('lsns');
    expect(r.stdout.split('\n').slice(0, 3).join('\n')).toBe('        NS TYPE   NPROCS PID USER COMMAND\n4026531835 cgroup      7   1 root /sbin/init\n4026531836 pid         7   1 root /sbin/init');
  });

  it('shows a new namespace with its process', async () => {
    const s = newSession();
    await s.run("unshare -u sh -c 'sleep 100 &'");
    const r = await s.run('lsns -t uts');
    expect(r.stdout).toMatch(/^ {8}NS TYPE NPROCS PID USER COMMAND\n4026531838 uts {7}\d   1 root \/sbin\/init\n4026532160 uts {7}\d +\d+ root sleep 100\n$/);
  });

  it('supports -n, -o, -r, -J and -p', async () => {
    expect((await run1('lsns -n -t net -o NS,TYPE,PATH,ONS')).stdout).toBe('4026531840 net /proc/1/ns/net 4026531837\n');
    expect((await run1('lsns -r -t ipc')).stdout).toBe('NS TYPE NPROCS PID USER COMMAND\n4026531839 ipc 7 1 root /sbin/init\n');
    expect((await run1('lsns -J -t uts -o NS,TYPE')).stdout).toBe('{\n   "namespaces": [\n      {\n         "ns": 4026531838,\n         "type": "uts"\n      }\n   ]\n}\n');
    expect((await run1('lsns -p 1 -o TYPE -n')).stdout).toBe('cgroup\npid\nuser\nuts\nipc\nnet\nmnt\n');
  });

  it('rejects bad arguments', async () => {
    expect(await run1('lsns -t foo')).toMatchObject({ stderr: 'lsns: unknown namespace type: foo\n', exit: 1 });
    expect(await run1('lsns -p abc')).toMatchObject({ stderr: "lsns: invalid PID argument: 'abc'\n", exit: 1 });
    expect(await run1('lsns -o FOO')).toMatchObject({ stderr: 'lsns: unknown column: FOO\n', exit: 1 });
  });
});
