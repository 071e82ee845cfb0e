import { fail, type PodmanCommand } from '../call.ts';
import { findLocal, hasDomain, qualifiedTags } from '../names.ts';

/**
 * `podman rmi`: a name removes that tag (`Untagged: …`) and the image once no tag is left
 * (`Deleted: <id>`); an id removes the image and all its tags. Exit 1 when an image is unknown,
 * 2 when one is in use.
 */
const rmi: PodmanCommand = async (call) => {
  const force = call.opts.bool('force');
  let exit = 0;
  for (const ref of call.opts.bool('all') ? call.engine.images.all().map((i) => i.id.slice(7)) : call.args) {
    const img = findLocal(call.engine, ref);
    if (!img) {
      await call.err(`Error: ${ref}: image not known\n`);
      exit = exit || 1;
      continue;
    }
    const byId = img.id.slice(7).startsWith(ref.replace(/^sha256:/, ''));
    const users = [...call.engine.containers.values()].filter((c) => c.image.id === img.id);
    const tags = qualifiedTags(img);
    if (users.length && !force && (byId || tags.length <= 1)) {
      await call.err(`Error: image used by ${users[0]!.id}: image is in use by a container: consider listing external containers and force-removing image\n`);
      exit = 2;
      continue;
    }
    for (const c of users) await call.engine.remove(c, true);
    const drop = byId ? tags : tags.filter((t) => t === matchTag(tags, ref));
    for (const t of drop) {
      const [repo, tag] = [t.slice(0, t.lastIndexOf(':')), t.slice(t.lastIndexOf(':') + 1)];
      call.engine.images.untag(repo, tag);
      await call.out(`Untagged: ${t}\n`);
    }
    if (img.repoTags.length === 0) {
      call.engine.images.delete(img);
      await call.out(`Deleted: ${img.id.slice(7)}\n`);
    }
  }
  return exit;
};

function matchTag(tags: string[], ref: string): string | undefined {
  const name = ref.includes(':') && !ref.endsWith('/') && ref.lastIndexOf(':') > ref.lastIndexOf('/') ? ref : `${ref}:latest`;
  if (hasDomain(ref)) return tags.find((t) => t === name);
  return tags.find((t) => t === `localhost/${name}`) ?? tags.find((t) => t.endsWith(`/${name}`));
}

export default rmi;
