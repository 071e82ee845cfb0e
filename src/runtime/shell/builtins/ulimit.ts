import type { Builtin } from './types.ts';

const ulimit: Builtin = {
  async run(sh, argv) {
    const opt = argv[1] ?? '-f';
    if (opt === '-a') {
      await sh.out(`real-time non-blocking time  (microseconds, -R) unlimited
core file size              (blocks, -c) 0
data seg size               (kbytes, -d) unlimited
scheduling priority                 (-e) 0
file size                   (blocks, -f) unlimited
pending signals                     (-i) 95763
max locked memory           (kbytes, -l) 3076868
max memory size             (kbytes, -m) unlimited
open files                          (-n) 1024
pipe size                (512 bytes, -p) 8
POSIX message queues         (bytes, -q) 819200
real-time priority                  (-r) 0
stack size                  (kbytes, -s) 8192
cpu time                   (seconds, -t) unlimited
max user processes                  (-u) ${sh.kernel.taskLimit}
virtual memory              (kbytes, -v) unlimited
file locks                          (-x) unlimited
`);
      return 0;
    }
    const values: Record<string, string> = { '-n': '1024', '-u': String(sh.kernel.taskLimit), '-s': '8192', '-c': '0', '-f': 'unlimited', '-v': 'unlimited', '-p': '8' };
    if (argv[2] !== undefined) {
      if (opt === '-u' && /^\d+$/.test(argv[2])) {
        sh.kernel.taskLimit = Number(argv[2]);
        return 0;
      }
      await sh.diag(`ulimit: ${opt}: changing this limit is not supported in the lab`);
      return 1;
    }
    const v = values[opt];
    if (v === undefined) {
      await sh.diag(`ulimit: ${opt}: invalid option`);
      return 2;
    }
    await sh.out(`${v}\n`);
    return 0;
  },
};
export default ulimit;
