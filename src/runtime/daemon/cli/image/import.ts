import { FsError } from '../../../kernel/fs/errors.ts';
import { importImage } from '../../image/import.ts';
import { parseReference, type Reference, ReferenceError, withDefaultTag } from '../../image/reference.ts';
import { type Command, daemonFailure } from '../command.ts';

/** `docker import file|- [REPOSITORY[:TAG]]`: the CLI streams a local file as the `-` source. */
const importCmd: Command = async (call) => {
  const [src, name] = call.args as [string, string | undefined];
  if (/^(https?|git):\/\//.test(src)) {
    await call.err(`Error response from daemon: Get "${src}": dial tcp: lookup ${new URL(src).hostname}: no such host\n`);
    return 1;
  }
  let ref: Reference | null = null;
  if (name !== undefined) {
    try {
      ref = withDefaultTag(parseReference(name));
    } catch (e) {
      if (!(e instanceof ReferenceError)) throw e;
      await call.err(`${e.message}\n`);
      return 1;
    }
  }
  let raw: string;
  if (src === '-') raw = await call.ctx.stdin.readAll();
  else {
    try {
      raw = call.ctx.fs.readFile(src);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      await call.err(`open ${src}: ${e.message.toLowerCase()}\n`);
      return 1;
    }
  }
  try {
    const img = importImage(call.engine, raw, ref, call.opts.list('change'), call.opts.str('message'));
    await call.out(`${img.id}\n`);
  } catch (e) {
    return daemonFailure(call, e);
  }
  return 0;
};

export default importCmd;
