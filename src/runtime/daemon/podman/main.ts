import type { Applet, AppletContext } from '../../shell/applets/types.ts';
import { hostOf } from '../host-link.ts';
import { trackLoad } from '../../loading.ts';
import { OptValues } from '../cli/front/opts.ts';
import { FlagError, initialValue, parseFlags } from '../cli/front/parse.ts';
import type { FlagDef } from '../cli/front/types.ts';
import { podmanEngineOf } from './engines.ts';
import { flagsFromHelp, withGlobals } from './flags.ts';
import { ROOT_HELP } from './help/root.ts';
import { COMMANDS } from './table.ts';
import type { PodmanCall } from './call.ts';
import { suggestions } from './suggest.ts';

const GLOBALS = flagsFromHelp(ROOT_HELP);

function values(flags: readonly FlagDef[]): OptValues {
  const v = new OptValues(flags);
  for (const f of flags) {
    const init = initialValue(f);
    if (init !== undefined) v.values.set(f.long, init);
  }
  return v;
}

/** The commands podman 4.3.1 lists, from its help (for suggestions and "not in the lab yet"). */
const KNOWN = [...ROOT_HELP.matchAll(/^ {2}([a-z-]+) +\S/gm)].map((m) => m[1]!);

/** The `podman` program: daemonless, each user with their own storage. */
const podman: Applet = {
  async run(ctx: AppletContext): Promise<number> {
    const out = (t: string) => ctx.stdout.write(t);
    const err = (t: string) => ctx.stderr.write(t);
    const argv = ctx.argv.slice(1);
    const globals = values(GLOBALS);
    let root;
    try {
      root = parseFlags(GLOBALS, argv, false, globals);
    } catch (e) {
      if (!(e instanceof FlagError)) throw e;
      await err(`Error: ${e.message}\nSee 'podman --help'\n`);
      return 125;
    }
    if (globals.bool('version') && !root.args.length) {
      await out('podman version 4.3.1\n');
      return 0;
    }
    if (root.help && !root.args.length) {
      await out(ROOT_HELP);
      return 0;
    }
    const [name, ...rest] = root.args;
    if (name === undefined) {
      await out(ROOT_HELP);
      await err(`Error: missing command 'podman COMMAND'\n`);
      return 125;
    }
    if (name === 'help') {
      const topic = rest[0];
      if (topic === undefined) return out(ROOT_HELP).then(() => 0);
      const e = COMMANDS[topic];
      if (e) return out(e.help).then(() => 0);
    }
    const entry = COMMANDS[name];
    if (!entry) {
      if (KNOWN.includes(name)) {
        await err(`Error: 'podman ${name}' is not available in the lab yet\n`);
        return 125;
      }
      const near = suggestions(name, KNOWN);
      const hint = near.length ? `\n\nDid you mean this?\n${near.map((n) => `\t${n}\n`).join('')}\n` : '\n';
      await err(`Error: unrecognized command \`podman ${name}\`${hint}Try 'podman --help' for more information\n`);
      return 125;
    }
    const flags = withGlobals(flagsFromHelp(entry.help), GLOBALS);
    const opts = values(flags);
    let parsed;
    try {
      parsed = parseFlags(flags, rest, !entry.stopAtArg, opts);
    } catch (e) {
      if (!(e instanceof FlagError)) throw e;
      await err(`Error: ${e.message}\nSee 'podman ${name} --help'\n`);
      return 125;
    }
    if (parsed.help) {
      await out(entry.help);
      return 0;
    }
    const bad = entry.args?.(parsed.args.length);
    if (bad) {
      await err(`Error: ${bad}\n`);
      return 125;
    }
    const host = hostOf(ctx.kernel);
    const uid = ctx.proc.creds.uid;
    const call: PodmanCall = { ctx, engine: podmanEngineOf(host, uid), host, uid, name, opts, args: parsed.args, argv: ctx.argv.slice(), out, err };
    return (await trackLoad(entry.load()))(call);
  },
};

export default podman;
