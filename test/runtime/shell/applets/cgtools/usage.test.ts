import { describe, expect, it } from 'vitest';
import { run1 } from '../../../../helpers.ts';

/** Recorded from libcgroup 2.0.2 (Debian 12 cgroup-tools): help, usage errors, option errors. */
const RECORDED: [string, string, string, number][] = [
  ["cgcreate -h", "Usage: cgcreate [-h] [-f mode] [-d mode] [-s mode] [-t <tuid>:<tgid>] [-a <agid>:<auid>] -g <controllers>:<path> [-g ...]\nCreate control group(s)\n  -a <tuid>:<tgid>\t\tOwner of the group and all its files\n  -d, --dperm=mode\t\tGroup directory permissions\n  -f, --fperm=mode\t\tGroup file permissions\n  -g <controllers>:<path>\tControl group which should be added\n  -h, --help\t\t\tDisplay this help\n  -s, --tperm=mode\t\tTasks file permissions\n  -t <tuid>:<tgid>\t\tOwner of the tasks file\n", "", 0],
  ["cgset -h", "Usage: cgset [-r <name=value>] <cgroup_path> ...\n   or: cgset --copy-from <source_cgroup_path> <cgroup_path> ...\nSet the parameters of given cgroup(s)\n  -r, --variable <name>\t\t\tDefine parameter to set\n  --copy-from <source_cgroup_path>\tControl group whose parameters will be copied\n", "", 0],
  ["cgget -h", "Usage: cgget [-nv] [-r <name>] [-g <controllers>] [-a] <path> ...\n   or: cgget [-nv] [-r <name>] -g <controllers>:<path> ...\nPrint parameter(s) of given group(s).\n  -a, --all\t\t\tPrint info about all relevant controllers\n  -g <controllers>\t\tController which info should be displayed\n  -g <controllers>:<path>\tControl group which info should be displayed\n  -h, --help\t\t\tDisplay this help\n  -n\t\t\t\tDo not print headers\n  -r, --variable  <name>\tDefine parameter to display\n  -v, --values-only\t\tPrint only values, not parameter names\n", "", 0],
  ["cgexec -h", "Usage: cgexec [-h] [-g <controllers>:<path>] [--sticky] command [arguments] ...\nRun the task in given control group(s)\n  -g <controllers>:<path>\tControl group which should be added\n  -h, --help\t\t\tDisplay this help\n  --sticky\t\t\tcgred daemon does not change pidlist and children tasks\n", "", 0],
  ["cgdelete -h", "Usage: cgdelete [-h] [-r] [[-g] <controllers>:<path>] ...\nRemove control group(s)\n  -g <controllers>:<path>\tControl group to be removed (-g is optional)\n  -h, --help\t\t\tDisplay this help\n  -r, --recursive\t\tRecursively remove all subgroups\n", "", 0],
  ["cgclassify -h", "Usage: cgclassify [[-g] <controllers>:<path>] [--sticky | --cancel-sticky] <list of pids>\nMove running task(s) to given cgroups\n  -h, --help\t\t\tDisplay this help\n  -g <controllers>:<path>\tControl group to be used as target\n  --cancel-sticky\t\tcgred daemon change pidlist and children tasks\n  --sticky\t\t\tcgred daemon does not change pidlist and children tasks\n", "", 0],
  ["lscgroup -h", "Usage: lscgroup [-h] [[-g] <controllers>:<path>] [...]\nList all cgroups\n  -g <controllers>:<path>\tControl group to be displayed (-g is optional)\n  -h, --help\t\t\tDisplay this help\n", "", 0],
  ["lssubsys -h", "Usage: lssubsys [-i] [-m] [-M] [controller] [...]\n   or: lssubsys [-a] [-i] [-m] [-M]\nList information about given controller(s) If no controller is set list information about all mounted controllers.\n  -a, --all\t\t\tDisplay information about all controllers (including not mounted ones)\n  -h, --help\t\t\tDisplay this help\n  -i, --hierarchies\t\tDisplay information about hierarchies\n  -m, --mount-points\t\tDisplay mount points\n  -M, --all-mount-points\tDisplay all mount points\n", "", 0],
  ["cgcreate", "", "Wrong input parameters, try cgcreate -h' for more information.\n", 255],
  ["cgset", "", "Usage is cgset -r <name=value> <relative path to cgroup>\n", 255],
  ["cgget", "", "Wrong input parameters, try cgget -h' for more information.\n", 1],
  ["cgexec", "", "Wrong input parameters, try cgexec --help' for more information.\n", 1],
  ["cgclassify", "", "Wrong input parameters, try cgclassify -h' for more information.\n", 2],
  ["cgget -r nodot /", "", "cgget: error parsing parameter name\n 'nodot'", 91],
  ["cgget -g memory -r memory.failcnt /", "", "Wrong input parameters, try cgget -h' for more information.\n", 1],
  ["cgcreate -x", "", "cgcreate: invalid option -- 'x'\nWrong input parameters, try cgcreate -h' for more information.\n", 255],
  ["cgget --bogus /", "", "cgget: unrecognized option '--bogus'\nWrong input parameters, try cgget -h' for more information.\n", 1],
  ["cgclassify -g cpu:/ abc", "", "Error: abc is not valid pid.\n", 2],
];

describe('cgtools usage texts', () => {
  for (const [cmd, stdout, stderr, exit] of RECORDED) {
    it(cmd, async () => {
      expect(await run1(cmd)).toEqual({ cmd, stdout, stderr, exit });
    });
  }
});
