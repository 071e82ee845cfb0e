import { parseCatalog, type PkgDef } from './catalog-types.ts';

/** Ubuntu 22.04 (jammy) packages the lab can install, with their real versions and sizes (early 2024). */
const UBUNTU = `
# base system (present in every ubuntu:22.04 root)
base-files 12ubuntu4.6 amd64 jammy-updates/main 62000 394 | | | | | Debian base system miscellaneous files
bash 5.1-6ubuntu1.1 amd64 jammy-updates/main 768000 1864 | base-files | | | | GNU Bourne Again SHell
coreutils 8.32-4.1ubuntu1.2 amd64 jammy-updates/main 1437000 7112 | | | | | GNU core utilities
dpkg 1.21.1ubuntu2.3 amd64 jammy-updates/main 1239000 6733 | | | | | Debian package management system
apt 2.4.12 amd64 jammy-updates/main 1363000 4156 | | | | | commandline package manager
grep 3.7-1build1 amd64 jammy/main 157000 482 | | | | | GNU grep, egrep and fgrep
sed 4.8-1ubuntu2 amd64 jammy/main 189000 327 | | | | | GNU stream editor for filtering/transforming text
tar 1.34+dfsg-1ubuntu0.1.22.04.2 amd64 jammy-updates/main 295000 944 | | | | | GNU version of the tar archiving utility
gzip 1.10-4ubuntu4.1 amd64 jammy-updates/main 95000 246 | | | | | GNU compression utilities
findutils 4.8.0-1ubuntu3 amd64 jammy/main 320000 616 | | | | | utilities for finding files--find, xargs
util-linux 2.37.2-4ubuntu3.4 amd64 jammy-updates/main 1153000 3399 | | | | | miscellaneous system utilities
libc6 2.35-0ubuntu3.6 amd64 jammy-updates/main 3235000 13592 | | | | | GNU C Library: Shared libraries
libc-bin 2.35-0ubuntu3.6 amd64 jammy-updates/main 706000 2674 | | | | | GNU C Library: Binaries
libssl3 3.0.2-0ubuntu1.15 amd64 jammy-updates/main 1905000 5823 | | | | | Secure Sockets Layer toolkit - shared libraries
libtinfo6 6.3-2ubuntu0.1 amd64 jammy-updates/main 100000 568 | | | | | shared low-level terminfo library for terminal handling
libncursesw6 6.3-2ubuntu0.1 amd64 jammy-updates/main 147000 417 | | | | | shared libraries for terminal handling (wide character support)
libselinux1 3.3-1build2 amd64 jammy/main 74000 199 | | | | | SELinux runtime shared libraries
libacl1 2.3.1-1 amd64 jammy/main 19000 56 | | | | | access control list - shared library
libcap2 1:2.44-1ubuntu0.22.04.1 amd64 jammy-updates/main 18300 56 | | | | | POSIX 1003.1e capabilities (library)
zlib1g 1:1.2.11.dfsg-2ubuntu9.2 amd64 jammy-updates/main 58000 164 | | | | | compression library - runtime
libzstd1 1.4.8+dfsg-3build1 amd64 jammy/main 286000 845 | | | | | fast lossless compression algorithm
adduser 3.118ubuntu5 all jammy/main 155000 624 | | | | | add and remove users and groups
libgnutls30 3.7.3-4ubuntu1.4 amd64 jammy-updates/main 968000 2365 | | | | | GNU TLS library - main runtime library
# networking and tools
tree 2.0.2-1 amd64 jammy/universe 47900 115 | libc6 | | | bin/tree | displays an indented directory tree, in color
less 590-1ubuntu0.22.04.3 amd64 jammy-updates/main 142500 367 | libc6, libtinfo6 | | | bin/less, bin/lessecho, bin/lesskey, bin/lesspipe | pager program similar to more
vim 2:8.2.3995-1ubuntu2.16 amd64 jammy-updates/main 1731000 3903 | vim-common, vim-runtime, libacl1, libgpm2, libpython3.10, libsodium23, libtinfo6 | | ctags, vim-doc, vim-scripts | bin/vim.basic, /etc/vim/vimrc | Vi IMproved - enhanced vi editor
vim-common 2:8.2.3995-1ubuntu2.16 all jammy-updates/main 81500 379 | xxd | | | /usr/share/vim/vimrc | Vi IMproved - Common files
vim-runtime 2:8.2.3995-1ubuntu2.16 all jammy-updates/main 6834000 33730 | | | | /usr/share/vim/vim82/defaults.vim | Vi IMproved - Runtime files
xxd 2:8.2.3995-1ubuntu2.16 amd64 jammy-updates/main 55100 295 | libc6 | | | bin/xxd | tool to make (or reverse) a hex dump
libgpm2 1.20.7-10build1 amd64 jammy/main 15400 47 | libc6 | | gpm | /usr/lib/x86_64-linux-gnu/libgpm.so.2 | General Purpose Mouse - shared library
libsodium23 1.0.18-1build2 amd64 jammy/main 164000 464 | libc6 | | | /usr/lib/x86_64-linux-gnu/libsodium.so.23 | Network communication, cryptography and signaturing library
libpython3.10 3.10.12-1~22.04.3 amd64 jammy-updates/main 1949000 6815 | libpython3.10-stdlib | | | /usr/lib/x86_64-linux-gnu/libpython3.10.so.1.0 | Shared Python runtime library (version 3.10)
libpython3.10-minimal 3.10.12-1~22.04.3 amd64 jammy-updates/main 815000 3784 | libssl3 | | | /usr/lib/python3.10/os.py | Minimal subset of the Python language (version 3.10)
libpython3.10-stdlib 3.10.12-1~22.04.3 amd64 jammy-updates/main 1848000 7757 | libpython3.10-minimal, media-types, libmpdec3, libreadline8, libsqlite3-0, libexpat1 | | | /usr/lib/python3.10/json/__init__.py | Interactive high-level object-oriented language (standard library, version 3.10)
libpython3-stdlib 3.10.6-1~22.04 amd64 jammy-updates/main 6910 24 | libpython3.10-stdlib | | | | interactive high-level object-oriented language (default python3 version)
media-types 7.0.0 all jammy/main 25500 90 | | | | /etc/mime.types | List of standard media types and their usual file extension
libmpdec3 2.5.1-2build2 amd64 jammy/main 86800 217 | libc6 | | | /usr/lib/x86_64-linux-gnu/libmpdec.so.3 | library for decimal floating point arithmetic (runtime library)
libreadline8 8.1.2-1 amd64 jammy/main 153000 461 | readline-common | | | /usr/lib/x86_64-linux-gnu/libreadline.so.8 | GNU readline and history libraries, run-time libraries
readline-common 8.1.2-1 all jammy/main 53500 106 | | | | /etc/inputrc | GNU readline and history libraries, common files
libsqlite3-0 3.37.2-2ubuntu0.3 amd64 jammy-updates/main 643000 1584 | libc6 | | | /usr/lib/x86_64-linux-gnu/libsqlite3.so.0 | SQLite 3 shared library
libexpat1 2.4.7-1ubuntu0.3 amd64 jammy-updates/main 91000 278 | libc6 | | | /usr/lib/x86_64-linux-gnu/libexpat.so.1 | XML parsing C library - runtime library
python3 3.10.6-1~22.04 amd64 jammy-updates/main 22800 87 | python3.10, libpython3-stdlib, python3-minimal | | python3-doc, python3-tk, python3-venv | /usr/bin/python3 | interactive high-level object-oriented language (default python3 version)
python3-minimal 3.10.6-1~22.04 amd64 jammy-updates/main 24300 102 | python3.10-minimal | | | | minimal subset of the Python language (default python3 version)
python3.10 3.10.12-1~22.04.3 amd64 jammy-updates/main 508000 630 | python3.10-minimal, libpython3.10-stdlib, media-types | | python3.10-venv, python3.10-doc, binutils | bin/pydoc3.10 | Interactive high-level object-oriented language (version 3.10)
python3.10-minimal 3.10.12-1~22.04.3 amd64 jammy-updates/main 2263000 5825 | libpython3.10-minimal, libexpat1, zlib1g | | | bin/python3.10 | Minimal subset of the Python language (version 3.10)
curl 7.81.0-1ubuntu1.16 amd64 jammy-updates/main 194000 454 | libcurl4, zlib1g | | | bin/curl | command line tool for transferring data with URL syntax
libcurl4 7.81.0-1ubuntu1.16 amd64 jammy-updates/main 289000 788 | libbrotli1, libnghttp2-14, libpsl5, librtmp1, libssh-4, libssl3, zlib1g | ca-certificates | libsasl2-modules-gssapi-mit | /usr/lib/x86_64-linux-gnu/libcurl.so.4 | easy-to-use client-side URL transfer library (OpenSSL flavour)
libcurl3-gnutls 7.81.0-1ubuntu1.16 amd64 jammy-updates/main 284000 777 | libbrotli1, libnghttp2-14, libpsl5, librtmp1, libssh-4, libgnutls30 | | | /usr/lib/x86_64-linux-gnu/libcurl-gnutls.so.4 | easy-to-use client-side URL transfer library (GnuTLS flavour)
libbrotli1 1.0.9-2build6 amd64 jammy/main 315000 829 | libc6 | | | /usr/lib/x86_64-linux-gnu/libbrotlidec.so.1 | library implementing brotli encoder and decoder (shared libraries)
libnghttp2-14 1.43.0-1ubuntu0.2 amd64 jammy-updates/main 76600 205 | libc6 | | | /usr/lib/x86_64-linux-gnu/libnghttp2.so.14 | library implementing HTTP/2 protocol (shared library)
libpsl5 0.21.0-1.2build2 amd64 jammy/main 58400 101 | libc6 | publicsuffix | | /usr/lib/x86_64-linux-gnu/libpsl.so.5 | Library for Public Suffix List (shared libraries)
publicsuffix 20211207.1025-1 all jammy/main 129000 327 | | | | /usr/share/publicsuffix/public_suffix_list.dat | accurate, machine-readable list of domain name suffixes
librtmp1 2.4+20151223.gitfa8646d.1-2build4 amd64 jammy/main 58200 152 | libgnutls30, zlib1g | | | /usr/lib/x86_64-linux-gnu/librtmp.so.1 | toolkit for RTMP streams (shared library)
libssh-4 0.9.6-2ubuntu0.22.04.3 amd64 jammy-updates/main 186000 495 | libssl3, zlib1g | | | /usr/lib/x86_64-linux-gnu/libssh.so.4 | tiny C SSH library (OpenSSL flavor)
ca-certificates 20230311ubuntu0.22.04.1 all jammy-updates/main 155000 393 | openssl | | | /etc/ssl/certs/ca-certificates.crt, /etc/ca-certificates.conf, sbin/update-ca-certificates | Common CA certificates
openssl 3.0.2-0ubuntu1.15 amd64 jammy-updates/main 1186000 2076 | libssl3 | ca-certificates | | bin/openssl, /etc/ssl/openssl.cnf | Secure Sockets Layer toolkit - cryptographic utility
wget 1.21.2-2ubuntu1.1 amd64 jammy-updates/main 339000 975 | libpsl5, libssl3, zlib1g | ca-certificates | | bin/wget, /etc/wgetrc | retrieves files from the web
net-tools 1.60+git20181103.0eebece-1ubuntu5 amd64 jammy/main 204000 820 | libselinux1 | | | sbin/ifconfig, sbin/route, sbin/arp, bin/netstat | NET-3 networking toolkit
iproute2 5.15.0-1ubuntu2 amd64 jammy/main 1070000 3269 | libbpf0, libcap2-bin, libelf1, libmnl0, libxtables12 | | iproute2-doc | sbin/ip, bin/ss, sbin/bridge, sbin/tc | networking and traffic control tools
libbpf0 1:0.5.0-1ubuntu22.04.1 amd64 jammy-updates/main 140000 372 | libelf1, zlib1g | | | /usr/lib/x86_64-linux-gnu/libbpf.so.0 | eBPF helper library (shared library)
libelf1 0.186-1build1 amd64 jammy/main 51500 148 | zlib1g | | | /usr/lib/x86_64-linux-gnu/libelf.so.1 | library to read and write ELF files
libmnl0 1.0.4-3build2 amd64 jammy/main 13000 46 | libc6 | | | /usr/lib/x86_64-linux-gnu/libmnl.so.0 | minimalistic Netlink communication library
libxtables12 1.8.7-1ubuntu5.2 amd64 jammy-updates/main 31200 102 | libc6 | | | /usr/lib/x86_64-linux-gnu/libxtables.so.12 | netfilter xtables library
libcap2-bin 1:2.44-1ubuntu0.22.04.1 amd64 jammy-updates/main 26000 112 | libcap2 | | | sbin/capsh, sbin/getcap, sbin/setcap | POSIX 1003.1e capabilities (utilities)
procps 2:3.3.17-6ubuntu2.1 amd64 jammy-updates/main 378000 1420 | libprocps8, libncursesw6, lsb-base | psmisc | | bin/ps, bin/top, bin/free, bin/kill, bin/pgrep, bin/pkill, bin/pmap, bin/uptime, bin/vmstat, bin/w, bin/watch, sbin/sysctl | /proc file system utilities
libprocps8 2:3.3.17-6ubuntu2.1 amd64 jammy-updates/main 36400 124 | libc6 | | | /usr/lib/x86_64-linux-gnu/libprocps.so.8 | library for accessing process information from /proc
lsb-base 11.1.0ubuntu4 all jammy/main 12300 58 | | | | /lib/lsb/init-functions | Linux Standard Base init script functionality
psmisc 23.4-2build3 amd64 jammy/main 119000 581 | libtinfo6 | | | bin/fuser, bin/killall, bin/pstree | utilities that use the proc file system
iputils-ping 3:20211215-1 amd64 jammy/main 42900 116 | libcap2 | | | bin/ping | Tools to test the reachability of network hosts
htop 3.0.5-7build2 amd64 jammy/main 128000 342 | libncursesw6, libnl-3-200, libnl-genl-3-200 | | lm-sensors, lsof, strace | bin/htop | interactive processes viewer
libnl-3-200 3.5.0-0.1 amd64 jammy/main 59800 192 | libc6 | | | /usr/lib/x86_64-linux-gnu/libnl-3.so.200 | library for dealing with netlink sockets
libnl-genl-3-200 3.5.0-0.1 amd64 jammy/main 12400 52 | libnl-3-200 | | | /usr/lib/x86_64-linux-gnu/libnl-genl-3.so.200 | library for dealing with netlink sockets - generic netlink
bridge-utils 1.7-1ubuntu3 amd64 jammy/main 34400 101 | libc6 | | ifupdown | sbin/brctl | Utilities for configuring the Linux Ethernet bridge
iptables 1.8.7-1ubuntu5.2 amd64 jammy-updates/main 455000 2731 | libip4tc2, libip6tc2, libxtables12, libnetfilter-conntrack3, libnfnetlink0, libnftnl11, libmnl0 | | firewalld, kmod, nftables | sbin/iptables, sbin/iptables-save, sbin/iptables-restore, sbin/ip6tables | administration tools for packet filtering and NAT
libip4tc2 1.8.7-1ubuntu5.2 amd64 jammy-updates/main 19900 67 | libc6 | | | /usr/lib/x86_64-linux-gnu/libip4tc.so.2 | netfilter libip4tc library
libip6tc2 1.8.7-1ubuntu5.2 amd64 jammy-updates/main 20200 67 | libc6 | | | /usr/lib/x86_64-linux-gnu/libip6tc.so.2 | netfilter libip6tc library
libnetfilter-conntrack3 1.0.9-1 amd64 jammy/main 45300 139 | libnfnetlink0, libmnl0 | | | /usr/lib/x86_64-linux-gnu/libnetfilter_conntrack.so.3 | Netfilter netlink-conntrack library
libnfnetlink0 1.0.1-3build3 amd64 jammy/main 14600 54 | libc6 | | | /usr/lib/x86_64-linux-gnu/libnfnetlink.so.0 | Netfilter netlink library
libnftnl11 1.2.1-1build1 amd64 jammy/main 65900 237 | libmnl0 | | | /usr/lib/x86_64-linux-gnu/libnftnl.so.11 | Netfilter nftables userspace API library
git 1:2.34.1-1ubuntu1.11 amd64 jammy-updates/main 3166000 18884 | git-man, libcurl3-gnutls, liberror-perl, libexpat1, libpcre2-8-0, perl, zlib1g | less, openssh-client, patch, ca-certificates | gettext-base, git-daemon-run, git-doc, git-email, git-gui, gitk, gitweb | bin/git | fast, scalable, distributed revision control system
git-man 1:2.34.1-1ubuntu1.11 all jammy-updates/main 954000 1944 | | | | /usr/share/man/man1/git.1.gz | fast, scalable, distributed revision control system (manual pages)
liberror-perl 0.17029-1 all jammy/main 26500 57 | perl | | | /usr/share/perl5/Error.pm | Perl module for error/exception handling in an OO-ish way
libpcre2-8-0 10.39-3ubuntu0.1 amd64 jammy-updates/main 195000 605 | libc6 | | | /usr/lib/x86_64-linux-gnu/libpcre2-8.so.0 | New Perl Compatible Regular Expression Library- 8 bit runtime files
perl 5.34.0-3ubuntu1.3 amd64 jammy-updates/main 232000 726 | perl-base | | perl-doc, make | bin/perl5.34.0 | Larry Wall's Practical Extraction and Report Language
perl-base 5.34.0-3ubuntu1.3 amd64 jammy-updates/main 1762000 7757 | | | | bin/perl | minimal Perl system
openssh-client 1:8.9p1-3ubuntu0.6 amd64 jammy-updates/main 906000 5076 | adduser, libselinux1, libssl3, zlib1g | xauth | keychain, libpam-ssh, monkeysphere, ssh-askpass | bin/ssh, bin/scp, bin/sftp, bin/ssh-keygen, /etc/ssh/ssh_config | secure shell (SSH) client, for secure access to remote machines
xauth 1:1.1-1build2 amd64 jammy/main 25300 78 | libc6 | | | bin/xauth | X authentication utility
patch 2.7.6-7build2 amd64 jammy/main 123000 222 | libc6 | | diffutils-doc, ed | bin/patch | Apply a diff file to an original
nginx 1.18.0-6ubuntu14.4 amd64 jammy-updates/main 3872 50 | nginx-core | | fcgiwrap, nginx-doc, ssl-cert | | small, powerful, scalable web/proxy server
nginx-core 1.18.0-6ubuntu14.4 amd64 jammy-updates/main 483000 1298 | nginx-common, libnginx-mod-http-geoip2, libssl3, zlib1g | | | sbin/nginx | nginx web/proxy server (standard version)
nginx-common 1.18.0-6ubuntu14.4 all jammy-updates/main 40800 188 | lsb-base, iproute2 | | | /etc/nginx/nginx.conf, /etc/nginx/mime.types, /etc/nginx/sites-available/default, /etc/nginx/sites-enabled/default, /var/www/html/index.nginx-debian.html | small, powerful, scalable web/proxy server - common files
libnginx-mod-http-geoip2 1.18.0-6ubuntu14.4 amd64 jammy-updates/main 12300 55 | libmaxminddb0 | | | /usr/lib/nginx/modules/ngx_http_geoip2_module.so | GeoIP2 HTTP module for Nginx
libmaxminddb0 1.5.2-1build2 amd64 jammy/main 24700 78 | libc6 | | | /usr/lib/x86_64-linux-gnu/libmaxminddb.so.0 | IP geolocation database library
docker.io 24.0.7-0ubuntu2~22.04.1 amd64 jammy-updates/universe 28907000 105584 | adduser, containerd, iptables, runc, tini | ca-certificates, git, pigz, ubuntu-fan, xz-utils | aufs-tools, btrfs-progs, cgroupfs-mount, debootstrap, docker-doc, rinse, zfs-fuse | bin/docker, sbin/dockerd | Linux container runtime
containerd 1.7.12-0ubuntu2~22.04.1 amd64 jammy-updates/main 36003000 137474 | runc | | | bin/containerd, bin/ctr, bin/containerd-shim-runc-v2 | daemon to control runC
runc 1.1.12-0ubuntu2~22.04.1 amd64 jammy-updates/main 8402000 33078 | libseccomp2 | | | sbin/runc | Open Container Project - runtime
libseccomp2 2.5.3-2ubuntu2 amd64 jammy/main 47300 148 | libc6 | | | /usr/lib/x86_64-linux-gnu/libseccomp.so.2 | high level interface to Linux seccomp filter
tini 0.19.0-1 amd64 jammy/universe 255000 772 | | | | bin/tini | tiny but valid init for containers
pigz 2.6-1 amd64 jammy/universe 63600 160 | zlib1g | | | bin/pigz | Parallel Implementation of GZip
ubuntu-fan 0.12.16 all jammy/main 35200 186 | iproute2 | | | sbin/fanctl | Ubuntu FAN network support enablement
xz-utils 5.2.5-2ubuntu1 amd64 jammy/main 84800 312 | | | | bin/xz, bin/unxz, bin/xzcat | XZ-format compression utilities
`;

/** Docker's own repository (download.docker.com), only visible once it is configured in sources. */
const DOCKER = `
docker-ce 5:24.0.7-1~ubuntu.22.04~jammy amd64 jammy/stable 22646000 99908 | containerd.io, docker-ce-cli, iptables | docker-buildx-plugin, docker-ce-rootless-extras, docker-compose-plugin | | bin/dockerd, bin/docker-proxy | Docker: the open-source application container engine
docker-ce-cli 5:24.0.7-1~ubuntu.22.04~jammy amd64 jammy/stable 13306000 53018 | | | | bin/docker | Docker CLI: the open-source application container engine
containerd.io 1.6.26-1 amd64 jammy/stable 29533000 119536 | | | | bin/containerd, bin/ctr, bin/containerd-shim-runc-v2, sbin/runc | An open and reliable container runtime
docker-buildx-plugin 0.11.2-1~ubuntu.22.04~jammy amd64 jammy/stable 28238000 115240 | | | | /usr/libexec/docker/cli-plugins/docker-buildx | Docker Buildx cli plugin.
docker-compose-plugin 2.21.0-1~ubuntu.22.04~jammy amd64 jammy/stable 11929000 53512 | | | | /usr/libexec/docker/cli-plugins/docker-compose | Docker Compose (V2) plugin for the Docker CLI.
docker-ce-rootless-extras 5:24.0.7-1~ubuntu.22.04~jammy amd64 jammy/stable 9030000 35200 | | | | bin/dockerd-rootless.sh | Rootless support for Docker.
`;

export const UBUNTU_PKGS: Map<string, PkgDef> = parseCatalog(UBUNTU);
export const DOCKER_PKGS: Map<string, PkgDef> = parseCatalog(DOCKER);

/** Packages every ubuntu root has even before anything is recorded in /var/lib/dpkg/status. */
export const DEB_BASE = ['base-files', 'bash', 'coreutils', 'dpkg', 'apt', 'grep', 'sed', 'tar', 'gzip', 'findutils', 'util-linux', 'libc6', 'libc-bin', 'libssl3', 'libtinfo6', 'libncursesw6', 'libselinux1', 'libacl1', 'libcap2', 'zlib1g', 'libzstd1', 'adduser', 'libgnutls30', 'perl-base', 'lsb-base'];
