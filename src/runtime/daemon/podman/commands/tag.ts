import { ReferenceError } from '../../image/reference.ts';
import { fail, type PodmanCommand } from '../call.ts';
import { findLocal, localName } from '../names.ts';

/** `podman tag IMAGE NAME...`: silent on success; names without a registry go under localhost/. */
const tag: PodmanCommand = async (call) => {
  const [src, ...names] = call.args as [string, ...string[]];
  const img = findLocal(call.engine, src);
  if (!img) return fail(call, `${src}: image not known`);
  for (const n of names) {
    try {
      const r = localName(n);
      call.engine.images.tag(img, r.repo, r.tag ?? 'latest', call.engine.now());
    } catch (e) {
      if (e instanceof ReferenceError) return fail(call, `normalizing name "${n}": ${e.message}`);
      throw e;
    }
  }
  return 0;
};

export default tag;
