import { describe, expect, it } from 'vitest';
import { run1 } from '../../../../helpers.ts';

// Outputs checked against GNU patch 2.7.6 on Debian 12.
describe('patch (unified diffs)', () => {
  it('applies, reverses and reports offsets', async () => {
    const r = await run1(
      "printf '1\\n2\\n3\\n4\\n5\\n' > o; printf '1\\n2\\nX\\n4\\n5\\n' > n; diff -u o n > p; printf '0\\n1\\n2\\n3\\n4\\n5\\n' > o3; patch o3 < p; echo $?; cat o3; ls o3*; patch -R o3 p; cat o3",
    );
    expect(r.stdout).toBe(
      'patching file o3\nHunk #1 succeeded at 2 (offset 1 line).\n0\n0\n1\n2\nX\n4\n5\no3\no3.orig\npatching file o3\nHunk #1 succeeded at 2 (offset 1 line).\n0\n1\n2\n3\n4\n5\n',
    );
  });

  it('rejects failed hunks and garbage input', async () => {
    const r = await run1(
      "printf '1\\n2\\n3\\n' > o; printf '1\\nX\\n3\\n' > n; diff -u o n > p; printf 'a\\nb\\n' > o; patch o < p; echo $?; tail -n +3 o.rej; echo junk | patch o",
    );
    expect(r.stdout).toBe(
      'patching file o\nHunk #1 FAILED at 1.\n1 out of 1 hunk FAILED -- saving rejects to file o.rej\n1\n@@ -1,3 +1,3 @@\n 1\n-2\n+X\n 3\n',
    );
    expect(r).toMatchObject({ stderr: 'patch: **** Only garbage was found in the patch input.\n', exit: 2 });
  });

  it('keeps a missing final newline from the diff', async () => {
    const r = await run1("printf '1\\n2' > o; printf '1\\n3' > n; diff -u o n > p; patch -s o < p; od -c o");
    expect(r.stdout).toBe('0000000   1  \\n   3\n0000003\n');
  });
});
