import { describe, expect, it } from 'vitest';
import { type Case, inFreshDir, runCases } from './cases.ts';

// Error texts recorded from GNU coreutils 9.1 df (LANG=C).
const ERRORS: Case[] = [
  ['', 'df nofile', '', 'df: nofile: No such file or directory\n', 1],
  ['', 'df -t ext4 /proc', '', 'df: no file systems processed\n', 1],
  ['', 'df -t ext4 -x ext4', '', "df: file system type 'ext4' both selected and excluded\n", 1],
  ['', 'df --output=x', '', "df: option --output: field 'x' unknown\nTry 'df --help' for more information.\n", 1],
  ['', 'df --output=source,source', '', "df: option --output: field 'source' used more than once\nTry 'df --help' for more information.\n", 1],
  ['', 'df -i --output', '', "df: options -i and --output are mutually exclusive\nTry 'df --help' for more information.\n", 1],
  ['', 'df --output -T', '', "df: options -T and --output are mutually exclusive\nTry 'df --help' for more information.\n", 1],
  ['', 'df -P --output', '', "df: options -P and --output are mutually exclusive\nTry 'df --help' for more information.\n", 1],
  ['', 'df -B x', '', "df: invalid -B argument 'x'\n", 1],
  ['', 'df --bogus', '', "df: unrecognized option '--bogus'\nTry 'df --help' for more information.\n", 1],
  // tmpfs numbers come from the mount's size= option; pseudo filesystems show 0 and '-'
  ['', 'df /proc', 'Filesystem     1K-blocks  Used Available Use% Mounted on\nproc                   0     0         0    - /proc\n', '', 0],
  ['', 'df --output=target,source /', 'Mounted on Filesystem\n/          /dev/vda1\n', '', 0],
  ['', 'df --output=file,target /proc/self .. /', 'File       Mounted on\n/proc/self /proc\n..         /\n/          /\n', '', 0],
  ['', 'df --output=size -h /run', ' Size\n 393M\n', '', 0],
  ['', 'df -T /run', 'Filesystem     Type  1K-blocks  Used Available Use% Mounted on\ntmpfs          tmpfs    401556     0    401556   0% /run\n', '', 0],
  ['', 'df -h /dev', 'Filesystem      Size  Used Avail Use% Mounted on\nudev            1.9G     0  1.9G   0% /dev\n', '', 0],
  ['', 'df -B 1000 /run', 'Filesystem     1kB-blocks  Used Available Use% Mounted on\ntmpfs              411194     0    411194   0% /run\n', '', 0],
  ['', 'df -BM /run', 'Filesystem     1M-blocks  Used Available Use% Mounted on\ntmpfs               393M    0M      393M   0% /run\n', '', 0],
  ['', 'df -P /run', 'Filesystem     1024-blocks  Used Available Capacity Mounted on\ntmpfs               401556     0    401556       0% /run\n', '', 0],
  ['mkdir /mnt/x && mount -t tmpfs -o size=10m tmpfs /mnt/x && echo hi > /mnt/x/f', 'df /mnt/x/f', 'Filesystem     1K-blocks  Used Available Use% Mounted on\ntmpfs              10240     4     10236   1% /mnt/x\n', '', 0],
];

describe('df: GNU coreutils 9.1', () => {
  runCases(ERRORS);

  it('lists real filesystems once, hides pseudo ones without -a', async () => {
    const all = await inFreshDir('', 'df');
    const targets = all.stdout.trim().split('\n').map((l) => l.split(/ +/).at(-1));
    expect(targets).toEqual(['on', '/', '/dev', '/dev/shm', '/sys/fs/cgroup', '/run']);
    expect(all.stdout.split('\n')[0]).toBe('Filesystem     1K-blocks    Used Available Use% Mounted on');
    const a = await inFreshDir('', 'df -a');
    expect(a.stdout).toContain('\nproc                   0       0         0    - /proc\n');
    expect(a.stdout).toContain('\ncgroup2                0       0         0    - /sys/fs/cgroup/unified\n');
  });

  it('hides a bind mount of an already listed device', async () => {
    const r = await inFreshDir('mkdir /mnt/b && mount --bind /etc /mnt/b', 'df');
    expect(r.stdout).not.toContain('/mnt/b');
    expect((await inFreshDir('mkdir /mnt/b && mount --bind /etc /mnt/b', 'df -a')).stdout).toContain(' /mnt/b\n');
  });

  it('--total adds a total row; --output without a list shows every field', async () => {
    const t = await inFreshDir('', 'df --total -x ext4');
    expect(t.stdout.trim().split('\n').at(-1)).toBe('total            6402328     0   6402328   0% -');
    const o = await inFreshDir('', 'df --output /run');
    expect(o.stdout).toBe('Filesystem     Type  Inodes IUsed  IFree IUse% 1K-blocks  Used  Avail Use% File Mounted on\ntmpfs          tmpfs 501944     1 501943    1%    401556     0 401556   0% /run /run\n');
  });
});
