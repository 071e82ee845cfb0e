import type { RecordedCase } from '../recorded-case.ts';

/** Recorded from the real tools (Debian 12, LANG=C, TZ=UTC) in a scratch directory. */
export const ODBB_SETUP: string[] = ["printf 'hello world\\n\\0\\001\\177\\200\\377abcdefghijklmnop\\0ab\\0xyzw' > f; printf '\\0\\0\\200?\\0\\0\\0@\\0\\0\\300\\177\\0\\0\\200\\377' > fl; head -c 100 /dev/zero > z"];

export const ODBB_CASES: RecordedCase[] = [
  {"cmd":"busybox od f","stdout":"0000000 062550 066154 020157 067567 066162 005144 000400 100177\n0000020 060777 061542 062544 063546 064550 065552 066554 067556\n0000040 000160 061141 074000 075171 000167\n0000051\n","stderr":"","exit":0},
  {"cmd":"busybox od -c f","stdout":"0000000   h   e   l   l   o       w   o   r   l   d  \\n  \\0 001 177 200\n0000020 377   a   b   c   d   e   f   g   h   i   j   k   l   m   n   o\n0000040   p  \\0   a   b  \\0   x   y   z   w\n0000051\n","stderr":"","exit":0},
  {"cmd":"busybox od -a f","stdout":"0000000   h   e   l   l   o  sp   w   o   r   l   d  nl nul soh del nul\n0000020 del   a   b   c   d   e   f   g   h   i   j   k   l   m   n   o\n0000040   p nul   a   b nul   x   y   z   w\n0000051\n","stderr":"","exit":0},
  {"cmd":"busybox od -tx1z f","stdout":"","stderr":"od: invalid type string 'x1z'; 4294967295-byte integral type is not supported\n","exit":1},
  {"cmd":"busybox od -t f4 f","stdout":"0000000   1.1431415e+27   7.6482007e+28   1.0998197e-32  -1.1663467e-38\n0000020   4.1760255e+21   1.0880146e+24   2.8338641e+26   7.3789715e+28\n0000040   1.0376372e+21   3.2382895e+35   1.6675452e-43\n0000051\n","stderr":"","exit":0},
  {"cmd":"busybox od -t f8 f","stdout":"0000000  8.765776478827897e+228 -2.759439307470256e-306\n0000020  1.247323092606705e+190  5.766497103752564e+228\n0000040  9.246208644390381e+281  5.879381185510834e-322\n0000051\n","stderr":"","exit":0},
  {"cmd":"busybox od -t f4 fl","stdout":"0000000   1.0000000e+00   2.0000000e+00             nan            -inf\n0000020\n","stderr":"","exit":0},
  {"cmd":"busybox od -An -tx1 f","stdout":" 68 65 6c 6c 6f 20 77 6f 72 6c 64 0a 00 01 7f 80\n ff 61 62 63 64 65 66 67 68 69 6a 6b 6c 6d 6e 6f\n 70 00 61 62 00 78 79 7a 77\n","stderr":"","exit":0},
  {"cmd":"busybox od -w5 f","stdout":"0000000 062550\n0000002 066154\n0000004 020157\n0000006 067567\n0000010 066162\n0000012 005144\n0000014 000400\n0000016 100177\n0000020 060777\n0000022 061542\n0000024 062544\n0000026 063546\n0000030 064550\n0000032 065552\n0000034 066554\n0000036 067556\n0000040 000160\n0000042 061141\n0000044 074000\n0000046 075171\n0000050 000167\n0000051\n","stderr":"od: warning: invalid width 5; using 2 instead\n","exit":0},
  {"cmd":"busybox od -t x3 f","stdout":"","stderr":"od: invalid type string 'x3'; 3-byte integral type is not supported\n","exit":1},
  {"cmd":"busybox od -t q f","stdout":"","stderr":"od: invalid character 'q' in type string 'q'\n","exit":1},
  {"cmd":"busybox od -j 100 f","stdout":"","stderr":"od: can't skip past end of combined input\n","exit":1},
  {"cmd":"busybox od nofile f","stdout":"0000000 062550 066154 020157 067567 066162 005144 000400 100177\n0000020 060777 061542 062544 063546 064550 065552 066554 067556\n0000040 000160 061141 074000 075171 000167\n0000051\n","stderr":"od: nofile: No such file or directory\n","exit":1},
  {"cmd":"busybox od -S 3 f","stdout":"0000021 abcdefghijklmnop\n","stderr":"","exit":0},
  {"cmd":"busybox od --help","stdout":"","stderr":"BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: od [-abcdfhilovxs] [-t TYPE] [-A RADIX] [-N SIZE] [-j SKIP] [-S MINSTR] [-w WIDTH] [FILE]...\n\nPrint FILEs (or stdin) unambiguously, as octal bytes by default\n","exit":0},
  {"cmd":"busybox od -y f","stdout":"","stderr":"od: invalid option -- 'y'\nBusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: od [-abcdfhilovxs] [-t TYPE] [-A RADIX] [-N SIZE] [-j SKIP] [-S MINSTR] [-w WIDTH] [FILE]...\n\nPrint FILEs (or stdin) unambiguously, as octal bytes by default\n","exit":1},
  {"cmd":"busybox od -b -N4 f","stdout":"0000000 150 145 154 154\n0000004\n","stderr":"","exit":0},
  {"cmd":"busybox od -t d1 -t c -N 8 f","stdout":"0000000  104  101  108  108  111   32  119  111\n          h   e   l   l   o       w   o\n0000010\n","stderr":"","exit":0},
  {"cmd":"busybox od -v f","stdout":"0000000 062550 066154 020157 067567 066162 005144 000400 100177\n0000020 060777 061542 062544 063546 064550 065552 066554 067556\n0000040 000160 061141 074000 075171 000167\n0000051\n","stderr":"","exit":0},
  {"cmd":"busybox od -x -tc -N 4 f","stdout":"0000000   h   e   l   l\n        6568 6c6c\n0000004\n","stderr":"","exit":0},
  {"cmd":"busybox od -tx1 -tx2 -N4 f","stdout":"0000000 68 65 6c 6c\n        6568 6c6c\n0000004\n","stderr":"","exit":0},
  {"cmd":"busybox od f 10","stdout":"0000000 062550 066154 020157 067567 066162 005144 000400 100177\n0000020 060777 061542 062544 063546 064550 065552 066554 067556\n0000040 000160 061141 074000 075171 000167\n0000051\n","stderr":"od: 10: No such file or directory\n","exit":1},
  {"cmd":"busybox od -w3 -c f","stdout":"0000000   h   e   l\n0000003   l   o    \n0000006   w   o   r\n0000011   l   d  \\n\n0000014  \\0 001 177\n0000017 200 377   a\n0000022   b   c   d\n0000025   e   f   g\n0000030   h   i   j\n0000033   k   l   m\n0000036   n   o   p\n0000041  \\0   a   b\n0000044  \\0   x   y\n0000047   z   w\n0000051\n","stderr":"","exit":0},
  {"cmd":"busybox od -A q f","stdout":"","stderr":"od: bad output address radix 'q' (must be [doxn])\n","exit":1},
  {"cmd":"busybox od -N 2x f","stdout":"","stderr":"od: invalid number '2x'\n","exit":1},
  {"cmd":"busybox od -w f","stdout":"0000000 062550 066154 020157 067567 066162 005144 000400 100177 060777 061542 062544 063546 064550 065552 066554 067556\n0000040 000160 061141 074000 075171 000167\n0000051\n","stderr":"","exit":0},
  {"cmd":"busybox od z","stdout":"0000000 000000 000000 000000 000000 000000 000000 000000 000000\n*\n0000140 000000 000000\n0000144\n","stderr":"","exit":0},
  {"cmd":"busybox od -d -N 6 f","stdout":"0000000 25960 27756  8303\n0000006\n","stderr":"","exit":0},
  {"cmd":"busybox od -s -i -l -N 16 f","stdout":"0000000  25960  27756   8303  28535  27762   2660    256 -32641\n         1819043176  1870078063   174353522 -2139160320\n         25960  27756   8303  28535  27762   2660    256 -32641\n0000020\n","stderr":"","exit":0},
];
