import { Namespace } from './namespace.ts';

/** System V IPC objects are visible only inside their IPC namespace (they live in kernel/ipc/objects.ts). */
export class IpcNamespace extends Namespace {
  readonly kind = 'ipc' as const;
  constructor(inode: number) {
    super(inode);
  }
}
