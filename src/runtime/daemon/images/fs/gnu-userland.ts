/** Program names of the GNU/Linux packages container base images ship, by package family. */

const w = (s: string): string[] => s.split(' ');

/** GNU coreutils 8.3x/9.x (chroot lives in /usr/sbin). */
export const COREUTILS = w(
  '[ arch b2sum base32 base64 basename basenc cat chcon chgrp chmod chown cksum comm cp csplit cut date dd df dir ' +
  'dircolors dirname du echo env expand expr factor false fmt fold groups head hostid id install join link ln ' +
  'logname ls md5sum mkdir mkfifo mknod mktemp mv nice nl nohup nproc numfmt od paste pathchk pinky pr printenv ' +
  'printf ptx pwd readlink realpath rm rmdir runcon seq sha1sum sha224sum sha256sum sha384sum sha512sum shred shuf ' +
  'sleep sort split stat stdbuf stty sum sync tac tail tee test timeout touch tr true truncate tsort tty uname ' +
  'unexpand uniq unlink users vdir wc who whoami yes',
);

/** The rest of a Debian/Ubuntu minimal image's /usr/bin. */
export const DEBIAN_BIN = w(
  'bash dash grep egrep fgrep sed mawk find xargs tar gzip gunzip zcat zgrep zless zmore gzexe uncompress diff ' +
  'cmp diff3 sdiff hostname dnsdomainname domainname login su mount umount more mountpoint nsenter unshare ' +
  'lsns findmnt setsid script kill getopt which run-parts tempfile savelog clear tput tset reset infocmp ' +
  'apt apt-get apt-cache apt-config apt-mark apt-key dpkg dpkg-query dpkg-deb dpkg-divert dpkg-split ' +
  'dpkg-statoverride dpkg-trigger dpkg-maintscript-helper perl getent ldd iconv locale localedef passwd chage ' +
  'chfn chsh gpasswd newgrp expiry sg faillog lastlog sensible-pager sensible-editor tabs ' +
  'ischroot mcookie namei rev whereis lscpu logger flock ionice renice taskset prlimit chrt',
);

/** /usr/sbin of a Debian/Ubuntu minimal image. */
export const DEBIAN_SBIN = w(
  'chroot useradd userdel usermod groupadd groupdel groupmod grpck pwck chpasswd chgpasswd newusers cpgr cppw ' +
  'vipw vigr nologin ldconfig pam_tally2 pivot_root switch_root losetup mkswap swapon swapoff blkid fsck ' +
  'agetty ctrlaltdel fstrim hwclock readprofile rtcwake runuser sulogin wipefs zramctl shadowconfig ' +
  'installkernel update-passwd dpkg-preconfigure dpkg-reconfigure add-shell remove-shell invoke-rc.d ' +
  'update-rc.d service start-stop-daemon',
);

/** /usr/bin of centos:7 (minimal install from the CentOS kickstart: coreutils 8.22, yum, procps-ng, iproute). */
export const CENTOS7_BIN = w(
  'bash sh grep egrep fgrep sed gawk awk find xargs tar gzip gunzip zcat zgrep uncompress diff cmp hostname ' +
  'login su mount umount more mountpoint nsenter unshare findmnt setsid script kill getopt which vi ' +
  'ps top free pgrep pkill pidof uptime w watch vmstat pmap slabtop tload ping ping6 tracepath ' +
  'yum rpm rpm2cpio rpmkeys rpmdb rpmquery rpmverify python python2 python2.7 getent ldd iconv locale ' +
  'localedef passwd chage gpasswd newgrp sg rev logger flock ionice renice taskset chrt curl gpg gpg2 ' +
  'info xz unxz xzcat lzma unlzma bzip2 bunzip2 bzcat cpio file dmesg',
);

/** /usr/sbin of centos:7. */
export const CENTOS7_SBIN = w(
  'chroot useradd userdel usermod groupadd groupdel groupmod grpck pwck chpasswd newusers vipw vigr nologin ' +
  'ldconfig pivot_root switch_root losetup mkswap swapon swapoff blkid fsck agetty ip arping ' +
  'bridge ss tc rtmon sysctl runuser sulogin wipefs alternatives update-alternatives',
);
