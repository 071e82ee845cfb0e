import type { Command } from '../command.ts';
import { inspectAll } from '../inspect/inspector.ts';
import { type Volume, volumesOf } from '../../volume/store.ts';

/** GET /volumes/{name} of Engine 20.10 (types.Volume, fields in its JSON order). */
export function volumeJson(v: Volume, mountpoint: string): Record<string, unknown> {
  return { CreatedAt: v.createdAt, Driver: 'local', Labels: v.labels, Mountpoint: mountpoint, Name: v.name, Options: v.options, Scope: 'local' };
}

const inspect: Command = async (call) => {
  const store = volumesOf(call.engine);
  return inspectAll(call, call.args, (ref) => ({ json: volumeJson(store.get(ref), store.mountpoint(ref)) }));
};

export default inspect;
