import { addSpecImage } from '../engine-of.ts';
import { sha256 } from '../ids.ts';
import type { Image } from '../image/image.ts';
import { parseReference, ReferenceError } from '../image/reference.ts';
import { findImage } from '../images/index.ts';
import { PodmanError, type PodmanCall } from './call.ts';
import { aliasOf, hasDomain, SHORTNAMES_CONF } from './names.ts';

/**
 * A pull from the lab's offline registry as containers/image reports it without a terminal:
 * short-name resolution, then one line per blob, the config, the manifest and the signatures.
 */
export async function pullImage(call: PodmanCall, text: string, progress: ((t: string) => Promise<void>) | null): Promise<Image> {
  const say = async (t: string) => {
    if (progress) await progress(t);
  };
  let ref;
  try {
    ref = parseReference(text);
  } catch (e) {
    if (e instanceof ReferenceError) throw new PodmanError(`parsing reference "${text}": ${e.message}`);
    throw e;
  }
  const tag = ref.tag ?? 'latest';
  const bare = text.replace(/[:@][^/]*$/, '');
  let repo = ref.repo;
  if (!hasDomain(text)) {
    const alias = aliasOf(bare);
    if (!alias) throw new PodmanError(`short-name "${text}" did not resolve to an alias and no unqualified-search registries are defined in "/etc/containers/registries.conf"`);
    await say(`Resolved "${bare}" as an alias (${SHORTNAMES_CONF})\n`);
    repo = alias;
  }
  const full = `${repo}${ref.digest ? `@${ref.digest}` : `:${tag}`}`;
  await say(`Trying to pull ${full}...\n`);
  const spec = findImage(repo, tag) ?? findImage(repo.replace(/^docker\.io\/library\//, ''), tag);
  if (!spec) {
    const registry = repo.split('/')[0]!;
    if (registry === 'docker.io') {
      throw new PodmanError(`initializing source docker://${full}: reading manifest ${tag} in ${repo}: requested access to the resource is denied`);
    }
    throw new PodmanError(`initializing source docker://${full}: pinging container registry ${registry}: Get "https://${registry}/v2/": dial tcp: lookup ${registry}: no such host`);
  }
  const existing = call.engine.images.byTag({ repo, tag, digest: null });
  const img = addSpecImage(call.engine, spec, tag);
  await say('Getting image source signatures\n');
  const blobs = spec.history.filter((h) => !h.emptyLayer && h.layer).map((_, i) => sha256(`${spec.digest}/blob/${i}`));
  const skipped = existing?.id === img.id ? ' skipped: already exists' : '';
  for (const b of blobs) await say(`Copying blob sha256:${b}${skipped}\n`);
  await say(`Copying config ${img.id}\nWriting manifest to image destination\nStoring signatures\n`);
  img.repoDigests = [...new Set([...img.repoDigests, `${repo.replace(/^docker\.io\/library\//, '')}@${spec.digest}`])];
  call.engine.events.add('image', 'pull', { id: img.id, attributes: { name: full } });
  return img;
}
