import { FsError } from '../../../kernel/fs/errors.ts';
import { DaemonError } from '../../errors.ts';
import { LoadError, loadArchive } from '../../image/load.ts';
import { type Command } from '../command.ts';

/** `docker load [-i FILE]`: without a terminal the CLI asks for the quiet stream, which is just the result lines. */
const load: Command = async (call) => {
  const input = call.opts.str('input');
  let raw: string;
  if (input === '') {
    if (call.ctx.stdin.tty) {
      await call.err('requested load from stdin, but stdin is empty\n');
      return 1;
    }
    raw = await call.ctx.stdin.readAll();
  } else {
    try {
      raw = call.ctx.fs.readFile(input);
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      const msg = e.message.toLowerCase();
      if (e.code === 'EISDIR') {
        await call.err(`error during connect: Post "http://%2Fvar%2Frun%2Fdocker.sock/v1.41/images/load?quiet=1": read ${input}: ${msg}\n`);
      } else await call.err(`open ${input}: ${msg}\n`);
      return 1;
    }
  }
  let lines: string[];
  try {
    lines = loadArchive(call.engine, raw, `docker-import-${1_000_000_000 + call.host.random.int(3_000_000_000)}`);
  } catch (e) {
    if (e instanceof LoadError) {
      await call.err(`${e.message}\n`);
      return 1;
    }
    if (e instanceof DaemonError) {
      await call.err(`Error response from daemon: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  await call.out(lines.map((l) => `${l}\n`).join(''));
  return 0;
};

export default load;
