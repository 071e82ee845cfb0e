import type { TreeBuilder } from '../../../rootfs/tree-builder.ts';
import { programImage } from '../../../programs/binfmt.ts';
import { fileHash } from '../digest.ts';
import { CENTOS7_GROUP, CENTOS7_PASSWD } from '../fs/centos-root.ts';
import { mysqlEntrypoint } from '../fs/mysql-entrypoint.ts';
import { oracleSlimRoot } from '../fs/oracle-root.ts';
import { bkNop, image, layer, nop } from '../spec.ts';
import type { HistoryEntry, ImageSpec } from '../types.ts';
import { DEFAULT_PATH } from '../types.ts';

const bk = 'buildkit.dockerfile.v0';

interface Release { tags: string[]; major: string; version: string; shell: string; ol: [7 | 8, number]; olSize: number; serverSize: number; shellSize: number; at: string }

const RELEASES: Release[] = [
  { tags: ['latest', '8', '8.0', '8.0.36', 'oracle', '8.0-oracle', '8.0.36-oracle'], major: '8.0', version: '8.0.36-1.el8', shell: '8.0.36-1.el8', ol: [8, 9], olSize: 110547321, serverSize: 241298044, shellSize: 218430012, at: '2024-04-10T20:' },
  { tags: ['5.7', '5', '5.7.44', '5-oracle', '5.7-oracle', '5.7.44-oracle'], major: '5.7', version: '5.7.44-1.el7', shell: '8.0.35-1.el7', ol: [7, 9], olSize: 135231567, serverSize: 237652911, shellSize: 163521874, at: '2024-01-24T18:' },
];

function mysqlFiles(r: Release): (t: TreeBuilder) => void {
  return (t) => {
    // The model's server is mysqld 8.0; 5.7's binary is a different program, not modelled yet.
    t.file('/usr/sbin/mysqld', programImage(r.major === '8.0' ? 'mysqld' : 'mysqld-5.7'), 0o755);
    for (const n of ['mysql', 'mysqladmin', 'mysqldump', 'mysql_tzinfo_to_sql', 'mysqlcheck', 'mysqlshow']) t.file(`/usr/bin/${n}`, programImage(n), 0o755);
    t.file('/etc/my.cnf', `# For advice on how to change settings please see\n# http://dev.mysql.com/doc/refman/${r.major}/en/server-configuration-defaults.html\n\n[mysqld]\nskip-host-cache\nskip-name-resolve\ndatadir=/var/lib/mysql\nsocket=/var/run/mysqld/mysqld.sock\nsecure-file-priv=/var/lib/mysql-files\nuser=mysql\n\npid-file=/var/run/mysqld/mysqld.pid\n[client]\nsocket=/var/run/mysqld/mysqld.sock\n\n!includedir /etc/mysql/conf.d/\n`);
    t.dir('/docker-entrypoint-initdb.d').dir('/etc/mysql/conf.d').dir('/var/lib/mysql', 0o755, 999, 999).dir('/var/lib/mysql-files', 0o700, 999, 999).dir('/var/lib/mysql-keyring', 0o750, 999, 999).dir('/var/run/mysqld', 0o1777, 999, 999);
  };
}

function history(r: Release): HistoryEntry[] {
  const at = (s: number) => `${r.at}${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}Z`;
  return [
    layer(`${r.at.slice(0, 10)}T01:00:00Z`, `/bin/sh -c #(nop) ADD file:${fileHash(`oraclelinux-${r.ol[0]}-slim`)} in / `, r.olSize, oracleSlimRoot(r.ol[0], r.ol[1])),
    nop(`${r.at.slice(0, 10)}T01:00:01Z`, 'CMD ["/bin/bash"]'),
    layer(at(0), 'RUN /bin/sh -c set -eux; \tgroupadd --system --gid 999 mysql; \tuseradd --system --uid 999 --gid 999 --home-dir /var/lib/mysql --no-create-home mysql # buildkit', 2416, (t) => {
      t.file('/etc/passwd', CENTOS7_PASSWD.split('\n').filter((l) => !/^(systemd-network|dbus)/.test(l)).join('\n') + 'mysql:x:999:999::/var/lib/mysql:/bin/bash\n');
      t.file('/etc/group', CENTOS7_GROUP + 'mysql:x:999:\n');
    }, bk),
    bkNop(at(0), 'ENV GOSU_VERSION=1.16'),
    layer(at(8), 'RUN /bin/sh -c set -eux; \tarch="$(uname -m)"; \tcase "$arch" in \t\taarch64) gosuArch=\'arm64\' ;; \t\tx86_64) gosuArch=\'amd64\' ;; \t\t*) echo >&2 "error: unsupported architecture: \'$arch\'"; exit 1 ;; \tesac; \tcurl -fL -o /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$gosuArch.asc"; \tcurl -fL -o /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$gosuArch"; \tchmod +x /usr/local/bin/gosu; \tgosu --version; \tgosu nobody true # buildkit', 4286536, (t) => t.file('/usr/local/bin/gosu', programImage('gosu-1.16'), 0o755), bk),
    bkNop(at(8), `ENV MYSQL_MAJOR=${r.major}`),
    bkNop(at(8), `ENV MYSQL_VERSION=${r.version}`),
    layer(at(60), 'RUN /bin/sh -c set -eux; \tmicrodnf install -y "mysql-community-server-minimal-$MYSQL_VERSION"; \tmicrodnf clean all; \tgrep -F \'socket=/var/lib/mysql/mysql.sock\' /etc/my.cnf; \tsed -i \'s!^socket=.*!socket=/var/run/mysqld/mysqld.sock!\' /etc/my.cnf; \tmkdir -p /var/lib/mysql /var/run/mysqld; \tchown mysql:mysql /var/lib/mysql /var/run/mysqld; \tchmod 1777 /var/lib/mysql /var/run/mysqld; \tmkdir /var/lib/mysql-files; \tchown mysql:mysql /var/lib/mysql-files; \tmysqld --version; \tmysql --version # buildkit', r.serverSize, mysqlFiles(r), bk),
    bkNop(at(60), `ENV MYSQL_SHELL_VERSION=${r.shell}`),
    layer(at(90), 'RUN /bin/sh -c set -eux; \tmicrodnf install -y "mysql-shell-$MYSQL_SHELL_VERSION"; \tmicrodnf clean all; \tmysqlsh --version # buildkit', r.shellSize, (t) => t.file('/usr/bin/mysqlsh', programImage('mysqlsh'), 0o755), bk),
    bkNop(at(90), 'VOLUME [/var/lib/mysql]'),
    layer(at(90), 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', 15327, (t) => t.file('/usr/local/bin/docker-entrypoint.sh', mysqlEntrypoint(r.version), 0o775), bk),
    layer(at(90), 'RUN /bin/sh -c ln -s usr/local/bin/docker-entrypoint.sh /entrypoint.sh # backwards compat # buildkit', 34, (t) => t.symlink('/entrypoint.sh', 'usr/local/bin/docker-entrypoint.sh'), bk),
    bkNop(at(90), 'ENTRYPOINT ["docker-entrypoint.sh"]'),
    bkNop(at(90), 'EXPOSE map[3306/tcp:{} 33060/tcp:{}]'),
    bkNop(at(90), 'CMD ["mysqld"]'),
  ];
}

/** mysql:8.0 (oraclelinux:8-slim) and mysql:5.7 (oraclelinux:7-slim), April/January 2024 builds. */
export const MYSQL: ImageSpec[] = RELEASES.map((r) => image({
  repo: 'mysql', tags: r.tags,
  config: {
    ExposedPorts: { '3306/tcp': {}, '33060/tcp': {} },
    Env: [DEFAULT_PATH, 'GOSU_VERSION=1.16', `MYSQL_MAJOR=${r.major}`, `MYSQL_VERSION=${r.version}`, `MYSQL_SHELL_VERSION=${r.shell}`],
    Cmd: ['mysqld'], Entrypoint: ['docker-entrypoint.sh'], Volumes: { '/var/lib/mysql': {} }, WorkingDir: '',
  },
  history: history(r),
  description: 'MySQL is a widely used, open-source relational database management system (RDBMS).', stars: 15108,
}));
