import { describe, expect, it } from 'vitest';
import { createHost } from '../../../../src/runtime/host.ts';
import { listeningProcesses } from '../../../../src/runtime/programs/services/listening.ts';
import { ShellSession } from '../../../../src/runtime/session.ts';

const NOTICE = /^2026\/01\/05 08:00:0\d \[notice\] (\d+)#\1: /;

async function started() {
  const host = createHost({ seed: 1 });
  const s = new ShellSession(host);
  await s.run('docker pull -q nginx > /dev/null');
  expect((await s.run('docker run -d --name web nginx')).exit).toBe(0);
  return { s, host };
}

describe('nginx in the nginx image', () => {
  it('runs the entrypoint, then a master and one worker per CPU; notices on stderr only', async () => {
    const { s, host } = await started();
    const out = (await s.run('docker logs web 2>/dev/null')).stdout.split('\n');
    expect(out[0]).toBe('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration');
    expect(out).toContain('/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh');
    expect(out.at(-2)).toBe('/docker-entrypoint.sh: Configuration complete; ready for start up');
    const err = (await s.run('docker logs web 2>&1 >/dev/null')).stdout.split('\n').filter(Boolean);
    expect(err.map((l) => l.replace(NOTICE, ''))).toEqual(expect.arrayContaining(['using the "epoll" event method', 'nginx/1.25.5', 'built by gcc 12.2.0 (Debian 12.2.0-14) ', 'OS: Linux 5.15.0-91-generic', 'start worker processes']));
    expect(err.filter((l) => / start worker process \d+$/.test(l))).toHaveLength(2);
    const top = (await s.run('docker top web')).stdout;
    expect(top).toContain('nginx: master process nginx -g daemon off;');
    expect(top.match(/nginx: worker process/g)).toHaveLength(2);
    expect((await s.run('docker exec web cat /var/run/nginx.pid')).stdout).toBe('1\n');
    const listening = listeningProcesses(host.kernel).filter((h) => h.proc.comm === 'nginx');
    expect(listening).toHaveLength(3);
    expect(listening[0]!.sockets).toEqual([{ proto: 'tcp', address: '0.0.0.0', port: 80, protocol: 'http' }]);
  });

  it('docker stop sends SIGQUIT: graceful shutdown notices, exit 0, pid file gone', async () => {
    const { s, host } = await started();
    await s.run('docker stop web');
    const tail = (await s.run('docker logs web 2>&1 | tail -12')).stdout.split('\n').map((l) => l.replace(/^\S+ \S+ /, ''));
    expect(tail[0]).toBe('[notice] 1#1: signal 3 (SIGQUIT) received, shutting down');
    expect(tail.filter((l) => l.endsWith(': gracefully shutting down'))).toHaveLength(2);
    expect(tail.filter((l) => /exited with code 0$/.test(l))).toHaveLength(2);
    expect(tail[11]).toBe('[notice] 1#1: exit');
    expect((await s.run("docker inspect -f '{{.State.ExitCode}}' web")).stdout).toBe('0\n');
    expect(listeningProcesses(host.kernel)).toEqual([]);
  });

  it('nginx -t: ok, then the real [emerg] texts for broken configurations', async () => {
    const { s } = await started();
    expect(await s.run('docker exec web nginx -t')).toMatchObject({ stderr: 'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n', exit: 0 });
    await s.run(`docker exec web sed -i 's/listen       80;/listen       80/' /etc/nginx/conf.d/default.conf`);
    const r = await s.run('docker exec web nginx -t');
    expect(r.stderr.replace(/^\S+ \S+ /, '')).toBe('[emerg] 2#2: invalid parameter "server_name" in /etc/nginx/conf.d/default.conf:3\nnginx: [emerg] invalid parameter "server_name" in /etc/nginx/conf.d/default.conf:3\nnginx: configuration file /etc/nginx/nginx.conf test failed\n'.replace('2#2', r.stderr.match(/(\d+#\d+)/)![1]!));
    expect(r.exit).toBe(1);
    await s.run(`docker exec web sed -i 's/listen       80$/listen       80;/' /etc/nginx/conf.d/default.conf`);
    await s.run(`docker exec web sh -c 'printf "\\n\\nfoo bar;\\n" > /etc/nginx/conf.d/extra.conf'`);
    expect((await s.run('docker exec web nginx -t 2>&1 | grep "^nginx: "')).stdout).toBe('nginx: [emerg] unknown directive "foo" in /etc/nginx/conf.d/extra.conf:3\nnginx: configuration file /etc/nginx/nginx.conf test failed\n');
    await s.run(`docker exec web sh -c 'echo "server { listen 8080; location / { root /tmp; }" > /etc/nginx/conf.d/extra.conf'`);
    expect((await s.run('docker exec web nginx -t 2>&1 | grep "^nginx: "')).stdout).toBe('nginx: [emerg] unexpected end of file, expecting "}" in /etc/nginx/conf.d/extra.conf:2\nnginx: configuration file /etc/nginx/nginx.conf test failed\n');
  });

  it('reload starts new workers and retires the old ones; -s without a master reports the pid file', async () => {
    const { s } = await started();
    expect(await s.run('docker exec web nginx -s reload')).toMatchObject({ stderr: expect.stringMatching(/\[notice\] \d+#\d+: signal process started\n$/), exit: 0 });
    const logs = (await s.run('docker logs web 2>&1')).stdout;
    expect(logs).toMatch(/\[notice\] 1#1: signal 1 \(SIGHUP\) received from \d+, reconfiguring\n/);
    expect(logs.match(/signal 29 \(SIGIO\) received/g)).toHaveLength(2);
    expect((await s.run('docker top web')).stdout.match(/nginx: worker process/g)).toHaveLength(2);
    const r = await s.run('docker run --rm nginx nginx -s quit');
    expect(r.stderr).toMatch(/nginx: \[error\] open\(\) "\/var\/run\/nginx.pid" failed \(2: No such file or directory\)\n$/);
    expect(r.exit).toBe(1);
  });

  it('-v/-V print the build; a second master cannot bind port 80', async () => {
    const { s } = await started();
    expect((await s.run('docker exec web nginx -v')).stderr).toBe('nginx version: nginx/1.25.5\n');
    expect((await s.run('docker exec web nginx -V')).stderr).toMatch(/^nginx version: nginx\/1.25.5\nbuilt by gcc 12.2.0 \(Debian 12.2.0-14\) \nbuilt with OpenSSL 3.0.9 .*\nTLS SNI support enabled\nconfigure arguments: --prefix=\/etc\/nginx /);
    const r = await s.run(`docker exec web nginx -g 'daemon off;'`);
    expect(r.stderr.split('\n').filter((l) => l === 'nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)')).toHaveLength(5);
    expect(r.stderr).toMatch(/nginx: \[emerg\] still could not bind\(\)\n$/);
    expect(r.exit).toBe(1);
  });

  it('nginx:1.14-alpine logs at warn level: no start-up notices, SIGTERM stops it', async () => {
    const s = new ShellSession(createHost({ seed: 1 }));
    await s.run('docker run -d --name old nginx:1.14-alpine > /dev/null 2>&1');
    expect((await s.run('docker logs old')).stdout + (await s.run('docker logs old')).stderr).toBe('');
    expect((await s.run('docker exec old nginx -v')).stderr).toBe('nginx version: nginx/1.14.2\n');
    await s.run('docker stop old');
    expect((await s.run("docker inspect -f '{{.State.ExitCode}}' old")).stdout).toBe('0\n');
  });
});
