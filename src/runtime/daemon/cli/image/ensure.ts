import { DaemonError } from '../../errors.ts';
import type { Image } from '../../image/image.ts';
import { familiarRepo, parseReference, ReferenceError, withDefaultTag } from '../../image/reference.ts';
import type { Call } from '../command.ts';
import { ClientError } from '../container/create-options.ts';
import { pullImage } from './pull-engine.ts';

/**
 * The image for run/create: local, or pulled as `--pull` says (missing|always|never), printing
 * `Unable to find image 'x:latest' locally` and the pull progress on stderr like the CLI.
 */
export async function ensureImage(call: Call, ref: string, policy: string): Promise<Image | number> {
  let parsed;
  try {
    parsed = withDefaultTag(parseReference(ref));
  } catch (e) {
    if (e instanceof ReferenceError) {
      const img = call.engine.images.find(ref);
      if (img) return img;
      throw new ClientError(e.message);
    }
    throw e;
  }
  const local = call.engine.images.find(ref);
  if (local && policy !== 'always') return local;
  const shown = `${familiarRepo(parsed.repo)}:${parsed.tag ?? 'latest'}`;
  if (policy === 'never') throw new DaemonError(`No such image: ${shown}`, 404);
  if (!local) await call.err(`Unable to find image '${shown}' locally\n`);
  return pullImage(call, parsed, call.ctx.stderr);
}
