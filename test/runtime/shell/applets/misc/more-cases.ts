import type { RecordedCase } from '../recorded-case.ts';

/** Recorded from the real tools (Debian 12, LANG=C, TZ=UTC) in a scratch directory. */
export const MORE_SETUP: string[] = ["printf 'hello\\n' > a; printf 'world\\n' > b; mkdir d; printf 'a\\0b' > bin; : > e"];

export const MORE_CASES: RecordedCase[] = [
  {"cmd":"more a","stdout":"::::::::::::::\na\n::::::::::::::\nhello\n","stderr":"","exit":0},
  {"cmd":"more a b","stdout":"::::::::::::::\na\n::::::::::::::\nhello\n::::::::::::::\nb\n::::::::::::::\nworld\n","stderr":"","exit":0},
  {"cmd":"more < a","stdout":"hello\n","stderr":"","exit":0},
  {"cmd":"more nofile a","stdout":"::::::::::::::\na\n::::::::::::::\nhello\n","stderr":"more: cannot open nofile: No such file or directory\n","exit":0},
  {"cmd":"more d a","stdout":"\n*** d: directory ***\n\n::::::::::::::\na\n::::::::::::::\nhello\n","stderr":"","exit":0},
  {"cmd":"more -x a","stdout":"","stderr":"more: invalid option -- 'x'\nTry 'more --help' for more information.\n","exit":1},
  {"cmd":"more --help","stdout":"\nUsage:\n more [options] <file>...\n\nA file perusal filter for CRT viewing.\n\nOptions:\n -d, --silent          display help instead of ringing bell\n -f, --logical         count logical rather than screen lines\n -l, --no-pause        suppress pause after form feed\n -c, --print-over      do not scroll, display text and clean line ends\n -p, --clean-print     do not scroll, clean screen and display text\n -e, --exit-on-eof     exit on end-of-file\n -s, --squeeze         squeeze multiple blank lines into one\n -u, --plain           suppress underlining and bold\n -n, --lines <number>  the number of lines per screenful\n -<number>             same as --lines\n +<number>             display file beginning from line number\n +/<pattern>           display file beginning from pattern match\n\n -h, --help            display this help\n -V, --version         display version\n\nFor more details see more(1).\n","stderr":"","exit":0},
  {"cmd":"more -V","stdout":"more from util-linux 2.38.1\n","stderr":"","exit":0},
  {"cmd":"more","stdout":"","stderr":"","exit":0},
  {"cmd":"echo x | more -d","stdout":"x\n","stderr":"","exit":0},
  {"cmd":"more +2 a","stdout":"::::::::::::::\na\n::::::::::::::\nhello\n","stderr":"","exit":0},
  {"cmd":"printf \"1\\n2\\n3\\n\" | more +2","stdout":"1\n2\n3\n","stderr":"","exit":0},
  {"cmd":"printf \"1\\n\\n\\n2\\n\" | more -s","stdout":"1\n\n\n2\n","stderr":"","exit":0},
  {"cmd":"more bin","stdout":"::::::::::::::\nbin\n::::::::::::::\na\u0000b","stderr":"","exit":0},
  {"cmd":"more -n 2 a","stdout":"::::::::::::::\na\n::::::::::::::\nhello\n","stderr":"","exit":0},
  {"cmd":"more -5 a","stdout":"::::::::::::::\na\n::::::::::::::\nhello\n","stderr":"","exit":0},
  {"cmd":"more -- a","stdout":"::::::::::::::\na\n::::::::::::::\nhello\n","stderr":"","exit":0},
  {"cmd":"more /dev/null","stdout":"::::::::::::::\n/dev/null\n::::::::::::::\n","stderr":"","exit":0},
  {"cmd":"more e","stdout":"::::::::::::::\ne\n::::::::::::::\n","stderr":"","exit":0},
  {"cmd":"busybox more a b","stdout":"hello\nworld\n","stderr":"","exit":0},
  {"cmd":"busybox more nofile a","stdout":"hello\n","stderr":"more: can't open 'nofile': No such file or directory\n","exit":1},
  {"cmd":"busybox more < a","stdout":"hello\n","stderr":"","exit":0},
];
