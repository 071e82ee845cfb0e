import { LAB_SUDOERS_D, UBUNTU_SUDOERS } from '../shell/applets/users/sudoers.ts';
import { MemFs } from '../kernel/fs/memfs.ts';
import { programImage } from '../programs/binfmt.ts';
import { TreeBuilder } from './tree-builder.ts';
import { BASHRC, FSTAB, GROUP, HOSTS, LSB_RELEASE, OS_RELEASE, PASSWD, PROFILE, SHELLS } from './ubuntu-etc.ts';

/** Programs Ubuntu installs in /usr/sbin rather than /usr/bin. */
const SBIN = new Set(['ip', 'iptables', 'iptables-save', 'sysctl', 'chroot', 'useradd', 'groupadd', 'userdel', 'usermod', 'groupdel', 'chpasswd', 'brctl', 'ifconfig', 'route', 'arp', 'pivot_root', 'switch_root', 'losetup', 'mkfs', 'fdisk', 'blkid', 'swapon', 'swapoff', 'modprobe', 'lsmod', 'service', 'iptables-restore']);

/** The root filesystem of the lab's host: Ubuntu 22.04 (usrmerge layout), programs as model images. */
export function buildUbuntuRoot(fs: MemFs, programs: readonly string[], machineId: string, hostname: string): void {
  const t = new TreeBuilder(fs);
  for (const d of ['usr/bin', 'usr/sbin', 'usr/lib', 'usr/lib64', 'usr/lib32', 'usr/libx32', 'usr/local/bin', 'usr/local/sbin', 'usr/local/lib', 'usr/share/doc', 'usr/include', 'usr/src']) t.dir(d);
  t.symlink('/bin', 'usr/bin').symlink('/sbin', 'usr/sbin').symlink('/lib', 'usr/lib').symlink('/lib64', 'usr/lib64').symlink('/lib32', 'usr/lib32').symlink('/libx32', 'usr/libx32');
  for (const d of ['boot', 'dev', 'etc', 'home', 'media', 'mnt', 'opt', 'proc', 'run', 'srv', 'sys', 'snap', 'var/log', 'var/lib', 'var/cache', 'var/spool', 'var/mail', 'var/opt', 'var/backups', 'var/local', 'etc/default', 'etc/skel', 'etc/systemd/system', 'etc/apt/sources.list.d', 'etc/security', 'lost+found']) t.dir(d);
  t.dir('root', 0o700).dir('tmp', 0o1777).dir('var/tmp', 0o1777).dir('home/student', 0o750, 1000, 1000);
  t.symlink('/var/run', '/run').symlink('/var/lock', '/run/lock');
  t.dir('run/lock', 0o1777);
  t.file('/etc/os-release', OS_RELEASE).file('/usr/lib/os-release', OS_RELEASE);
  t.file('/etc/lsb-release', LSB_RELEASE);
  t.file('/etc/debian_version', 'bookworm/sid\n');
  t.file('/etc/issue', 'Ubuntu 22.04.4 LTS \\n \\l\n\n').file('/etc/issue.net', 'Ubuntu 22.04.4 LTS\n');
  t.file('/etc/hostname', `${hostname}\n`).file('/etc/hosts', HOSTS.replace(/127\.0\.1\.1 lab/, `127.0.1.1 ${hostname}`));
  t.file('/etc/passwd', PASSWD).file('/etc/group', GROUP);
  t.file('/etc/shadow', PASSWD.split('\n').filter(Boolean).map((l) => `${l.split(':')[0]}:*:19700:0:99999:7:::`).join('\n') + '\n', 0o640, 0, 42);
  t.file('/etc/gshadow', GROUP.split('\n').filter(Boolean).map((l) => { const f = l.split(':'); return `${f[0]}:*::${f[3] ?? ''}`; }).join('\n') + '\n', 0o640, 0, 42);
  // Ubuntu's sudoers; the lab lets student use sudo without a password (there is no one to type it).
  t.file('/etc/sudoers', UBUNTU_SUDOERS, 0o440).dir('/etc/sudoers.d', 0o750).file('/etc/sudoers.d/lab', LAB_SUDOERS_D, 0o440);
  t.file('/etc/shells', SHELLS).file('/etc/fstab', FSTAB);
  t.file('/etc/machine-id', `${machineId}\n`, 0o444);
  t.file('/etc/resolv.conf', 'nameserver 127.0.0.53\noptions edns0 trust-ad\nsearch .\n');
  t.file('/etc/nsswitch.conf', 'passwd:         files systemd\ngroup:          files systemd\nshadow:         files\nhosts:          files dns\n');
  t.file('/etc/bash.bashrc', '# System-wide .bashrc file for interactive bash(1) shells.\n[ -z "$PS1" ] && return\nshopt -s checkwinsize\n# set a fancy prompt (non-color, overwrite the one in /etc/profile)\nif ! [ -n "${SUDO_USER}" -a -n "${SUDO_PS1}" ]; then\n  PS1=\'${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ \'\nfi\n');
  t.file('/etc/profile', 'if [ "${PS1-}" ]; then\n  if [ "${BASH-}" ] && [ "$BASH" != "/bin/sh" ]; then\n    if [ -f /etc/bash.bashrc ]; then\n      . /etc/bash.bashrc\n    fi\n  fi\nfi\n');
  t.file('/etc/timezone', 'Etc/UTC\n').symlink('/etc/localtime', '/usr/share/zoneinfo/Etc/UTC');
  t.file('/etc/skel/.bashrc', BASHRC).file('/etc/skel/.profile', PROFILE);
  t.file('/home/student/.bashrc', BASHRC, 0o644, 1000, 1000).file('/home/student/.profile', PROFILE, 0o644, 1000, 1000);
  t.file('/etc/default/locale', 'LANG=C.UTF-8\n');
  t.file('/var/log/syslog', '', 0o640, 104, 4).file('/var/log/dmesg', '', 0o640).file('/var/log/auth.log', '', 0o640, 104, 4);
  t.file('/etc/apt/sources.list', 'deb http://archive.ubuntu.com/ubuntu jammy main restricted universe multiverse\ndeb http://archive.ubuntu.com/ubuntu jammy-updates main restricted universe multiverse\ndeb http://security.ubuntu.com/ubuntu jammy-security main restricted universe multiverse\n');
  for (const name of programs) {
    if (name === 'sh' || name === 'dash' || name === 'bash' || name === 'busybox') continue;
    t.file(`/usr/${SBIN.has(name) ? 'sbin' : 'bin'}/${name}`, programImage(name), 0o755);
  }
  t.file('/usr/bin/bash', programImage('bash'), 0o755).file('/usr/bin/dash', programImage('dash'), 0o755);
  t.symlink('/usr/bin/sh', 'dash').symlink('/usr/bin/rbash', 'bash');
  t.file('/usr/bin/[', programImage('['), 0o755);
}

/**
 * A lab upgrade brings programs a saved host never had: restoring it installs those (the ones it
 * did not know of), without bringing back programs the student removed.
 */
export function installNewPrograms(fs: MemFs, programs: readonly string[], known: ReadonlySet<string>): void {
  const t = new TreeBuilder(fs);
  const usr = fs.rootInode.entries?.get('usr');
  for (const name of programs) {
    if (known.has(name) || name === 'sh' || name === 'dash' || name === 'bash' || name === 'busybox') continue;
    const dir = usr?.entries?.get(SBIN.has(name) ? 'sbin' : 'bin');
    if (!dir || dir.entries?.has(name)) continue;
    t.file(`/usr/${SBIN.has(name) ? 'sbin' : 'bin'}/${name}`, programImage(name), 0o755);
  }
}

/** /dev as devtmpfs fills it. */
export function buildDev(fs: MemFs): void {
  const t = new TreeBuilder(fs);
  t.device('/null', 'chr', 1, 3).device('/zero', 'chr', 1, 5).device('/full', 'chr', 1, 7).device('/random', 'chr', 1, 8).device('/urandom', 'chr', 1, 9);
  t.device('/tty', 'chr', 5, 0, 0o666, 5).device('/console', 'chr', 5, 1, 0o600).device('/ptmx', 'chr', 5, 2, 0o666, 5);
  t.device('/vda', 'blk', 252, 0, 0o660, 6).device('/vda1', 'blk', 252, 1, 0o660, 6);
  t.symlink('/fd', '/proc/self/fd').symlink('/stdin', '/proc/self/fd/0').symlink('/stdout', '/proc/self/fd/1').symlink('/stderr', '/proc/self/fd/2');
  t.dir('/pts').dir('/shm', 0o1777).dir('/mqueue', 0o1777);
}
