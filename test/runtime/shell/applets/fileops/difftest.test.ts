import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

// Differences found by replaying one-liners against bash + GNU tools (recorded LANG=C, fresh directory).
const CASES: Case[] = [
  ["touch f", "ln -f f f; ln f g; ln -sf f g; echo $?; ln -b f h; ln -b f h; ls", "0\nf\ng\nh\nh~\n", "ln: 'f' and 'f' are the same file\n", 0],
  ["", "ln -s '' x; echo $?", "1\n", "ln: failed to create symbolic link 'x' -> '': No such file or directory\n", 0],
  ["mkdir -p e/s/t", "printf 'y\\nn\\ny\\n' | rm -ri e; echo \" $?\"", " 0\n", "rm: descend into directory 'e'? rm: descend into directory 'e/s'? ", 0],
  ["mkdir d; touch d/f", "printf 'y\\nn\\ny\\n' | rm -ri d; echo \" $?\"", " 1\n", "rm: descend into directory 'd'? rm: remove regular empty file 'd/f'? rm: remove directory 'd'? rm: cannot remove 'd': Directory not empty\n", 0],
  ["touch -- -x", "rm -x", "", "rm: invalid option -- 'x'\nTry 'rm ./-x' to remove the file '-x'.\nTry 'rm --help' for more information.\n", 1],
  ["touch a c", "mv a c/; echo $?", "1\n", "mv: cannot stat 'c/': Not a directory\n", 0],
  ["echo 1 > a", "cp --no-clobber a a; echo $?", "0\n", "", 0],
  ["echo x > f", "cat f >> f; echo $?; cat f", "1\nx\n", "cat: f: input file is output file\n", 0],
  ["", "dd if=/dev/zero bs=1M count=1 status=none | wc -c", "1048576\n", "", 0],
  ["echo x > a; tar cf t.tar a", "tar tf t.tar -C nodir; echo $?", "2\n", "tar: nodir: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n", 0],
  ["echo x > a; tar cf t.tar a", "tar tf t.tar 'a*'; tar tf t.tar --wildcards 'a*'; tar tf t.tar a a", "a\na\n", "tar: Pattern matching characters used in file names\ntar: Use --wildcards to enable pattern matching, or --no-wildcards to suppress this warning\ntar: a*: Not found in archive\ntar: Exiting with failure status due to previous errors\ntar: a: Not found in archive\ntar: Exiting with failure status due to previous errors\n", 2],
  ["echo x > a", "tar caf t.tar.gz a; gzip -t t.tar.gz && tar tf t.tar.gz", "a\n", "", 0],
  ["mkdir -p app/src; echo a > app/src/a; tar cf app.tar app", "tar xvf app.tar --strip-components=2; cat a", "app/src/a\na\n", "", 0],
  ["", "tar -Q; echo $?", "64\n", "tar: invalid option -- 'Q'\nTry 'tar --help' or 'tar --usage' for more information.\n", 0],
  ["printf 'junk' > j.tar", "tar tf j.tar; echo $?", "2\n", "tar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors\n", 0],
  ["echo x > a; gzip a", "tar tzf a.gz; echo $?", "0\n", "", 0],
  ["", "echo x | gzip -S ''; echo $?; seq 5 | gzip | gzip -l", "1\n         compressed        uncompressed  ratio uncompressed_name\n                 30                  10 -20.0% stdout\n", "gzip: invalid suffix ''\n", 0],
  ["mkdir d; chmod 2775 d", "mkdir d/a; mkdir -m 755 d/b; mkdir -m g-s d/c; mkdir -m 00755 d/e; stat -c '%A %n' d/a d/b d/c d/e", "drwxr-sr-x d/a\ndrwxr-sr-x d/b\ndrwxrwxrwx d/c\ndrwxr-xr-x d/e\n", "", 0],
  ["", "touch -d '2004/01/05' d; touch -d '2004-01-05 1:2:3' e; touch -d 'Mon, 05 Jan 2004 10:00:00 +0100' g; touch -d 'Thu 2004-01-05' h; stat -c '%n %y' d e g h", "d 2004-01-05 00:00:00.000000000 +0000\ne 2004-01-05 01:02:03.000000000 +0000\ng 2004-01-05 09:00:00.000000000 +0000\nh 2004-01-05 00:00:00.000000000 +0000\n", "", 0],
  ["touch -d 2000-01-01 a; touch -d 2020-01-01 b", "find . -type f -newermt 2010-01-01; find . -newermt bogus; find . -newermt", "./b\n", "find: I cannot figure out how to interpret 'bogus' as a date or time\nfind: The '-newermt' test needs an argument\n", 1],
  ["echo x > f", "install -v f g; install -v f g; install -Cv f g; install -t f f", "'f' -> 'g'\nremoved 'g'\n'f' -> 'g'\n", "install: failed to access 'f': Not a directory\n", 1],
  ["touch -d 2000-01-01 a", "ls -l --author a | cut -c11-", " 1 root root root 0 Jan  1  2000 a\n", "", 0],
  ["touch -d 2000-01-01 a", "ls -l --author a | cut -c11-; ls -lg --author a | cut -c11-", " 1 root root root 0 Jan  1  2000 a\n 1 root root 0 Jan  1  2000 a\n", "", 0],
  ["", "cat '*.nothing'; echo $?", "1\n", "cat: '*.nothing': No such file or directory\n", 0],
  ["printf '%1000s' > w; echo x > x", "gzip -v w x; gzip -l w.gz x.gz", "         compressed        uncompressed  ratio uncompressed_name\n                 31                1000  98.9% w\n                 24                   2 -100.0% x\n                 55                1002  96.5% (totals)\n", "w:\t 98.9% -- replaced with w.gz\nx:\t-100.0% -- replaced with x.gz\n", 0],
  ["echo hello > f; touch -d '2020-03-04 05:06:07' f; gzip f", "gzip -lv f.gz", "method  crc     date  time           compressed        uncompressed  ratio uncompressed_name\ndefla 363a3020 Mar  4 05:06                  28                   6 -33.3% f\n", "", 0],
  ["", "find . -size x; find . -size 1kk; find . -size ''; find . -regex '['; find . -regex 'a\\'; find . -regex '*'", "", "find: invalid -size type `x'\nfind: Invalid argument `1kk' to -size\nfind: invalid null argument to -size\nfind: failed to compile regular expression '[': Invalid regular expression\nfind: failed to compile regular expression 'a\\': Trailing backslash\n", 0],
  ["", "ls --sort=; stat --cached=bogus /dev/null", "", "ls: ambiguous argument '' for '--sort'\nValid arguments are:\n  - 'none'\n  - 'time'\n  - 'size'\n  - 'extension'\n  - 'version'\n  - 'width'\nTry 'ls --help' for more information.\nstat: invalid argument 'bogus' for '--cached'\nValid arguments are:\n  - 'default'\n  - 'never'\n  - 'always'\nTry 'stat --help' for more information.\n", 1],
  ["", "cp --version | head -1; mv --help | head -1; tar --help | head -1; find --version | head -1; gunzip --version | head -1", "cp (GNU coreutils) 9.1\nUsage: mv [OPTION]... [-T] SOURCE DEST\nUsage: tar [OPTION...] [FILE]...\nfind (GNU findutils) 4.9.0\ngunzip (gzip) 1.12\n", "", 0],
  ["", "tar --version | head -1; rm -- --help; echo $?", "tar (GNU tar) 1.34\n1\n", "rm: cannot remove '--help': No such file or directory\n", 0],
  ["echo x > a; touch -d 2001-02-03 a", "tar cf t.tar --owner=nobody --group=nogroup --mode=go-r a; tar tvf t.tar --full-time; tar cf u.tar --numeric-owner --mtime=2000-01-01 a; tar tvf u.tar", "-rw------- nobody/nogroup    2 2001-02-03 00:00:00 a\n-rw-r--r-- 0/0               2 2000-01-01 00:00 a\n", "", 0],
  ["mkdir d; echo x > d/f", "tar cf t.tar d/../d/f; tar tf t.tar; tar cf u.tar --mode=bogus d; echo $?", "d/f\n2\n", "tar: Removing leading `d/../' from member names\ntar: Invalid mode given on option\ntar: Error is not recoverable: exiting now\n", 0],
  ["mkdir d; touch d/f; ln -s d l", "rm -rf l/; echo $?; ls d | wc -l", "0\n0\n", "", 0],
];

describe('file programs: differential fixes', () => runCases(CASES));
