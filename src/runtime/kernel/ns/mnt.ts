import type { MountTable } from '../fs/mounts.ts';
import { Namespace } from './namespace.ts';

export class MntNamespace extends Namespace {
  readonly kind = 'mnt' as const;
  constructor(inode: number, readonly table: MountTable) {
    super(inode);
  }
}
