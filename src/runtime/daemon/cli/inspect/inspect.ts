import { containerJson } from '../../inspect/container-json.ts';
import { existingNetworks, networksOf } from '../../network/store.ts';
import { networkJson } from '../../network/network-json.ts';
import { imageJson } from '../../inspect/image-json.ts';
import { NoSuchImage } from '../../image/store.ts';
import type { Call, Command } from '../command.ts';
import { inspectAll, type Lookup } from './inspector.ts';
import { typedContainer, typedImage, typedNetwork } from '../../inspect/typed.ts';
import { containerSizeRw } from '../../container/size.ts';
import { imageSize } from '../../image/image.ts';

function containerLookup(call: Call, ref: string): Lookup | null {
  const c = call.engine.find(ref);
  if (!c) return null;
  let json = containerJson(c, call.engine.bridge.networkId, existingNetworks(call.engine));
  // -s: the engine inserts the sizes right after GraphDriver.
  if (call.opts.bool('size')) {
    const rw = containerSizeRw(c);
    const entries = Object.entries(json);
    const at = entries.findIndex(([k]) => k === 'GraphDriver') + 1;
    entries.splice(at, 0, ['SizeRw', rw], ['SizeRootFs', rw + imageSize(c.image)]);
    json = Object.fromEntries(entries);
  }
  return { json, typed: typedContainer(json) };
}

function imageLookup(call: Call, ref: string, warnSize = false): Lookup | null {
  const img = call.engine.images.find(ref);
  if (!img) return null;
  const json = imageJson(img);
  return { json, typed: typedImage(json), ...(warnSize && call.opts.bool('size') ? { warning: 'WARNING: --size ignored for image' } : {}) };
}

function networkLookup(call: Call, ref: string): Lookup | null {
  const n = networksOf(call.engine).find(ref);
  if (!n) return null;
  const json = networkJson(call.engine, n);
  return { json, typed: typedNetwork(json) };
}

/** Objects of the kinds the lab does not model yet: the engine's not-found texts. */
function otherLookup(type: string, ref: string): Lookup {
  if (type === 'volume') return { error: `Error response from daemon: get ${ref}: no such volume` };
  if (type === 'network') return { error: `Error response from daemon: network ${ref} not found` };
  if (type === 'plugin') return { error: `Error response from daemon: plugin "${ref}" not found` };
  return { error: 'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.' };
}

function imageError(call: Call, ref: string): string {
  try {
    call.engine.images.get(ref);
  } catch (e) {
    if (e instanceof NoSuchImage) return `Error response from daemon: no such image: ${ref}: ${e.message}`;
  }
  return `Error response from daemon: No such image: ${ref}`;
}

/** docker inspect: containers, then images, then networks (volumes come with their issue). */
export const inspect: Command = async (call) => {
  const type = call.opts.changed('type') ? call.opts.str('type') : '';
  if (type !== '' && !['container', 'image', 'network', 'volume', 'node', 'service', 'task', 'secret', 'config', 'plugin'].includes(type)) {
    await call.err(`unknown type: "${type}": must be one of "config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"\n`);
    return 1;
  }
  return inspectAll(call, call.args, (ref) => {
    if (type === 'container') return containerLookup(call, ref) ?? { error: `Error response from daemon: No such container: ${ref}` };
    if (type === 'image') return imageLookup(call, ref, true) ?? { error: imageError(call, ref) };
    if (type === 'network') return networkLookup(call, ref) ?? otherLookup(type, ref);
    if (type !== '') return otherLookup(type, ref);
    return containerLookup(call, ref) ?? imageLookup(call, ref, true) ?? networkLookup(call, ref) ?? { error: `Error: No such object: ${ref}` };
  });
};

export const containerInspect: Command = async (call) =>
  inspectAll(call, call.args, (ref) => containerLookup(call, ref) ?? { error: `Error response from daemon: No such container: ${ref}` });

export const imageInspect: Command = async (call) =>
  inspectAll(call, call.args, (ref) => imageLookup(call, ref) ?? { error: imageError(call, ref) });
