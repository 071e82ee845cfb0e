import type { Applet } from '../../shell/applets/types.ts';
import { lookupAccount, lookupGroup } from './passwd.ts';

/** The gosu release each image ships (the binary's marker names it) and the Go that built it. */
const VERSIONS: Record<string, string> = {
  gosu: '1.17 (go1.18.2 on linux/amd64; gc)',
  'gosu-1.16': '1.16 (go1.19.1 on linux/amd64; gc)',
};

function usage(version: string): string {
  return `Usage: gosu user-spec command [args]\n   eg: gosu tianon bash\n       gosu nobody:root bash -c 'whoami && id'\n       gosu 1000:1 id\n\ngosu version: ${version}\nlicense: Apache-2.0 (full text at https://github.com/tianon/gosu)\n\n`;
}

/**
 * tianon/gosu: switch to USER[:GROUP] (passwd/group lookups, supplementary groups, HOME) and
 * exec the command in the same process, so it replaces gosu as PID 1 of the container.
 */
const gosu: Applet = {
  async run(ctx) {
    const version = VERSIONS[ctx.name] ?? VERSIONS.gosu!;
    const args = ctx.argv.slice(1);
    if (args[0] === '--version' || args[0] === '-v') {
      await ctx.stdout.write(`${version}\n`);
      return 0;
    }
    if (args[0] === '--help' || args[0] === '-h') {
      await ctx.stdout.write(usage(version));
      return 0;
    }
    if (args.length < 2) {
      await ctx.stderr.write(usage(version));
      return 1;
    }
    const [spec, ...command] = args as [string, ...string[]];
    const [userPart, groupPart] = spec.split(':') as [string, string | undefined];
    const account = lookupAccount(ctx.fs, userPart);
    if (!account && !/^\d+$/.test(userPart)) {
      await ctx.stderr.write(`error: failed switching to "${spec}": unable to find user ${userPart}: no matching entries in passwd file\n`);
      return 1;
    }
    let gid = account?.gid ?? 0;
    if (groupPart !== undefined) {
      const g = lookupGroup(ctx.fs, groupPart);
      if (g === undefined) {
        await ctx.stderr.write(`error: failed switching to "${spec}": unable to find group ${groupPart}: no matching entries in group file\n`);
        return 1;
      }
      gid = g;
    }
    const uid = account?.uid ?? Number(userPart);
    const groups = groupPart !== undefined ? [gid] : account?.groups ?? [gid];
    ctx.proc.creds = { ...ctx.proc.creds, uid, gid, groups };
    const env = new Map(ctx.env);
    env.set('HOME', account?.home ?? '/');
    const r = await ctx.exec(command, env);
    if (typeof r === 'number') return r;
    const why = r.errno === 'ENOENT' ? (command[0]!.includes('/') ? 'no such file or directory' : 'executable file not found in $PATH') : 'permission denied';
    await ctx.stderr.write(`error: exec: "${command[0]}": ${command[0]!.includes('/') && r.errno === 'ENOENT' ? `stat ${command[0]}: ` : ''}${why}\n`);
    return 1;
  },
};

export default gosu;
