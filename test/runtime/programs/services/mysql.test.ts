import { describe, expect, it } from 'vitest';
import { newSession } from '../../../helpers.ts';

const NOTE = /^2026-01-05 08:00:0\d\+00:00 \[(Note|ERROR)\] \[Entrypoint\]: /;

describe('mysql:8.0 (entrypoint, gosu mysql, mysqld)', () => {
  it('refuses to initialize without a root password option: the entrypoint error, exit 1', async () => {
    const s = newSession();
    await s.run('docker run -d --name db mysql > /dev/null 2>&1');
    const logs = await s.run('docker logs db');
    expect(logs.stdout.split('\n').map((l) => l.replace(NOTE, ''))).toEqual([
      'Entrypoint script for MySQL Server 8.0.36-1.el8 started.',
      "Switching to dedicated user 'mysql'",
      'Entrypoint script for MySQL Server 8.0.36-1.el8 started.',
      '',
    ]);
    expect(logs.stderr.replace(NOTE, '')).toBe('Database is uninitialized and password option is not specified\n    You need to specify one of the following as an environment variable:\n    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD\n');
    expect((await s.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' db")).stdout).toBe('exited 1\n');
  });

  it('initializes with MYSQL_ROOT_PASSWORD, runs mysqld as PID 1 (user mysql), stops on SIGTERM with exit 0', async () => {
    const s = newSession();
    await s.run('docker run -d --name db -e MYSQL_ROOT_PASSWORD=secret mysql > /dev/null 2>&1');
    const out = (await s.run('docker logs db 2>/dev/null')).stdout;
    expect(out).toContain("'/var/lib/mysql/mysql.sock' -> '/var/run/mysqld/mysqld.sock'\n");
    expect(out.split('\n').filter((l) => NOTE.test(l)).map((l) => l.replace(NOTE, ''))).toEqual([
      'Entrypoint script for MySQL Server 8.0.36-1.el8 started.', "Switching to dedicated user 'mysql'", 'Entrypoint script for MySQL Server 8.0.36-1.el8 started.',
      'Initializing database files', 'Database files initialized', 'Starting temporary server', 'Temporary server started.',
      'Stopping temporary server', 'Temporary server stopped', 'MySQL init process done. Ready for start up.',
    ]);
    const err = (await s.run('docker logs db 2>&1 >/dev/null')).stdout;
    expect(err).toMatch(/\[MY-013169\] \[Server\] \/usr\/sbin\/mysqld \(mysqld 8.0.36\) initializing of server in progress as process \d+\n/);
    expect(err).toContain("10 [System] [MY-013172] [Server] Received SHUTDOWN from user root. Shutting down mysqld (Version: 8.0.36).\n");
    expect(err).toMatch(/Z 0 \[System\] \[MY-010116\] \[Server\] \/usr\/sbin\/mysqld \(mysqld 8.0.36\) starting as process 1\n/);
    expect(err).toMatch(/\/usr\/sbin\/mysqld: ready for connections. Version: '8.0.36'  socket: '\/var\/run\/mysqld\/mysqld.sock'  port: 3306  MySQL Community Server - GPL.\n$/);
    expect((await s.run('docker top db -o pid,user,args')).stdout).toMatch(/\n\d+ +999 +mysqld\n$/);
    await s.run('docker stop db');
    expect((await s.run('docker logs db 2>&1 | tail -2')).stdout.replace(/^\S+ /gm, '')).toBe('0 [System] [MY-013172] [Server] Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: 8.0.36).\n0 [System] [MY-010910] [Server] /usr/sbin/mysqld: Shutdown complete (mysqld 8.0.36)  MySQL Community Server - GPL.\n');
    expect((await s.run("docker inspect -f '{{.State.ExitCode}}' db")).stdout).toBe('0\n');
    // The data directory exists now: a restart skips the initialization.
    await s.run('docker start db');
    expect((await s.run('docker logs db 2>/dev/null | grep -c "Initializing database files"')).stdout).toBe('1\n');
    expect((await s.run('docker run --rm mysql mysqld --version')).stdout).toBe('/usr/sbin/mysqld  Ver 8.0.36 for Linux on x86_64 (MySQL Community Server - GPL)\n');
  });
});
