import type { TreeBuilder } from '../../../rootfs/tree-builder.ts';
import { COREUTILS, CENTOS7_BIN, CENTOS7_SBIN } from './gnu-userland.ts';
import { programs } from './layout.ts';

export const CENTOS7_RELEASE = 'CentOS Linux release 7.9.2009 (Core)\n';

export const CENTOS7_OS_RELEASE = `NAME="CentOS Linux"
VERSION="7 (Core)"
ID="centos"
ID_LIKE="rhel fedora"
VERSION_ID="7"
PRETTY_NAME="CentOS Linux 7 (Core)"
ANSI_COLOR="0;31"
CPE_NAME="cpe:/o:centos:centos:7"
HOME_URL="https://www.centos.org/"
BUG_REPORT_URL="https://bugs.centos.org/"

CENTOS_MANTISBT_PROJECT="CentOS-7"
CENTOS_MANTISBT_PROJECT_VERSION="7"
REDHAT_SUPPORT_PRODUCT="centos"
REDHAT_SUPPORT_PRODUCT_VERSION="7"

`;

export const CENTOS7_PASSWD = `root:x:0:0:root:/root:/bin/bash
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
adm:x:3:4:adm:/var/adm:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/spool/mail:/sbin/nologin
operator:x:11:0:operator:/root:/sbin/nologin
games:x:12:100:games:/usr/games:/sbin/nologin
ftp:x:14:50:FTP User:/var/ftp:/sbin/nologin
nobody:x:99:99:Nobody:/:/sbin/nologin
systemd-network:x:192:192:systemd Network Management:/:/sbin/nologin
dbus:x:81:81:System message bus:/:/sbin/nologin
`;

export const CENTOS7_GROUP = ['root:x:0:', 'bin:x:1:', 'daemon:x:2:', 'sys:x:3:', 'adm:x:4:', 'tty:x:5:', 'disk:x:6:', 'lp:x:7:', 'mem:x:8:', 'kmem:x:9:', 'wheel:x:10:', 'cdrom:x:11:', 'mail:x:12:', 'man:x:15:', 'dialout:x:18:', 'floppy:x:19:', 'games:x:20:', 'tape:x:33:', 'video:x:39:', 'ftp:x:50:', 'lock:x:54:', 'audio:x:63:', 'nobody:x:99:', 'users:x:100:', 'utmp:x:22:', 'utempter:x:35:', 'input:x:999:', 'systemd-journal:x:190:', 'systemd-network:x:192:', 'dbus:x:81:', 'ssh_keys:x:998:'].join('\n') + '\n';

/** centos:7's root (usrmove layout, anaconda-post.log at the top as in the real image). */
export function centos7Root(t: TreeBuilder): void {
  for (const d of ['usr/bin', 'usr/sbin', 'usr/lib', 'usr/lib64', 'usr/libexec', 'usr/local/bin', 'usr/local/sbin', 'usr/local/lib', 'usr/local/lib64', 'usr/local/share', 'usr/local/etc', 'usr/local/games', 'usr/local/include', 'usr/local/libexec', 'usr/local/src', 'usr/share/doc', 'usr/src', 'usr/games', 'usr/include']) t.dir(d);
  t.symlink('/bin', 'usr/bin').symlink('/sbin', 'usr/sbin').symlink('/lib', 'usr/lib').symlink('/lib64', 'usr/lib64');
  for (const d of ['dev', 'etc/yum.repos.d', 'etc/pki/rpm-gpg', 'etc/sysconfig', 'etc/skel', 'etc/profile.d', 'etc/security', 'home', 'media', 'mnt', 'opt', 'proc', 'run', 'srv', 'sys', 'var/adm', 'var/cache/yum', 'var/db', 'var/empty', 'var/games', 'var/gopher', 'var/lib/rpm', 'var/lib/yum', 'var/local', 'var/log', 'var/nis', 'var/opt', 'var/preserve', 'var/spool/mail', 'var/yp']) t.dir(d);
  t.dir('root', 0o550).dir('tmp', 0o1777).dir('var/tmp', 0o1777);
  t.symlink('/var/run', '../run').symlink('/var/lock', '../run/lock').symlink('/var/mail', 'spool/mail');
  t.file('/anaconda-post.log', 'Cleaning up RPM database\nRemoving machine-id\nSetting up networking\n');
  t.file('/etc/centos-release', CENTOS7_RELEASE).symlink('/etc/redhat-release', 'centos-release').symlink('/etc/system-release', 'centos-release');
  t.file('/etc/centos-release-upstream', 'Derived from Red Hat Enterprise Linux 7.9 (Source)\n');
  t.file('/etc/system-release-cpe', 'cpe:/o:centos:centos:7\n');
  t.file('/usr/lib/os-release', CENTOS7_OS_RELEASE).symlink('/etc/os-release', '../usr/lib/os-release');
  t.file('/etc/issue', '\\S\nKernel \\r on an \\m\n\n').file('/etc/issue.net', '\\S\nKernel \\r on an \\m\n');
  t.file('/etc/passwd', CENTOS7_PASSWD).file('/etc/group', CENTOS7_GROUP);
  t.file('/etc/shadow', CENTOS7_PASSWD.trim().split('\n').map((l) => `${l.split(':')[0]}:${l.startsWith('root:') ? '!!' : '*'}:18487:0:99999:7:::`).join('\n') + '\n', 0o000);
  t.file('/etc/gshadow', CENTOS7_GROUP.trim().split('\n').map((l) => `${l.split(':')[0]}:::`).join('\n') + '\n', 0o000);
  t.file('/etc/shells', '/bin/sh\n/bin/bash\n/usr/bin/sh\n/usr/bin/bash\n');
  t.file('/etc/bashrc', '# /etc/bashrc\n# System wide functions and aliases\n').file('/etc/profile', '# /etc/profile\n# System wide environment and startup programs, for login setup\n');
  t.file('/etc/skel/.bashrc', '# .bashrc\n\n# Source global definitions\nif [ -f /etc/bashrc ]; then\n\t. /etc/bashrc\nfi\n').file('/etc/skel/.bash_profile', '# .bash_profile\n').file('/etc/skel/.bash_logout', '# ~/.bash_logout\n');
  t.file('/root/.bashrc', '# .bashrc\n\n# User specific aliases and functions\n\nalias rm=\'rm -i\'\nalias cp=\'cp -i\'\nalias mv=\'mv -i\'\n\n# Source global definitions\nif [ -f /etc/bashrc ]; then\n\t. /etc/bashrc\nfi\n');
  t.file('/root/.bash_profile', '# .bash_profile\n').file('/root/.bash_logout', '# ~/.bash_logout\n').file('/root/.cshrc', '').file('/root/.tcshrc', '');
  const repo = (id: string, name: string, extra = '') => `[${id}]\nname=CentOS-$releasever - ${name}\nmirrorlist=http://mirrorlist.centos.org/?release=$releasever&arch=$basearch&repo=${id === 'base' ? 'os' : id}&infra=$infra\n#baseurl=http://mirror.centos.org/centos/$releasever/${id === 'base' ? 'os' : id}/$basearch/\ngpgcheck=1\ngpgkey=file:///etc/pki/rpm-gpg/RPM-GPG-KEY-CentOS-7\n${extra}`;
  t.file('/etc/yum.repos.d/CentOS-Base.repo', [repo('base', 'Base'), repo('updates', 'Updates'), repo('extras', 'Extras'), repo('centosplus', 'Plus', 'enabled=0\n')].join('\n'));
  t.file('/etc/yum.conf', '[main]\ncachedir=/var/cache/yum/$basearch/$releasever\nkeepcache=0\ndebuglevel=2\nlogfile=/var/log/yum.log\nexactarch=1\nobsoletes=1\ngpgcheck=1\nplugins=1\ninstallonly_limit=5\n');
  t.file('/etc/hostname', '').file('/etc/machine-id', '').file('/etc/locale.conf', 'LANG="en_US.UTF-8"\n');
  programs(t, '/usr/bin', [...COREUTILS.filter((n) => n !== 'chroot' && n !== 'basenc' && n !== 'b2sum'), ...CENTOS7_BIN.filter((n) => n !== 'sh' && n !== 'awk')]);
  programs(t, '/usr/sbin', CENTOS7_SBIN);
  t.symlink('/usr/bin/sh', 'bash').symlink('/usr/bin/awk', 'gawk');
}
