import { describe, expect, it } from 'vitest';
import { newSession } from '../../../helpers.ts';

// Texts recorded from Docker CLI 28.2.2 + Engine 20.10.24.
const NOT_FOUND = 'OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuch": executable file not found in $PATH: unknown';
const NOT_DIR = 'OCI runtime exec failed: exec failed: unable to start container process: chdir to cwd ("/etc/passwd") set in config.json failed: not a directory: unknown: Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type';

describe('docker exec failures, attached and detached', () => {
  it('attached: runc text on stdout with CRLF, status 126; detached: daemon error on stderr, status 1', async () => {
    const s = newSession();
    await s.run('docker run -d --name fx busybox sleep 1000 > /dev/null');
    expect(await s.run('docker exec fx nosuch')).toMatchObject({ stdout: `${NOT_FOUND}\r\n`, stderr: '', exit: 126 });
    expect(await s.run('docker exec -d fx nosuch')).toMatchObject({ stdout: '', stderr: `Error response from daemon: ${NOT_FOUND}\n`, exit: 1 });
    expect(await s.run('docker exec -w /etc/passwd fx true')).toMatchObject({ stdout: `${NOT_DIR}\r\n`, exit: 126 });
    expect(await s.run('docker exec -d -w /etc/passwd fx true')).toMatchObject({ stderr: `Error response from daemon: ${NOT_DIR}\n`, exit: 1 });
    expect(await s.run('docker exec -d -w rel fx true')).toMatchObject({ stderr: 'Error response from daemon: OCI runtime exec failed: exec failed: Cwd must be an absolute path: unknown\n', exit: 1 });
    expect(await s.run('docker exec -d -u nobody2 fx true')).toMatchObject({ stderr: 'Error response from daemon: unable to find user nobody2: no matching entries in passwd file\n', exit: 1 });
  });
});
