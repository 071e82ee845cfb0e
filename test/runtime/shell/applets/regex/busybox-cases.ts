import type { RecordedCase } from '../recorded-case.ts';

/** Recorded from busybox 1.35.0 (Debian 12) grep and sed; its version banner is the one the lab prints. */
export const BUSYBOX_SETUP: string[] = ["printf 'one\\ntwo\\nthree\\nfour\\nfive\\nsix\\nseven\\neight\\nnine\\nten\\n' > n.txt", "printf 'alpha\\nbeta\\n' > a.txt", "printf 'bin\\0ary\\nline two\\n' > b.bin", "printf 'a\\nb\\n' > f1; printf 'c\\nd\\n' > f2", "mkdir -p d/sub; printf 'hello\\n' > d/x.c"];

/** Shell lines run only in the lab before the cases (the real machine has these already). */
export const BUSYBOX_LAB_SETUP: string[] = ["printf '\\177ELF\\002\\001\\001\\000\\000\\000\\000\\000\\000\\000\\000\\000LAB-PROGRAM:busybox\\n' > /usr/local/bin/busybox; chmod +x /usr/local/bin/busybox"];

export const BUSYBOX_CASES: RecordedCase[] = [
  { cmd: "echo abc | busybox grep '[abc'", stdout: "", stderr: "grep: bad regex '[abc'\n", exit: 2 },
  { cmd: "echo abc | busybox grep 'a\\(b'", stdout: "", stderr: "grep: bad regex 'a\\(b'\n", exit: 2 },
  { cmd: "busybox grep a nofile", stdout: "", stderr: "grep: nofile: No such file or directory\n", exit: 2 },
  { cmd: "busybox grep a d", stdout: "", stderr: "", exit: 1 },
  { cmd: "busybox grep line b.bin", stdout: "line two\n", stderr: "", exit: 0 },
  { cmd: "busybox grep -c e n.txt a.txt", stdout: "n.txt:7\na.txt:1\n", stderr: "", exit: 0 },
  { cmd: "busybox grep -C1 -n 'four\\|eight' n.txt", stdout: "3-three\n4:four\n5-five\n--\n7-seven\n8:eight\n9-nine\n", stderr: "", exit: 0 },
  { cmd: "echo abcd | busybox grep -o 'ab\\|abcd'", stdout: "abcd\n", stderr: "", exit: 0 },
  { cmd: "busybox grep -Q a a.txt", stdout: "", stderr: "grep: invalid option -- 'Q'\nBusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: grep [-HhnlLoqvsrRiwFEz] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...\n\nSearch for PATTERN in FILEs (or stdin)\n\n\t-H\tAdd 'filename:' prefix\n\t-h\tDo not add 'filename:' prefix\n\t-n\tAdd 'line_no:' prefix\n\t-l\tShow only names of files that match\n\t-L\tShow only names of files that don't match\n\t-c\tShow only count of matching lines\n\t-o\tShow only the matching part of line\n\t-q\tQuiet. Return 0 if PATTERN is found, 1 otherwise\n\t-v\tSelect non-matching lines\n\t-s\tSuppress open and read errors\n\t-r\tRecurse\n\t-R\tRecurse and dereference symlinks\n\t-i\tIgnore case\n\t-w\tMatch whole words only\n\t-x\tMatch whole lines only\n\t-F\tPATTERN is a literal (not regexp)\n\t-E\tPATTERN is an extended regexp\n\t-z\tNUL terminated input\n\t-m N\tMatch up to N times per file\n\t-A N\tPrint N lines of trailing context\n\t-B N\tPrint N lines of leading context\n\t-C N\tSame as '-A N -B N'\n\t-e PTRN\tPattern to match\n\t-f FILE\tRead pattern from file\n", exit: 2 },
  { cmd: "busybox grep -H -c e a.txt", stdout: "a.txt:1\n", stderr: "", exit: 0 },
  { cmd: "busybox grep -l e a.txt n.txt nofile", stdout: "a.txt\nn.txt\n", stderr: "grep: nofile: No such file or directory\n", exit: 2 },
  { cmd: "busybox grep -s e nofile", stdout: "", stderr: "", exit: 2 },
  { cmd: "busybox grep -q e nofile a.txt", stdout: "", stderr: "grep: nofile: No such file or directory\n", exit: 0 },
  { cmd: "busybox grep -w -o 'on\\|one' n.txt", stdout: "one\n", stderr: "", exit: 0 },
  { cmd: "echo abc | busybox grep -x 'abc\\|ab'", stdout: "abc\n", stderr: "", exit: 0 },
  { cmd: "busybox grep -F -e a. a.txt", stdout: "", stderr: "", exit: 1 },
  { cmd: "busybox grep", stdout: "", stderr: "BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: grep [-HhnlLoqvsrRiwFEz] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...\n\nSearch for PATTERN in FILEs (or stdin)\n\n\t-H\tAdd 'filename:' prefix\n\t-h\tDo not add 'filename:' prefix\n\t-n\tAdd 'line_no:' prefix\n\t-l\tShow only names of files that match\n\t-L\tShow only names of files that don't match\n\t-c\tShow only count of matching lines\n\t-o\tShow only the matching part of line\n\t-q\tQuiet. Return 0 if PATTERN is found, 1 otherwise\n\t-v\tSelect non-matching lines\n\t-s\tSuppress open and read errors\n\t-r\tRecurse\n\t-R\tRecurse and dereference symlinks\n\t-i\tIgnore case\n\t-w\tMatch whole words only\n\t-x\tMatch whole lines only\n\t-F\tPATTERN is a literal (not regexp)\n\t-E\tPATTERN is an extended regexp\n\t-z\tNUL terminated input\n\t-m N\tMatch up to N times per file\n\t-A N\tPrint N lines of trailing context\n\t-B N\tPrint N lines of leading context\n\t-C N\tSame as '-A N -B N'\n\t-e PTRN\tPattern to match\n\t-f FILE\tRead pattern from file\n", exit: 2 },
  { cmd: "busybox grep -A x e a.txt", stdout: "", stderr: "grep: invalid number 'x'\n", exit: 2 },
  { cmd: "busybox grep -m1 -A1 e n.txt", stdout: "one\ntwo\n", stderr: "", exit: 0 },
  { cmd: "printf 'a\\nb\\n' | busybox grep -n ''", stdout: "1:a\n2:b\n", stderr: "", exit: 0 },
  { cmd: "echo abc | busybox egrep 'a|x'", stdout: "abc\n", stderr: "", exit: 0 },
  { cmd: "echo abc | busybox grep -e 'x' -e 'b' -o", stdout: "b\n", stderr: "", exit: 0 },
  { cmd: "busybox grep --color=always a a.txt", stdout: "alpha\nbeta\n", stderr: "", exit: 0 },
  { cmd: "echo abc | busybox sed 's/b/x'", stdout: "", stderr: "sed: unmatched '/'\n", exit: 1 },
  { cmd: "echo abc | busybox sed 's/b/x/q'", stdout: "", stderr: "sed: bad option in substitution expression\n", exit: 1 },
  { cmd: "echo abc | busybox sed 'k'", stdout: "", stderr: "sed: unsupported command k\n", exit: 1 },
  { cmd: "echo abc | busybox sed 's/\\(b/x/'", stdout: "", stderr: "sed: bad regex '\\(b': Unmatched ( or \\(\n", exit: 1 },
  { cmd: "echo abc | busybox sed 'b foo'", stdout: "", stderr: "sed: can't find label for jump to 'foo'\n", exit: 1 },
  { cmd: "busybox sed p nofile; echo rc=$?", stdout: "rc=1\n", stderr: "sed: nofile: No such file or directory\n", exit: 0 },
  { cmd: "busybox sed; echo rc=$?", stdout: "rc=1\n", stderr: "BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: sed [-i[SFX]] [-nrE] [-f FILE]... [-e CMD]... [FILE]...\nor: sed [-i[SFX]] [-nrE] CMD [FILE]...\n\n\t-e CMD\tAdd CMD to sed commands to be executed\n\t-f FILE\tAdd FILE contents to sed commands to be executed\n\t-i[SFX]\tEdit files in-place (otherwise write to stdout)\n\t\tOptionally back files up, appending SFX\n\t-n\tSuppress automatic printing of pattern space\n\t-r,-E\tUse extended regex syntax\n\nIf no -e or -f, the first non-option argument is the sed command string.\nRemaining arguments are input files (stdin if none).\n", exit: 0 },
  { cmd: "echo abc | busybox sed 's/b/X/g;p'", stdout: "aXc\naXc\n", stderr: "", exit: 0 },
  { cmd: "printf 'a\\nb\\n' | busybox sed 'a foo'", stdout: "a\nfoo\nb\nfoo\n", stderr: "", exit: 0 },
  { cmd: "printf 'a\\nb\\n' | busybox sed -n '$p'", stdout: "b\n", stderr: "", exit: 0 },
  { cmd: "printf 'a\\nb\\n' | busybox sed '1i\\  foo'", stdout: "  foo\na\nb\n", stderr: "", exit: 0 },
  { cmd: "cp f1 g1; busybox sed -i 's/a/Z/' g1; cat g1", stdout: "Z\nb\n", stderr: "", exit: 0 },
];
