import type { Command } from '../command.ts';
import { inspectAll } from '../inspect/inspector.ts';
import { networkJson } from '../../network/network-json.ts';
import { typedNetwork } from '../../inspect/typed.ts';
import { networksOf } from '../../network/store.ts';

/** `docker network inspect`: JSON array or `-f` per network (`--verbose` adds nothing on a local network). */
const inspect: Command = async (call) => {
  const store = networksOf(call.engine);
  return inspectAll(call, call.args, (ref) => {
    const json = networkJson(call.engine, store.get(ref));
    return { json, typed: typedNetwork(json) };
  });
};

export default inspect;
