import { describe, expect, it } from 'vitest';
import { run1 } from '../../../../helpers.ts';

// Texts and statuses checked against glibc 2.36 getent.
describe('getent', () => {
  it('looks up passwd/group entries by name or id', async () => {
    expect(await run1('getent passwd root; getent passwd 0 daemon')).toMatchObject({
      stdout: 'root:x:0:0:root:/root:/bin/bash\nroot:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n',
      exit: 0,
    });
    expect(await run1('getent group 0 nosuch root')).toMatchObject({ stdout: 'root:x:0:\nroot:x:0:\n', exit: 2 });
    expect(await run1("getent passwd ''")).toMatchObject({ stdout: '', exit: 2 });
  });

  it('reports bad usage like argp (hint on stdout, 64 for option errors)', async () => {
    const hint = "Try `getent --help' or `getent --usage' for more information.\n";
    expect(await run1('getent foo')).toMatchObject({ stdout: hint, stderr: 'Unknown database: foo\n', exit: 1 });
    expect(await run1('getent')).toMatchObject({ stdout: hint, stderr: 'getent: wrong number of arguments\n', exit: 1 });
    expect(await run1('getent -x')).toMatchObject({ stdout: '', stderr: `getent: invalid option -- 'x'\n${hint}`, exit: 64 });
  });
});
