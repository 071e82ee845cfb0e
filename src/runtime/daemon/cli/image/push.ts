import { getImage } from '../../image/lookup.ts';
import { familiarRepo, parseReference, ReferenceError, withDefaultTag } from '../../image/reference.ts';
import type { Command } from '../command.ts';

/**
 * `docker push`: the lab has no registry it may write to. Docker Hub refuses anonymous pushes
 * (`denied`), other registries do not resolve; a missing local tag fails first like the engine.
 */
const push: Command = async (call) => {
  const name = call.args[0]!;
  let ref;
  try {
    ref = parseReference(name);
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    await call.err(`${e.message}\n`);
    return 1;
  }
  const all = call.opts.bool('all-tags');
  if (all && ref.tag !== null) {
    await call.err('tag can\'t be used with --all-tags/-a\n');
    return 1;
  }
  const tagged = withDefaultTag(ref);
  const repo = familiarRepo(ref.repo);
  if (!all && ref.tag === null) await call.out('Using default tag: latest\n');
  const local = all ? call.engine.images.all().some((i) => i.repoTags.some((t) => t.startsWith(`${repo}:`))) : !!call.engine.images.byTag(tagged);
  if (!local) {
    await call.err(`An image does not exist locally with the tag: ${repo}\n`);
    return 1;
  }
  const domain = ref.repo.split('/')[0]!;
  await call.out(`The push refers to repository [${ref.repo}]\n`);
  const img = all ? undefined : getImage(call.engine, name);
  // The layers are prepared before the registry refuses the first upload.
  if (img && domain === 'docker.io') await call.out([...img.layers].reverse().map((l) => `${l.diffId.slice(7, 19)}: Preparing\n`).join(''));
  if (domain === 'docker.io') {
    await call.err('denied: requested access to the resource is denied\n');
    return 1;
  }
  await call.err(`Get "https://${domain}/v2/": dial tcp: lookup ${domain.replace(/:\d+$/, '')}: no such host\n`);
  return 1;
};

export default push;
