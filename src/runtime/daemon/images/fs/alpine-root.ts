import { programImage } from '../../../programs/binfmt.ts';
import type { TreeBuilder } from '../../../rootfs/tree-builder.ts';
import { BUSYBOX_135_APPLETS } from './busybox-applets.ts';
import { programs, symlinks } from './layout.ts';

/** alpine-baselayout 3.4+ (Alpine 3.17 on) trimmed the legacy accounts. */
const PASSWD_NEW = `root:x:0:0:root:/root:/bin/ash
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
`;

const PASSWD_OLD_EXTRA = ['adm:x:3:4:adm:/var/adm:/sbin/nologin', 'operator:x:11:0:operator:/root:/sbin/nologin', 'man:x:13:15:man:/usr/man:/sbin/nologin', 'postmaster:x:14:12:postmaster:/var/mail:/sbin/nologin', 'at:x:25:25:at:/var/spool/cron/atjobs:/sbin/nologin', 'squid:x:31:31:Squid:/var/cache/squid:/sbin/nologin', 'xfs:x:33:33:X Font Server:/etc/X11/fs:/sbin/nologin', 'cyrus:x:85:12::/usr/cyrus:/sbin/nologin', 'vpopmail:x:89:89::/var/vpopmail:/sbin/nologin', 'smmsp:x:209:209:smmsp:/var/spool/mqueue:/sbin/nologin'];

export function alpinePasswd(legacy: boolean): string {
  if (!legacy) return PASSWD_NEW;
  const rows = [...PASSWD_NEW.trim().split('\n'), ...PASSWD_OLD_EXTRA];
  return rows.sort((a, b) => uid(a) - uid(b)).join('\n') + '\n';
}
const uid = (row: string) => Number(row.split(':')[2]);

export const ALPINE_GROUP = ['root:x:0:root', 'bin:x:1:root,bin,daemon', 'daemon:x:2:root,bin,daemon', 'sys:x:3:root,bin', 'adm:x:4:root,daemon', 'tty:x:5:', 'disk:x:6:root', 'lp:x:7:lp', 'kmem:x:9:', 'wheel:x:10:root', 'floppy:x:11:root', 'mail:x:12:mail', 'news:x:13:news', 'uucp:x:14:uucp', 'cron:x:16:cron', 'audio:x:18:', 'cdrom:x:19:', 'dialout:x:20:root', 'ftp:x:21:', 'sshd:x:22:', 'input:x:23:', 'tape:x:26:root', 'video:x:27:root', 'netdev:x:28:', 'kvm:x:34:kvm', 'games:x:35:', 'shadow:x:42:', 'www-data:x:82:', 'users:x:100:games', 'ntp:x:123:', 'abuild:x:300:', 'utmp:x:406:', 'ping:x:999:', 'nogroup:x:65533:', 'nobody:x:65534:'].join('\n') + '\n';

/** Debian-only or non-Alpine applets left out of Alpine's busybox. */
const NOT_IN_ALPINE = new Set(['busybox', 'dpkg', 'dpkg-deb', 'rpm', 'rpm2cpio', 'linuxrc', 'ts', 'ubirename', 'mim', 'crc32', 'run-init', 'ssl_client']);

export interface AlpineSpec {
  /** '3.19.1' */
  version: string;
  /** accounts before alpine-baselayout 3.4 */
  legacyAccounts: boolean;
}

export function alpineOsRelease(version: string): string {
  const minor = version.split('.').slice(0, 2).join('.');
  return `NAME="Alpine Linux"\nID=alpine\nVERSION_ID=${version}\nPRETTY_NAME="Alpine Linux v${minor}"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n`;
}

/** Alpine's minirootfs: busybox with its applets as symlinks in their standard dirs, musl, apk. */
export function alpineRoot(s: AlpineSpec): (t: TreeBuilder) => void {
  const minor = s.version.split('.').slice(0, 2).join('.');
  return (t) => {
    for (const d of ['bin', 'dev', 'etc/apk/keys', 'etc/apk/protected_paths.d', 'etc/conf.d', 'etc/init.d', 'etc/modprobe.d', 'etc/modules-load.d', 'etc/network/if-up.d', 'etc/opt', 'etc/periodic/daily', 'etc/periodic/hourly', 'etc/periodic/weekly', 'etc/periodic/monthly', 'etc/profile.d', 'etc/secfixes.d', 'etc/ssl/certs', 'etc/sysctl.d', 'home', 'lib/apk/db', 'lib/firmware', 'lib/mdev', 'lib/modules-load.d', 'lib/sysctl.d', 'media/cdrom', 'media/floppy', 'media/usb', 'mnt', 'opt', 'proc', 'run', 'sbin', 'srv', 'sys', 'usr/bin', 'usr/sbin', 'usr/lib', 'usr/local/bin', 'usr/local/lib', 'usr/local/share', 'usr/share/apk/keys', 'usr/share/man', 'usr/share/misc', 'var/cache/apk', 'var/cache/misc', 'var/empty', 'var/lib/misc', 'var/lib/udhcpd', 'var/local', 'var/log', 'var/mail', 'var/opt', 'var/spool/cron/crontabs']) t.dir(d);
    t.dir('root', 0o700).dir('tmp', 0o1777).dir('var/tmp', 0o1777).dir('var/spool/cron/crontabs', 0o755);
    t.symlink('/var/run', '../run').symlink('/var/lock', '../run/lock').symlink('/var/spool/mail', '../mail');
    t.file('/etc/alpine-release', `${s.version}\n`).file('/etc/os-release', alpineOsRelease(s.version));
    t.file('/etc/issue', `Welcome to Alpine Linux ${minor}\nKernel \\r on an \\m (\\l)\n\n`);
    t.file('/etc/motd', `Welcome to Alpine!\n\nThe Alpine Wiki contains a large amount of how-to guides and general\ninformation about administrating Alpine systems.\nSee <https://wiki.alpinelinux.org/>.\n\nYou can setup the system with the command: setup-alpine\n\nYou may change this message by editing /etc/motd.\n\n`);
    t.file('/etc/passwd', alpinePasswd(s.legacyAccounts)).file('/etc/group', ALPINE_GROUP);
    t.file('/etc/shadow', alpinePasswd(s.legacyAccounts).trim().split('\n').map((l) => `${l.split(':')[0]}:${l.startsWith('root:') ? '*' : '!'}::0:::::`).join('\n') + '\n', 0o640, 0, 42);
    t.file('/etc/hostname', 'localhost\n').file('/etc/hosts', '127.0.0.1\tlocalhost localhost.localdomain\n::1\t\tlocalhost localhost.localdomain\n');
    t.file('/etc/shells', '# valid login shells\n/bin/sh\n/bin/ash\n');
    t.file('/etc/profile', 'export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\nexport PAGER=less\numask 022\nfor script in /etc/profile.d/*.sh ; do\n\tif [ -r "$script" ] ; then\n\t\t. "$script"\n\tfi\ndone\nunset script\n');
    t.file('/etc/fstab', '/dev/cdrom\t/media/cdrom\tiso9660\tnoauto,ro 0 0\n/dev/usbdisk\t/media/usb\tvfat\tnoauto\t0 0\n');
    t.file('/etc/inittab', '::sysinit:/sbin/openrc sysinit\n::sysinit:/sbin/openrc boot\n::wait:/sbin/openrc default\n::shutdown:/sbin/openrc shutdown\n');
    t.file('/etc/apk/repositories', `https://dl-cdn.alpinelinux.org/alpine/v${minor}/main\nhttps://dl-cdn.alpinelinux.org/alpine/v${minor}/community\n`);
    t.file('/etc/apk/world', 'alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nlibc-utils\n').file('/etc/apk/arch', 'x86_64\n');
    t.file('/lib/apk/db/installed', '').file('/lib/apk/db/lock', '').file('/lib/apk/db/triggers', '');
    t.file('/lib/ld-musl-x86_64.so.1', '\x7fELF\x02\x01\x01\0musl\n', 0o755).symlink('/lib/libc.musl-x86_64.so.1', 'ld-musl-x86_64.so.1');
    for (const lib of ['libz.so.1', 'libcrypto.so.3', 'libssl.so.3', 'libapk.so.2.14.0']) t.file(`/lib/${lib}`, `\x7fELF\x02\x01\x01\0${lib}\n`, 0o755);
    t.file('/bin/busybox', programImage('busybox'), 0o755);
    for (const [dir, names] of Object.entries(BUSYBOX_135_APPLETS)) {
      symlinks(t, `/${dir}`, names.filter((n) => !NOT_IN_ALPINE.has(n)), '/bin/busybox');
    }
    programs(t, '/sbin', ['apk', 'ldconfig']);
    programs(t, '/usr/bin', ['getconf', 'getent', 'iconv', 'ldd', 'scanelf', 'ssl_client']);
  };
}
