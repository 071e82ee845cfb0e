import { DaemonError } from '../../errors.ts';
import { getImage } from '../../image/lookup.ts';
import { parseReference, ReferenceError, withDefaultTag } from '../../image/reference.ts';
import { type Command, daemonFailure } from '../command.ts';

/** The client's checks before POST /images/{name}/tag: both names must parse, the target has no digest. */
function clientCheck(source: string, target: string): string | undefined {
  for (const [name, any] of [[source, true], [target, false]] as const) {
    try {
      if (!(any && /^(sha256:)?[0-9a-f]{64}$/.test(name))) parseReference(name);
    } catch (e) {
      if (!(e instanceof ReferenceError)) throw e;
      return `Error parsing reference: ${JSON.stringify(name)} is not a valid repository/tag: ${e.message}`;
    }
  }
  if (parseReference(target).digest !== null) return 'refusing to create a tag with a digest reference';
  return undefined;
}

const tag: Command = async (call) => {
  const [source, target] = call.args as [string, string];
  const bad = clientCheck(source, target);
  if (bad) {
    await call.err(`${bad}\n`);
    return 1;
  }
  try {
    const img = getImage(call.engine, source);
    const ref = withDefaultTag(parseReference(target));
    call.engine.images.tag(img, ref.repo, ref.tag!, call.engine.now());
    call.engine.events.add('image', 'tag', { id: img.id, attributes: { name: `${target.includes(':') ? target : `${target}:latest`}` } });
  } catch (e) {
    if (e instanceof DaemonError) return daemonFailure(call, e);
    throw e;
  }
  return 0;
};

export default tag;
