import { describe, expect, it } from 'vitest';
import { newSession } from '../../../helpers.ts';

const AH00558 = "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message\n";

describe('httpd in the httpd image (httpd-foreground)', () => {
  it('warns twice about ServerName, logs AH00489/AH00094, runs a root parent and three www-data children', async () => {
    const s = newSession();
    await s.run('docker run -d --name web httpd > /dev/null 2>&1');
    const logs = await s.run('docker logs web');
    expect(logs.stdout).toBe('');
    expect(logs.stderr).toMatch(new RegExp(`^(?:${AH00558.replace(/[.()'?]/g, '\\$&')}){2}\\[Mon Jan 05 08:00:00\\.\\d{6} 2026\\] \\[mpm_event:notice\\] \\[pid 1:tid 1\\] AH00489: Apache/2\\.4\\.59 \\(Unix\\) configured -- resuming normal operations\\n\\[.*\\] \\[core:notice\\] \\[pid 1:tid 1\\] AH00094: Command line: 'httpd -D FOREGROUND'\\n$`));
    const top = (await s.run('docker top web')).stdout.split('\n').filter(Boolean).slice(1);
    expect(top.map((l) => l.split(/\s+/)[0])).toEqual(['root', 'www-data', 'www-data', 'www-data']);
    expect(top.every((l) => l.endsWith('httpd -DFOREGROUND'))).toBe(true);
    await s.run('docker stop web');
    expect((await s.run('docker logs web 2>&1 | tail -1')).stdout).toMatch(/\[mpm_event:notice\] \[pid 1:tid 1\] AH00492: caught SIGWINCH, shutting down gracefully\n$/);
    expect((await s.run("docker inspect -f '{{.State.ExitCode}}' web")).stdout).toBe('0\n');
  });

  it('httpd -v, -t, and the syntax error of an unknown directive', async () => {
    const s = newSession();
    await s.run('docker run -d --name web httpd > /dev/null 2>&1');
    expect((await s.run('docker exec web httpd -v')).stdout).toMatch(/^Server version: Apache\/2\.4\.59 \(Unix\)\nServer built: {3}\w{3} /);
    expect(await s.run('docker exec web httpd -t')).toMatchObject({ stderr: `${AH00558}Syntax OK\n`, exit: 0 });
    await s.run("docker exec web sh -c 'echo ServerName localhost >> conf/httpd.conf; echo Foo bar >> conf/httpd.conf'");
    const lines = (await s.run('docker exec web grep -c "" conf/httpd.conf')).stdout.trim();
    expect(await s.run('docker exec web httpd -t')).toMatchObject({
      stderr: `AH00526: Syntax error on line ${lines} of /usr/local/apache2/conf/httpd.conf:\nInvalid command 'Foo', perhaps misspelled or defined by a module not included in the server configuration\n`,
      exit: 1,
    });
  });
});
