import { OptValues } from '../../cli/front/opts.ts';
import { FlagError, initialValue, parseFlags } from '../../cli/front/parse.ts';
import { fail, type PodmanCommand } from '../call.ts';
import { flagsFromHelp, withGlobals } from '../flags.ts';
import { BUILD_HELP } from '../help/build.ts';
import { IMAGE_HELP } from '../help/image.ts';
import { ROOT_HELP } from '../help/root.ts';
import { suggestions } from '../suggest.ts';
import build from './build.ts';

/** The subcommands `podman image --help` lists (for suggestions and "not in the lab yet"); `ls` is list's alias. */
const KNOWN = [...IMAGE_HELP.matchAll(/^ {2}([a-z-]+) +\S/gm)].map((m) => m[1]!);

/** `podman image build` is `podman build` under another name (its help says so). */
const IMAGE_BUILD_HELP = BUILD_HELP.replace(/podman build/g, 'podman image build');
const BUILD_FLAGS = withGlobals(flagsFromHelp(IMAGE_BUILD_HELP), flagsFromHelp(ROOT_HELP));

/** `podman image SUBCOMMAND`: only `build` is in the lab so far; the others say so. */
const image: PodmanCommand = async (call) => {
  const [sub, ...rest] = call.args;
  if (sub === undefined) {
    await call.out(IMAGE_HELP);
    return fail(call, "missing command 'podman image COMMAND'");
  }
  if (sub !== 'build') {
    if (KNOWN.includes(sub) || sub === 'ls') return fail(call, `'podman image ${sub}' is not available in the lab yet`);
    const near = suggestions(sub, KNOWN);
    const hint = near.length ? `\n\nDid you mean this?\n${near.map((n) => `\t${n}\n`).join('')}\n` : '\n';
    return fail(call, `unrecognized command \`podman image ${sub}\`${hint}Try 'podman image --help' for more information`);
  }
  const opts = new OptValues(BUILD_FLAGS);
  for (const f of BUILD_FLAGS) {
    const init = initialValue(f);
    if (init !== undefined) opts.values.set(f.long, init);
  }
  let parsed;
  try {
    parsed = parseFlags(BUILD_FLAGS, rest, true, opts);
  } catch (e) {
    if (!(e instanceof FlagError)) throw e;
    return fail(call, `${e.message}\nSee 'podman image build --help'`);
  }
  if (parsed.help) {
    await call.out(IMAGE_BUILD_HELP);
    return 0;
  }
  if (parsed.args.length > 1) return fail(call, `accepts at most 1 arg(s), received ${parsed.args.length}`);
  return build({ ...call, name: 'image build', opts, args: parsed.args });
};

export default image;
