import { GoStruct } from '../template/format.ts';

/**
 * Go's `struct{}` as the value of a port or volume set (nat.PortSet, Config.Volumes): templates
 * print it `{}` (a decoded empty map would print `map[]`), JSON writes `{}`.
 */
export class EmptyStruct extends GoStruct {
  readonly goType = 'struct {}';
  toJSON(): object {
    return {};
  }
  override toString(): string {
    return '{}';
  }
}

export const EMPTY = new EmptyStruct();
