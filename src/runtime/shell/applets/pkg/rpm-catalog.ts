import { parseCatalog, type PkgDef } from './catalog-types.ts';

/** CentOS 7 packages (base/updates/extras); version is `version-release`, epoch 0. */
const CENTOS = `
bash 4.2.46-35.el7_9 x86_64 updates 1034000 3667 | | | | | The GNU Bourne Again shell
coreutils 8.22-24.el7_9.2 x86_64 updates 3300000 14400 | | | | | A set of basic GNU tools commonly used in shell scripts
glibc 2.17-326.el7_9 x86_64 updates 3700000 14000 | | | | | The GNU libc libraries
yum 3.4.3-168.el7.centos noarch base 1300000 5700 | | | | | RPM package installer/updater/manager
rpm 4.11.3-48.el7_9 x86_64 updates 1200000 2300 | | | | | The RPM package management system
centos-release 7-9.2009.1.el7.centos x86_64 base 27000 44 | | | | | CentOS Linux release file
tree 1.6.0-10.el7 x86_64 base 47104 89 | | | | bin/tree | File system tree viewer
less 458-10.el7_9 x86_64 updates 122880 215 | | | | bin/less | A text file browser similar to more, but better
vim-enhanced 7.4.629-8.el7_9 x86_64 updates 1126400 2296 | vim-common, perl-libs, gpm-libs, which | | | bin/vim | A version of the VIM editor which includes recent enhancements
vim-common 7.4.629-8.el7_9 x86_64 updates 6042624 22271 | vim-filesystem | | | /usr/share/vim/vim74/defaults.vim | The common files needed by any version of the VIM editor
vim-filesystem 7.4.629-8.el7_9 x86_64 updates 11264 0 | | | | /usr/share/vim/vimfiles/template.spec | VIM filesystem layout
perl-libs 5.16.3-299.el7_9 x86_64 updates 706560 1640 | | | | /usr/lib64/perl5/CORE/libperl.so | The libraries for the perl runtime
gpm-libs 1.20.7-6.el7 x86_64 base 33792 64 | | | | /usr/lib64/libgpm.so.2 | Dynamic library for for the gpm
which 2.20-7.el7 x86_64 base 41984 75 | | | | bin/which | Displays where a particular program in your path is located
curl 7.29.0-59.el7_9.2 x86_64 updates 277504 528 | libcurl | | | bin/curl | A utility for getting files from remote servers (FTP, HTTP, and others)
libcurl 7.29.0-59.el7_9.2 x86_64 updates 227328 435 | | | | /usr/lib64/libcurl.so.4 | A library for getting files from web servers
wget 1.14-18.el7_6.1 x86_64 base 560128 2055 | | | | bin/wget | A utility for retrieving files using the HTTP or FTP protocols
net-tools 2.0-0.25.20131004git.el7 x86_64 base 312320 917 | | | | sbin/ifconfig, sbin/route, sbin/arp, bin/netstat | Basic networking tools
iproute 4.11.0-30.el7 x86_64 base 818176 2265 | libmnl | | | sbin/ip, sbin/ss, sbin/bridge, sbin/tc | Advanced IP routing and network device configuration tools
libmnl 1.0.3-7.el7 x86_64 base 23552 51 | | | | /usr/lib64/libmnl.so.0 | A minimalistic Netlink library
procps-ng 3.3.10-28.el7 x86_64 base 297984 759 | | | | bin/ps, bin/top, bin/free, bin/pgrep, bin/pkill, bin/uptime, bin/vmstat, bin/watch, sbin/sysctl | System and process monitoring utilities
git 1.8.3.1-25.el7_9 x86_64 updates 4514816 22545 | perl-Git, less, openssh-clients, rsync | | | bin/git | Fast Version Control System
perl-Git 1.8.3.1-25.el7_9 noarch updates 57344 59 | | | | /usr/share/perl5/Git.pm | Perl interface to Git
openssh-clients 7.4p1-23.el7_9 x86_64 updates 671744 2651 | openssh | | | bin/ssh, bin/scp | An open source SSH client applications
openssh 7.4p1-23.el7_9 x86_64 updates 522240 1991 | | | | bin/ssh-keygen | An open source implementation of SSH protocol versions 1 and 2
rsync 3.1.2-12.el7_9 x86_64 updates 415744 815 | | | | bin/rsync | A program for synchronizing files over a network
python3 3.6.8-21.el7_9 x86_64 updates 71680 39 | python3-libs, python3-pip, python3-setuptools | | | bin/python3 | Interpreter of the Python programming language
python3-libs 3.6.8-21.el7_9 x86_64 updates 7200768 32000 | | | | /usr/lib64/libpython3.6m.so.1.0 | Python runtime libraries
python3-pip 9.0.3-8.el7 noarch base 1642496 8423 | | | | bin/pip3 | A tool for installing and managing Python3 packages
python3-setuptools 39.2.0-10.el7 noarch base 644096 3142 | | | | /usr/lib/python3.6/site-packages/setuptools/__init__.py | Easily build and distribute Python 3 packages
iputils 20160308-10.el7 x86_64 base 152576 343 | | | | bin/ping | Network monitoring tools including ping
htop 2.2.0-3.el7 x86_64 epel 105472 218 | | | | bin/htop | Interactive process viewer
bridge-utils 1.5-9.el7 x86_64 base 32768 56 | | | | sbin/brctl | Utilities for configuring the linux ethernet bridge
iptables 1.4.21-35.el7 x86_64 base 442368 1556 | libnetfilter_conntrack, libnfnetlink | | | sbin/iptables, sbin/iptables-save, sbin/iptables-restore | Tools for managing Linux kernel packet filtering capabilities
libnetfilter_conntrack 1.0.6-1.el7_3 x86_64 base 56320 143 | libnfnetlink | | | /usr/lib64/libnetfilter_conntrack.so.3 | Netfilter conntrack userspace library
libnfnetlink 1.0.1-4.el7 x86_64 base 27648 47 | | | | /usr/lib64/libnfnetlink.so.0 | Netfilter netlink userspace library
nginx 1.20.1-10.el7 x86_64 epel 599040 1672 | nginx-filesystem | | | sbin/nginx, /etc/nginx/nginx.conf | A high performance web server and reverse proxy server
nginx-filesystem 1.20.1-10.el7 noarch epel 24576 0 | | | | /etc/nginx/conf.d/.keep | The basic directory layout for the Nginx server
epel-release 7-14 noarch extras 15360 25 | | | | /etc/yum.repos.d/epel.repo | Extra Packages for Enterprise Linux repository configuration
docker 1.13.1-210.git7d71120.el7.centos x86_64 extras 17408000 68000 | docker-client, docker-common, container-selinux | | | bin/dockerd-current | Automates deployment of containerized applications
docker-client 1.13.1-210.git7d71120.el7.centos x86_64 extras 3993600 13000 | docker-common | | | bin/docker | Client side files for Docker
docker-common 1.13.1-210.git7d71120.el7.centos x86_64 extras 100352 4500 | | | | /etc/docker/daemon.json | Common files for docker and docker-latest
container-selinux 2.119.2-1.911c772.el7_8 noarch extras 40960 41 | | | | /usr/share/selinux/packages/container.pp.bz2 | SELinux policies for container runtimes
`;

export const CENTOS_PKGS: Map<string, PkgDef> = parseCatalog(CENTOS);
export const RPM_BASE = ['bash', 'coreutils', 'glibc', 'yum', 'rpm', 'centos-release', 'which', 'less', 'procps-ng'];
export const RPM_DB = '/var/lib/rpm/lab-installed';
