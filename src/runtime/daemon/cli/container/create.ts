import type { Command } from '../command.ts';
import { createFromCall } from './run.ts';

const create: Command = async (call) => {
  const c = await createFromCall(call, false);
  if (typeof c === 'number') return c;
  await call.out(`${c.id}\n`);
  return 0;
};

export default create;
