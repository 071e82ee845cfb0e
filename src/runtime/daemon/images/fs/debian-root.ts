import { BASHRC, GROUP, PASSWD, PROFILE } from '../../../rootfs/ubuntu-etc.ts';
import type { TreeBuilder } from '../../../rootfs/tree-builder.ts';
import { COREUTILS, DEBIAN_BIN, DEBIAN_SBIN } from './gnu-userland.ts';
import { programs } from './layout.ts';

export interface DebianRootSpec {
  osRelease: string;
  issue: string;
  issueNet: string;
  debianVersion: string;
  /** Ubuntu images keep lib32 and libx32 (up to 22.04). */
  multilib: boolean;
  /** uid of `_apt`: 100 up to bullseye/jammy, 42 from bookworm/noble */
  aptUid: number;
  sourcesList: string;
  /** bookworm on: deb822 `/etc/apt/sources.list.d/debian.sources` instead of sources.list */
  sourcesPath?: string;
  /** Ubuntu ships `ubuntu` as uid 1000 from 24.04 */
  ubuntuUser?: boolean;
}

/** The accounts of a base image: the host's system users without what a server install adds. */
const HOST_ONLY = /^(systemd-|messagebus|sshd|student|syslog|systemd-journal)/;

export function imagePasswd(aptUid: number, ubuntuUser = false): string {
  const lines = PASSWD.split('\n').filter((l) => l && !HOST_ONLY.test(l));
  const out = lines.map((l) => (l.startsWith('_apt:') ? `_apt:x:${aptUid}:65534::/nonexistent:/usr/sbin/nologin` : l));
  if (ubuntuUser) out.push('ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash');
  return out.join('\n') + '\n';
}

export function imageGroup(ubuntuUser = false): string {
  const lines = GROUP.split('\n').filter((l) => l && !HOST_ONLY.test(l));
  const out = lines.map((l) => l.replace(/:[^:]*$/, ':'));
  if (ubuntuUser) out.push('ubuntu:x:1000:');
  return out.join('\n') + '\n';
}

/** A debootstrap'ed minimal root (merged /usr) as Debian's and Ubuntu's official images ship it. */
export function debianRoot(s: DebianRootSpec): (t: TreeBuilder) => void {
  return (t) => {
    for (const d of ['usr/bin', 'usr/sbin', 'usr/lib', 'usr/lib64', 'usr/local/bin', 'usr/local/sbin', 'usr/local/lib', 'usr/local/share', 'usr/local/etc', 'usr/local/games', 'usr/local/include', 'usr/local/src', 'usr/share/doc', 'usr/share/man', 'usr/include', 'usr/src', 'usr/games']) t.dir(d);
    t.symlink('/bin', 'usr/bin').symlink('/sbin', 'usr/sbin').symlink('/lib', 'usr/lib').symlink('/lib64', 'usr/lib64');
    if (s.multilib) t.dir('usr/lib32').dir('usr/libx32').symlink('/lib32', 'usr/lib32').symlink('/libx32', 'usr/libx32');
    for (const d of ['boot', 'dev', 'etc', 'home', 'media', 'mnt', 'opt', 'proc', 'run', 'srv', 'sys', 'var/backups', 'var/cache/apt/archives/partial', 'var/lib/apt/lists/partial', 'var/lib/dpkg', 'var/lib/misc', 'var/local', 'var/log/apt', 'var/mail', 'var/opt', 'var/spool', 'etc/apt/apt.conf.d', 'etc/apt/preferences.d', 'etc/apt/sources.list.d', 'etc/apt/trusted.gpg.d', 'etc/default', 'etc/skel', 'etc/profile.d', 'etc/update-motd.d', 'etc/alternatives']) t.dir(d);
    t.dir('root', 0o700).dir('tmp', 0o1777).dir('var/tmp', 0o1777).dir('run/lock', 0o1777);
    t.symlink('/var/run', '/run').symlink('/var/lock', '/run/lock');
    t.file('/usr/lib/os-release', s.osRelease).symlink('/etc/os-release', '../usr/lib/os-release');
    t.file('/etc/issue', s.issue).file('/etc/issue.net', s.issueNet).file('/etc/debian_version', s.debianVersion);
    t.file('/etc/passwd', imagePasswd(s.aptUid, s.ubuntuUser)).file('/etc/group', imageGroup(s.ubuntuUser));
    const names = (text: string) => text.split('\n').filter(Boolean).map((l) => l.split(':')[0]!);
    t.file('/etc/shadow', names(imagePasswd(s.aptUid, s.ubuntuUser)).map((n) => `${n}:*:19000:0:99999:7:::`).join('\n') + '\n', 0o640, 0, 42);
    t.file('/etc/gshadow', names(imageGroup(s.ubuntuUser)).map((n) => `${n}:*::`).join('\n') + '\n', 0o640, 0, 42);
    t.file('/etc/shells', '# /etc/shells: valid login shells\n/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/rbash\n/usr/bin/rbash\n/usr/bin/sh\n/bin/dash\n/usr/bin/dash\n');
    t.file('/etc/bash.bashrc', '# System-wide .bashrc file for interactive bash(1) shells.\n[ -z "$PS1" ] && return\nshopt -s checkwinsize\nPS1=\'${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ \'\n');
    t.file('/etc/profile', 'if [ "$(id -u)" -eq 0 ]; then\n  PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\nelse\n  PATH="/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games"\nfi\nexport PATH\n');
    t.file('/etc/skel/.bashrc', BASHRC).file('/etc/skel/.profile', PROFILE).file('/etc/skel/.bash_logout', '# ~/.bash_logout: executed by bash(1) when login shell exits.\n');
    t.file('/root/.bashrc', BASHRC).file('/root/.profile', PROFILE);
    t.file('/etc/host.conf', 'multi on\n').file('/etc/nsswitch.conf', 'passwd:         files\ngroup:          files\nshadow:         files\ngshadow:        files\n\nhosts:          files dns\nnetworks:       files\n\nprotocols:      db files\nservices:       db files\nethers:         db files\nrpc:            db files\n\nnetgroup:       nis\n');
    t.file('/etc/login.defs', 'MAIL_DIR        /var/mail\nUID_MIN                  1000\nUID_MAX                 60000\nGID_MIN                  1000\nGID_MAX                 60000\nENCRYPT_METHOD SHA512\n');
    t.file(s.sourcesPath ?? '/etc/apt/sources.list', s.sourcesList).file('/etc/timezone', 'Etc/UTC\n').symlink('/etc/localtime', '/usr/share/zoneinfo/Etc/UTC');
    t.file('/etc/environment', '');
    t.file('/var/lib/dpkg/status', '').file('/var/log/dpkg.log', '').file('/var/log/lastlog', '', 0o664, 0, 43);
    programs(t, '/usr/bin', [...COREUTILS.filter((n) => n !== 'chroot'), ...DEBIAN_BIN]);
    programs(t, '/usr/sbin', DEBIAN_SBIN);
    t.symlink('/usr/bin/sh', 'dash').symlink('/usr/bin/awk', '/etc/alternatives/awk').symlink('/etc/alternatives/awk', '/usr/bin/mawk');
    t.symlink('/usr/bin/nawk', '/etc/alternatives/nawk').symlink('/etc/alternatives/nawk', '/usr/bin/mawk');
    t.symlink('/usr/bin/rbash', 'bash');
    t.symlink('/usr/bin/pager', '/etc/alternatives/pager').symlink('/etc/alternatives/pager', '/usr/bin/more');
  };
}
