import { Namespace } from './namespace.ts';

export interface IpcObject {
  kind: 'shm' | 'sem' | 'msg';
  key: number;
  id: number;
  owner: number;
  perms: number;
  size: number;
}

/** System V IPC objects are visible only inside their IPC namespace. */
export class IpcNamespace extends Namespace {
  readonly kind = 'ipc' as const;
  objects: IpcObject[] = [];
  nextId = 0;
  constructor(inode: number) {
    super(inode);
  }
}
