import { programImage } from '../../../programs/binfmt.ts';
import type { TreeBuilder } from '../../../rootfs/tree-builder.ts';
import { BUSYBOX_135_APPLETS } from './busybox-applets.ts';
import { dirs, hardlink, symlinks } from './layout.ts';

/** /etc/passwd of the official busybox image (and of the golden recordings' imported one). */
export const BUSYBOX_PASSWD = `root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
bin:x:2:2:bin:/bin:/bin/false
sys:x:3:3:sys:/dev:/bin/false
sync:x:4:100:sync:/bin:/bin/sync
mail:x:8:8:mail:/var/spool/mail:/bin/false
www-data:x:33:33:www-data:/var/www:/bin/false
operator:x:37:37:Operator:/var:/bin/false
nobody:x:65534:65534:nobody:/home:/bin/false
`;

export const BUSYBOX_GROUP = ['root:x:0:', 'daemon:x:1:', 'bin:x:2:', 'sys:x:3:', 'adm:x:4:', 'tty:x:5:', 'disk:x:6:', 'lp:x:7:', 'mail:x:8:', 'kmem:x:9:', 'wheel:x:10:root', 'cdrom:x:11:', 'dialout:x:18:', 'floppy:x:19:', 'video:x:28:', 'audio:x:29:', 'tape:x:32:', 'www-data:x:33:', 'operator:x:37:', 'utmp:x:43:', 'plugdev:x:46:', 'staff:x:50:', 'lock:x:54:', 'netdev:x:82:', 'users:x:100:', 'nogroup:x:65534:'].join('\n') + '\n';

/** Every applet of Debian's busybox 1.35.0 (268 names, `linuxrc` included, `busybox` itself not). */
export function busybox135Applets(): string[] {
  const all = Object.values(BUSYBOX_135_APPLETS).flat().filter((n) => n !== 'busybox');
  return [...all, 'linuxrc'].sort();
}

/**
 * Applets the upstream defconfig (official busybox images, 1.36) adds to Debian's static build;
 * `linuxrc` and Debian's own `dpkg`/`dpkg-deb` are not in it.
 */
const DEFCONFIG_EXTRA = ('addgroup adduser beep blkid bootchartd chat chattr chpasswd chpst conspy crontab cryptpw ' +
  'delgroup deluser devfsd dhcprelay dnsd eject envdir envuidgid ether-wake fakeidentd fbset fbsplash fdflush ' +
  'fdformat flash_eraseall flash_lock flash_unlock flashcp fsck fsck.minix fuser hd hdparm head ifenslave ifplugd ' +
  'inetd inotifyd install iostat ipaddr iplink ipcrm ipcs iproute iprule iptunnel kbd_mode killall5 lpd lpq lpr ' +
  'lsattr lsof lspci lsusb makedevs makemime man mesg mkfs.ext2 mkfs.minix mkfs.vfat mountpoint mpstat nandump ' +
  'nandwrite nbd-client nmeter ntpd pgrep pkill pmap popmaildir powertop printenv pscan pstree pwdx raidautorun ' +
  'rdev readahead readprofile reformime remove-shell rtcwake runlevel runsv runsvdir rx script scriptreplay ' +
  'sendmail setarch setconsole setfattr setfont setlogcons setserial setuidgid showkey slattach smemcap softlimit ' +
  'split ssl_client sum sv svlogd tcpsvd tee tftpd tree ttysize ubiattach ubidetach ubimkvol ubirmvol ubirsvol ' +
  'ubiupdatevol udpsvd unit users uudecode vlock volname wall whois zcip').split(' ');

export function busybox136Applets(): string[] {
  const base = busybox135Applets().filter((n) => n !== 'linuxrc' && n !== 'dpkg' && n !== 'dpkg-deb');
  return [...new Set([...base, ...DEFCONFIG_EXTRA])].sort();
}

/** Directories both busybox layouts have. */
function busyboxSkeleton(t: TreeBuilder): void {
  dirs(t, 'bin', 'dev', 'etc', 'home', 'proc', ['root', 0o700], 'sys', ['tmp', 0o1777], 'usr/sbin', 'var/spool/mail', 'var/www');
  t.file('/etc/passwd', BUSYBOX_PASSWD).file('/etc/group', BUSYBOX_GROUP);
}

/** real-docker.sh's rootfs: static busybox and `busybox --install -s /bin` (absolute symlinks). */
export function busyboxImportedLayer(t: TreeBuilder): void {
  busyboxSkeleton(t);
  t.file('/bin/busybox', programImage('busybox'), 0o755);
  symlinks(t, '/bin', busybox135Applets(), '/bin/busybox');
}

/** The official image: one binary hard-linked under every applet name in /bin. */
export function busyboxOfficialLayer(libc: 'glibc' | 'musl' | 'uclibc'): (t: TreeBuilder) => void {
  return (t) => {
    busyboxSkeleton(t);
    t.file('/etc/shadow', BUSYBOX_PASSWD.split('\n').filter(Boolean).map((l) => `${l.split(':')[0]}:*:10933:0:99999:7:::`).join('\n') + '\n', 0o600);
    t.file('/etc/localtime', 'TZif2\0', 0o644);
    t.file('/etc/nsswitch.conf', 'hosts:\t\tfiles dns\nnetworks:\tfiles\n');
    t.dir('/etc/network/if-up.d').dir('/etc/network/if-down.d').dir('/etc/network/if-pre-up.d').dir('/etc/network/if-post-down.d');
    t.file('/bin/busybox', programImage('busybox'), 0o755);
    for (const n of busybox136Applets()) hardlink(t, `/bin/${n}`, '/bin/busybox');
    if (libc === 'glibc') {
      for (const lib of ['ld-linux-x86-64.so.2', 'libc.so.6', 'libm.so.6', 'libnss_dns.so.2', 'libnss_files.so.2', 'libpthread.so.0', 'libresolv.so.2']) t.file(`/lib/${lib}`, `\x7fELF\x02\x01\x01\0${lib}\n`, 0o755);
      t.symlink('/lib64', 'lib');
    }
  };
}
