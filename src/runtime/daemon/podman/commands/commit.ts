import { commitContainer } from '../../container/commit.ts';
import { DaemonError } from '../../errors.ts';
import { ReferenceError } from '../../image/reference.ts';
import { fail, getContainer, PodmanError, type PodmanCommand } from '../call.ts';
import { localName } from '../names.ts';

/** `podman commit CONTAINER [IMAGE]`: progress on stderr, the new id on stdout; short names go under localhost/. */
const commit: PodmanCommand = async (call) => {
  const [ref, name] = call.args as [string, string | undefined];
  try {
    const target = name ? localName(name) : null;
    const c = getContainer(call, ref);
    const img = commitContainer(call.engine, c, {
      ref: target, author: call.opts.str('author'), comment: call.opts.str('message'), changes: call.opts.list('change'),
      pause: call.opts.bool('pause'),
    });
    if (!call.opts.bool('quiet')) {
      const blobs = img.layers.map((l) => `Copying blob ${l.diffId}\n`).join('');
      await call.err(`Getting image source signatures\n${blobs}Copying config ${img.id}\nWriting manifest to image destination\nStoring signatures\n`);
    }
    await call.out(`${img.id.slice(7)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof PodmanError) return fail(call, e.message, e.exit);
    if (e instanceof ReferenceError || e instanceof DaemonError) return fail(call, e.message);
    throw e;
  }
};

export default commit;
