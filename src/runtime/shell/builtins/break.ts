import { loopControl } from './loop-control.ts';

export default loopControl('break');
