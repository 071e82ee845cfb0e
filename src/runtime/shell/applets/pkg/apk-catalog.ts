import { parseCatalog, type PkgDef } from './catalog-types.ts';

/** Alpine 3.19 packages (main and community) the lab can install; sizes are apk's installed bytes. */
const ALPINE = `
alpine-baselayout 3.4.3-r2 x86_64 main 8720 320 | alpine-baselayout-data | | | | Alpine base dir structure and init scripts
alpine-baselayout-data 3.4.3-r2 x86_64 main 11000 64 | | | | | Alpine base dir structure and init scripts
alpine-keys 2.4-r1 x86_64 main 13000 160 | | | | | Public keys for Alpine Linux packages
apk-tools 2.14.0-r5 x86_64 main 120000 308 | | | | /sbin/apk | Alpine Package Keeper - package manager for alpine
busybox 1.36.1-r15 x86_64 main 510000 924 | | | | /bin/busybox | Size optimized toolbox of many common UNIX utilities
busybox-binsh 1.36.1-r15 x86_64 main 1500 4 | busybox | | | | busybox ash /bin/sh
ca-certificates-bundle 20230506-r0 x86_64 main 125000 232 | | | | | Pre generated bundle of Mozilla certificates
libc-utils 0.7.2-r5 x86_64 main 1400 4 | musl-utils | | | | Meta package to pull in correct libc
libcrypto3 3.1.4-r2 x86_64 main 1800000 4188 | musl | | | | Crypto library from openssl
libssl3 3.1.4-r2 x86_64 main 260000 576 | libcrypto3 | | | | SSL shared libraries
musl 1.2.4_git20230717-r4 x86_64 main 390000 640 | | | | | the musl c library (libc) implementation
musl-utils 1.2.4_git20230717-r4 x86_64 main 36000 132 | scanelf | | | | the musl c library (libc) implementation
scanelf 1.3.7-r2 x86_64 main 36000 92 | | | | | Scan ELF binaries for data of interest
ssl_client 1.36.1-r15 x86_64 main 5000 16 | | | | | EXternal ssl_client for busybox wget
zlib 1.3-r0 x86_64 main 53000 104 | | | | | A compression/decompression Library
tree 2.1.1-r0 x86_64 main 36000 76 | | | | bin/tree | A recursive directory indented listing of files
less 643-r1 x86_64 main 130000 264 | ncurses-terminfo-base, libncursesw | | | bin/less | File pager
ncurses-terminfo-base 6.4_p20231125-r0 x86_64 main 20000 64 | | | | /etc/terminfo/x/xterm | Descriptions of common terminals
libncursesw 6.4_p20231125-r0 x86_64 main 150000 324 | ncurses-terminfo-base | | | /usr/lib/libncursesw.so.6 | Console display library (libncursesw)
vim 9.0.2127-r0 x86_64 main 1700000 3580 | xxd, vim-common, libncursesw, libsodium | | | bin/vim | Improved vi-style text editor
vim-common 9.0.2127-r0 x86_64 main 8000000 17200 | | | | /usr/share/vim/vim90/defaults.vim | Vim common files
xxd 9.0.2127-r0 x86_64 main 20000 44 | | | | bin/xxd | Hexdump utility from vim
libsodium 1.0.19-r0 x86_64 main 170000 376 | | | | /usr/lib/libsodium.so.26 | P(ortable|ackageable) NaCl-based crypto library
curl 8.5.0-r0 x86_64 main 260000 252 | ca-certificates, libcurl | | | bin/curl | URL retrival utility and library
libcurl 8.5.0-r0 x86_64 main 380000 660 | brotli-libs, c-ares, libidn2, nghttp2-libs, libssl3, zlib | | | /usr/lib/libcurl.so.4 | The multiprotocol file transfer library
ca-certificates 20230506-r0 x86_64 main 160000 680 | | | | /etc/ssl/certs/ca-certificates.crt | Common CA certificates PEM files from Mozilla
brotli-libs 1.1.0-r1 x86_64 main 340000 716 | | | | /usr/lib/libbrotlidec.so.1 | Generic lossless compressor (libraries)
c-ares 1.24.0-r1 x86_64 main 70000 160 | | | | /usr/lib/libcares.so.2 | Asynchronous DNS/names resolver library
libidn2 2.3.4-r4 x86_64 main 60000 180 | libunistring | | | /usr/lib/libidn2.so.0 | Encode/Decode library for internationalized domain names
libunistring 1.1-r2 x86_64 main 550000 1508 | | | | /usr/lib/libunistring.so.5 | Library for manipulating Unicode strings and C strings
nghttp2-libs 1.58.0-r0 x86_64 main 70000 164 | | | | /usr/lib/libnghttp2.so.14 | Experimental HTTP/2 client, server and proxy (libraries)
wget 1.21.4-r0 x86_64 main 470000 476 | libidn2, libunistring, pcre2 | | | bin/wget | Network utility to retrieve files from the Web
pcre2 10.42-r2 x86_64 main 200000 652 | | | | /usr/lib/libpcre2-8.so.0 | Perl-compatible regular expression library
net-tools 2.10-r3 x86_64 main 90000 440 | mii-tool | | | sbin/ifconfig, sbin/route, sbin/arp, bin/netstat | Linux networking base tools
mii-tool 2.10-r3 x86_64 main 9000 40 | | | | sbin/mii-tool | Media-independent interface (MII) tool
iproute2 6.6.0-r0 x86_64 main 800000 1740 | iproute2-minimal, iproute2-ss, iproute2-tc | | | sbin/bridge | IP Routing Utilities
iproute2-minimal 6.6.0-r0 x86_64 main 400000 896 | libmnl | | | sbin/ip | IP Routing Utilities (/sbin/ip only)
iproute2-ss 6.6.0-r0 x86_64 main 80000 168 | libmnl | | | sbin/ss | IP Routing Utilities (/sbin/ss only)
iproute2-tc 6.6.0-r0 x86_64 main 300000 656 | libmnl, libelf | | | sbin/tc | IP Routing Utilities (/sbin/tc only)
libmnl 1.0.5-r2 x86_64 main 9000 28 | | | | /usr/lib/libmnl.so.0 | Library for minimalistic netlink
libelf 0.190-r1 x86_64 main 50000 112 | zstd-libs | | | /usr/lib/libelf.so.1 | ELF object file access library
zstd-libs 1.5.5-r8 x86_64 main 290000 616 | | | | /usr/lib/libzstd.so.1 | Zstandard - Fast real-time compression algorithm (libraries)
procps-ng 4.0.4-r0 x86_64 main 170000 540 | libproc2, libncursesw | | | bin/ps, bin/top, bin/free, bin/pgrep, bin/pkill, bin/uptime, bin/vmstat, bin/watch | Utilities for monitoring your system and processes on your system
libproc2 4.0.4-r0 x86_64 main 40000 100 | | | | /usr/lib/libproc2.so.0 | Library for monitoring system and processes
git 2.43.0-r0 x86_64 main 4400000 14784 | libcurl, libexpat, pcre2, zlib | | | bin/git | Distributed version control system
libexpat 2.6.0-r0 x86_64 main 70000 168 | | | | /usr/lib/libexpat.so.1 | XML Parser library written in C
nginx 1.24.0-r15 x86_64 main 630000 1248 | pcre | | | sbin/nginx, /etc/nginx/nginx.conf, /etc/nginx/http.d/default.conf | HTTP and reverse proxy server (stable version)
pcre 8.45-r3 x86_64 main 120000 392 | | | | /usr/lib/libpcre.so.1 | Perl-compatible regular expression library
python3 3.11.8-r0 x86_64 main 13000000 46788 | libbz2, libexpat, libffi, gdbm, xz-libs, mpdecimal, libpanelw, readline, sqlite-libs | | | bin/python3, bin/python3.11 | A high-level scripting language
libbz2 1.0.8-r6 x86_64 main 30000 72 | | | | /usr/lib/libbz2.so.1 | Shared library for bz2
libffi 3.4.4-r3 x86_64 main 16000 40 | | | | /usr/lib/libffi.so.8 | portable, high level programming interface to various calling conventions.
gdbm 1.23-r1 x86_64 main 50000 144 | | | | /usr/lib/libgdbm.so.6 | GNU dbm is a set of database routines that use extensible hashing
xz-libs 5.4.5-r0 x86_64 main 90000 192 | | | | /usr/lib/liblzma.so.5 | Library and CLI tools for XZ and LZMA compressed files (libraries)
mpdecimal 2.5.1-r2 x86_64 main 90000 176 | | | | /usr/lib/libmpdec.so.3 | complete implementation of the General Decimal Arithmetic Specification
libpanelw 6.4_p20231125-r0 x86_64 main 6000 16 | | | | /usr/lib/libpanelw.so.6 | Console display library (libpanelw)
readline 8.2.1-r2 x86_64 main 130000 292 | libncursesw | | | /usr/lib/libreadline.so.8 | GNU readline library
sqlite-libs 3.44.2-r0 x86_64 main 850000 1424 | | | | /usr/lib/libsqlite3.so.0 | Sqlite3 library
iputils 20221126-r2 x86_64 main 60000 140 | | | | bin/ping | IP Configuration Utilities (and Ping)
htop 3.2.2-r1 x86_64 main 160000 388 | libncursesw | | | bin/htop | Interactive process viewer
bridge-utils 1.7.1-r2 x86_64 main 9000 48 | | | | sbin/brctl | Tools for configuring the Linux kernel 802.1d Ethernet Bridge
iptables 1.8.10-r3 x86_64 main 380000 1520 | libmnl, libnftnl | | | sbin/iptables, sbin/iptables-save, sbin/iptables-restore | Linux kernel firewall, NAT and packet mangling tools
libnftnl 1.2.6-r0 x86_64 main 70000 180 | libmnl | | | /usr/lib/libnftnl.so.11 | Netfilter library providing interface to the nf_tables subsystem
bash 5.2.21-r0 x86_64 main 450000 1312 | readline | | | /bin/bash | The GNU Bourne Again shell
docker 25.0.5-r0 x86_64 community 9000 8 | docker-engine, docker-cli | | | | Pack, ship and run any application as a lightweight container
docker-engine 25.0.5-r0 x86_64 community 20000000 66000 | containerd, iptables, runc, tini-static | | | bin/dockerd | Pack, ship and run any application as a lightweight container (engine)
docker-cli 25.0.5-r0 x86_64 community 11000000 35000 | | | | bin/docker | Pack, ship and run any application as a lightweight container (cli)
containerd 1.7.13-r0 x86_64 community 25000000 80000 | runc | | | bin/containerd, bin/ctr | An open and reliable container runtime
runc 1.1.12-r0 x86_64 community 3700000 9480 | libseccomp | | | bin/runc | CLI tool for spawning and running containers according to the OCI specification
libseccomp 2.5.5-r0 x86_64 main 40000 148 | | | | /usr/lib/libseccomp.so.2 | high level interface to Linux seccomp filter
tini-static 0.19.0-r2 x86_64 community 300000 820 | | | | /sbin/tini-static | A tiny but valid init for containers (statically linked)
`;

export const ALPINE_PKGS: Map<string, PkgDef> = parseCatalog(ALPINE);

/** alpine:3.19's 15 packages. */
export const APK_BASE = ['alpine-baselayout', 'alpine-baselayout-data', 'alpine-keys', 'apk-tools', 'busybox', 'busybox-binsh', 'ca-certificates-bundle', 'libc-utils', 'libcrypto3', 'libssl3', 'musl', 'musl-utils', 'scanelf', 'ssl_client', 'zlib'];
