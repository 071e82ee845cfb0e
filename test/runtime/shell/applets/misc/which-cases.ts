import type { RecordedCase } from '../recorded-case.ts';

/** Recorded from the real tools (Debian 12, LANG=C, TZ=UTC) in a scratch directory. */
export const WHICH_SETUP: string[] = ["printf '#!/bin/sh\\n' > x; chmod +x x; printf 'y\\n' > noexec; mkdir -p bin; cp x bin/tool"];

export const WHICH_CASES: RecordedCase[] = [
  {"cmd":"echo $PATH","stdout":"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n","stderr":"","exit":0},
  {"cmd":"which ls","stdout":"/usr/bin/ls\n","stderr":"","exit":0},
  {"cmd":"which -a ls sh","stdout":"/usr/bin/ls\n/bin/ls\n/usr/bin/sh\n/bin/sh\n","stderr":"","exit":0},
  {"cmd":"which nope ls","stdout":"/usr/bin/ls\n","stderr":"","exit":1},
  {"cmd":"which","stdout":"","stderr":"","exit":1},
  {"cmd":"which -s ls","stdout":"Usage: /usr/bin/which [-a] args\n","stderr":"Illegal option -s\n","exit":2},
  {"cmd":"which -x","stdout":"Usage: /usr/bin/which [-a] args\n","stderr":"Illegal option -x\n","exit":2},
  {"cmd":"which -as ls","stdout":"Usage: /usr/bin/which [-a] args\n","stderr":"Illegal option -s\n","exit":2},
  {"cmd":"which ./x","stdout":"./x\n","stderr":"","exit":0},
  {"cmd":"which ./x x","stdout":"./x\n","stderr":"","exit":1},
  {"cmd":"which ./noexec; echo $?","stdout":"1\n","stderr":"","exit":0},
  {"cmd":"PATH=/usr/bin:: which ls","stdout":"/usr/bin/ls\n","stderr":"","exit":0},
  {"cmd":"which -- ls","stdout":"/usr/bin/ls\n","stderr":"","exit":0},
  {"cmd":"which -a -- -a","stdout":"","stderr":"","exit":1},
  {"cmd":"PATH=/usr/bin: ; /usr/bin/which x","stdout":"./x\n","stderr":"","exit":0},
  {"cmd":"PATH=:/usr/bin ; /usr/bin/which -a x","stdout":"./x\n","stderr":"","exit":0},
  {"cmd":"PATH=bin:/usr/bin which tool","stdout":"bin/tool\n","stderr":"","exit":0},
  {"cmd":"PATH=/usr/bin which -a tool x ls","stdout":"/usr/bin/ls\n","stderr":"","exit":1},
  {"cmd":"which -a; echo $?","stdout":"1\n","stderr":"","exit":0},
  {"cmd":"which ''","stdout":"","stderr":"","exit":1},
  {"cmd":"which -- -x; echo $?","stdout":"1\n","stderr":"","exit":0},
  {"cmd":"which - ls","stdout":"/usr/bin/ls\n","stderr":"","exit":1},
  {"cmd":"/usr/bin/which -q","stdout":"Usage: /usr/bin/which [-a] args\n","stderr":"Illegal option -q\n","exit":2},
  {"cmd":"busybox which ls; busybox which -a ls; busybox which nope; echo $?; busybox which; busybox which -x","stdout":"/usr/bin/ls\n/usr/bin/ls\n/bin/ls\n1\n","stderr":"BusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: which [-a] COMMAND...\n\nLocate COMMAND\n\n\t-a\tShow all matches\nwhich: invalid option -- 'x'\nBusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: which [-a] COMMAND...\n\nLocate COMMAND\n\n\t-a\tShow all matches\n","exit":1},
  {"cmd":"busybox which ./x; busybox which ./noexec; echo $?; PATH=bin:/usr/bin busybox which tool","stdout":"./x\n1\nbin/tool\n","stderr":"","exit":0},
];
