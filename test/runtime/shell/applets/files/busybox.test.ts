import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

const BB = "printf '\\177ELF\\002\\001\\001\\000\\000\\000\\000\\000\\000\\000\\000\\000LAB-PROGRAM:busybox\\n' > /usr/local/bin/busybox; chmod +x /usr/local/bin/busybox; ";
const TREE = 'mkdir -p d/e && echo hi > d/f && echo hello > d/e/g && ln d/f d/h && ln -s f d/l';
const LINKS = 'mkdir -p d/e && echo hi > d/f && ln -s f d/l && ln -s nowhere dl';

// Recorded from busybox 1.35.0 (LANG=C); the version line is the lab's Debian build.
const HEAD = 'BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\n';
const CASES: Case[] = [
  [BB + TREE, 'busybox du d; busybox du -s d d/e; busybox du -h d; busybox du -b d; busybox du -c d; busybox du x; busybox du -d 0 d; busybox du -sd 1 d; busybox du -as d; busybox du -m d',
    '8\td/e\n16\td\n16\td\n8.0K\td/e\n16.0K\td\n4102\td/e\n8202\td\n8\td/e\n16\td\n16\ttotal\n16\td\n8\td/e\n16\td\n16\td\n1\td/e\n1\td\n', 'du: x: No such file or directory\n', 0],
  [BB + LINKS, 'busybox readlink d/l; busybox readlink d/f; echo $?; busybox readlink -f d/l | sed "s|$PWD|T|"; busybox readlink -f nope/x; echo $?; busybox readlink -f dl | sed "s|$PWD|T|"; busybox readlink -v d/f; busybox readlink -fv nope/x; busybox readlink -v nope; busybox readlink -n d/l',
    'f\n1\nT/d/f\n1\nT/nowhere\nf', 'readlink: d/f: cannot read link: not a symlink\nreadlink: nope: cannot read link: No such file or directory\n', 0],
  [BB, 'busybox readlink a b', '', `${HEAD}Usage: readlink [-fnv] FILE\n\nDisplay the value of a symlink\n\n\t-f\tCanonicalize by following all symlinks\n\t-n\tDon't add newline\n\t-v\tVerbose\n`, 1],
  [BB + LINKS, 'busybox realpath d/l nope/x dl | sed "s|$PWD|T|"', 'T/d/f\nT/nowhere\n', 'realpath: nope/x: No such file or directory\n', 0],
  [BB, 'busybox realpath', '', `${HEAD}Usage: realpath FILE...\n\nPrint absolute pathnames of FILEs\n`, 1],
  [BB, 'busybox mktemp fooXX; busybox mktemp -p nodir; busybox mktemp -t fooXXX; busybox mktemp -q fooXX; echo $?; f=$(busybox mktemp fooXXXXXX); echo ${f%??????}; f=$(busybox mktemp); echo ${f%??????}; f=$(busybox mktemp -d -p .); echo ${f%??????}',
    '1\nfoo\n/tmp/tmp.\n./tmp.\n', 'mktemp: (null): Invalid argument\nmktemp: (null): No such file or directory\nmktemp: (null): Invalid argument\n', 0],
  [BB, 'busybox pwd -x', '', `pwd: invalid option -- 'x'\n${HEAD}Usage: pwd\n\nPrint the full filename of the current working directory\n`, 1],
  [BB, 'busybox df x /proc', 'Filesystem           1K-blocks      Used Available Use% Mounted on\nproc                         0         0         0   0% /proc\n', "df: x: can't find mount point\n", 1],
  [BB, 'busybox df -T /run; busybox df -h /run; busybox df -i /run', 'Filesystem           Type       1K-blocks      Used Available Use% Mounted on\ntmpfs                tmpfs         401556         0    401556   0% /run\nFilesystem                Size      Used Available Use% Mounted on\ntmpfs                   392.1M         0    392.1M   0% /run\nFilesystem              Inodes      Used Available Use% Mounted on\ntmpfs                   501944         1    501943   0% /run\n', '', 0],
];

describe('busybox du, df, readlink, realpath, mktemp, pwd', () => runCases(CASES));
