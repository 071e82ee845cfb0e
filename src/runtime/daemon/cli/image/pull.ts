import { DaemonError } from '../../errors.ts';
import { familiarRepo, parseReference, type Reference, ReferenceError } from '../../image/reference.ts';
import { CATALOG } from '../../images/index.ts';
import type { TextWriter } from '../../../shell/applets/types.ts';
import type { Command } from '../command.ts';
import { pullImage } from './pull-engine.ts';

/** Swallows the progress lines of `pull -q`. */
const SINK: TextWriter = { tty: false, write: async () => {} } as unknown as TextWriter;

/** The fully qualified name the CLI prints last (`docker.io/library/busybox:latest`). */
const qualified = (ref: Reference, tag: string) => `${ref.repo}:${tag}`;

/** `docker pull` from the lab's offline registry, printed as the CLI prints a pull without a terminal. */
const pull: Command = async (call) => {
  const name = call.args[0]!;
  const all = call.opts.bool('all-tags');
  const quiet = call.opts.bool('quiet');
  let ref: Reference;
  try {
    ref = parseReference(name);
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    await call.err(`${e.message}\n`);
    return 1;
  }
  if (all && (ref.tag !== null || ref.digest !== null)) {
    await call.err('tag can\'t be used with --all-tags/-a\n');
    return 1;
  }
  const out: TextWriter = quiet ? SINK : call.ctx.stdout;
  try {
    if (all) {
      const repo = familiarRepo(ref.repo);
      const tags = CATALOG.filter((s) => s.repo === repo).flatMap((s) => s.tags).sort();
      if (tags.length === 0) await pullImage(call, { ...ref, tag: 'latest' }, out);
      for (const tag of tags) await pullImage(call, { ...ref, tag }, out);
      await call.out(`${ref.repo}\n`);
      return 0;
    }
    if (ref.tag === null && ref.digest === null) {
      if (!quiet) await call.out('Using default tag: latest\n');
      ref = { ...ref, tag: 'latest' };
    }
    await pullImage(call, ref, out);
    await call.out(`${ref.digest !== null ? `${ref.repo}@${ref.digest}` : qualified(ref, ref.tag!)}\n`);
  } catch (e) {
    if (!(e instanceof DaemonError)) throw e;
    await call.err(`Error response from daemon: ${e.message}\n`);
    return 1;
  }
  return 0;
};

export default pull;
