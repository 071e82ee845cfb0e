import type { TreeBuilder } from '../../../rootfs/tree-builder.ts';
import { CENTOS7_GROUP, CENTOS7_PASSWD } from './centos-root.ts';
import { COREUTILS } from './gnu-userland.ts';
import { programs } from './layout.ts';

/** oraclelinux:<7|8>-slim: the small RHEL-compatible root mysql and openjdk build on. */
export function oracleSlimRoot(major: 7 | 8, minor: number): (t: TreeBuilder) => void {
  const v = `${major}.${minor}`;
  return (t) => {
    for (const d of ['usr/bin', 'usr/sbin', 'usr/lib', 'usr/lib64', 'usr/libexec', 'usr/local/bin', 'usr/local/sbin', 'usr/share', 'dev', 'etc/yum.repos.d', 'etc/pki', 'home', 'media', 'mnt', 'opt', 'proc', 'run', 'srv', 'sys', 'var/cache', 'var/lib/rpm', 'var/log', 'var/spool/mail']) t.dir(d);
    t.symlink('/bin', 'usr/bin').symlink('/sbin', 'usr/sbin').symlink('/lib', 'usr/lib').symlink('/lib64', 'usr/lib64');
    t.dir('root', 0o550).dir('tmp', 0o1777).dir('var/tmp', 0o1777).symlink('/var/run', '../run');
    t.file('/etc/oracle-release', `Oracle Linux Server release ${v}\n`).symlink('/etc/system-release', 'oracle-release');
    t.file('/etc/redhat-release', `Red Hat Enterprise Linux ${major === 8 ? 'release' : 'Server release'} ${v} (${major === 8 ? 'Ootpa' : 'Maipo'})\n`);
    t.file('/usr/lib/os-release', `NAME="Oracle Linux Server"\nVERSION="${v}"\nID="ol"\nID_LIKE="fedora"\nVARIANT="Server"\nVARIANT_ID="server"\nVERSION_ID="${v}"\nPLATFORM_ID="platform:el${major}"\nPRETTY_NAME="Oracle Linux Server ${v}"\nANSI_COLOR="0;31"\nCPE_NAME="cpe:/o:oracle:linux:${major}:${minor}:server"\nHOME_URL="https://linux.oracle.com/"\nBUG_REPORT_URL="https://github.com/oracle/oracle-linux"\n`);
    t.symlink('/etc/os-release', '../usr/lib/os-release');
    t.file('/etc/passwd', CENTOS7_PASSWD.split('\n').filter((l) => !/^(systemd-network|dbus)/.test(l)).join('\n')).file('/etc/group', CENTOS7_GROUP);
    programs(t, '/usr/bin', [...COREUTILS.filter((n) => n !== 'chroot'), 'bash', 'grep', 'sed', 'gawk', 'find', 'xargs', 'tar', 'gzip', 'which', 'rpm', major === 8 ? 'microdnf' : 'yum', 'getent', 'ldd']);
    t.symlink('/usr/bin/sh', 'bash').symlink('/usr/bin/awk', 'gawk');
    programs(t, '/usr/sbin', ['useradd', 'groupadd', 'ldconfig', 'nologin', 'chroot']);
  };
}
