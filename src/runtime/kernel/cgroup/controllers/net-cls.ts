import { type Controller, stateOf, u64File } from '../controller.ts';

/** net_cls (net/core/netclassid_cgroup.c): the tc class id tagged on the cgroup's sockets. */
export interface NetClsState {
  classid: number;
}

export const netCls: Controller<NetClsState> = {
  name: 'net_cls',
  // cgrp_css_online(): a child starts with its parent's class id.
  init: (_cg, parent) => ({ classid: parent ? stateOf(parent, netCls).classid : 0 }),
  files: () => [
    u64File('net_cls.classid', (ctx) => stateOf(ctx.cg, netCls).classid, (ctx, v) => {
      // Stored as a u32: larger values are truncated, as the kernel does.
      stateOf(ctx.cg, netCls).classid = Number(v & 0xffffffffn);
    }),
  ],
};
