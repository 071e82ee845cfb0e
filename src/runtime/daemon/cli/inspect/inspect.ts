import { containerJson } from '../../inspect/container-json.ts';
import { imageJson } from '../../inspect/image-json.ts';
import { NoSuchImage } from '../../image/store.ts';
import type { Call, Command } from '../command.ts';
import { inspectAll, type Lookup } from './inspector.ts';

function containerLookup(call: Call, ref: string): Lookup | null {
  const c = call.engine.find(ref);
  return c ? { json: containerJson(c, call.engine.bridge.networkId) } : null;
}

function imageLookup(call: Call, ref: string): Lookup | null {
  const img = call.engine.images.find(ref);
  return img ? { json: imageJson(img) } : null;
}

function imageError(call: Call, ref: string): string {
  try {
    call.engine.images.get(ref);
  } catch (e) {
    if (e instanceof NoSuchImage) return `Error response from daemon: no such image: ${ref}: ${e.message}`;
  }
  return `Error response from daemon: No such image: ${ref}`;
}

/** docker inspect: containers, then images (networks and volumes come with their issue). */
export const inspect: Command = async (call) => {
  const type = call.opts.changed('type') ? call.opts.str('type') : '';
  if (type !== '' && !['container', 'image', 'network', 'volume', 'node', 'service', 'task', 'secret', 'config', 'plugin'].includes(type)) {
    await call.err(`"${type}" is not a valid value for --type\n`);
    return 1;
  }
  return inspectAll(call, call.args, (ref) => {
    if (type === 'container') return containerLookup(call, ref) ?? { error: `Error response from daemon: No such container: ${ref}` };
    if (type === 'image') return imageLookup(call, ref) ?? { error: imageError(call, ref) };
    return containerLookup(call, ref) ?? imageLookup(call, ref) ?? { error: `Error: No such object: ${ref}` };
  });
};

export const containerInspect: Command = async (call) =>
  inspectAll(call, call.args, (ref) => containerLookup(call, ref) ?? { error: `Error response from daemon: No such container: ${ref}` });

export const imageInspect: Command = async (call) =>
  inspectAll(call, call.args, (ref) => imageLookup(call, ref) ?? { error: imageError(call, ref) });
