import { Namespace } from './namespace.ts';

export class UtsNamespace extends Namespace {
  readonly kind = 'uts' as const;
  constructor(inode: number, public hostname: string, public domainname = '(none)') {
    super(inode);
  }
  clone(inode: number): UtsNamespace {
    return new UtsNamespace(inode, this.hostname, this.domainname);
  }
}
