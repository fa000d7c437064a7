// `lede serve` (and `lede` alone): the only command that boots the whole app: HTTP, the scheduler, the delivery loop, on every core.

import { defineCommand } from '../args.js';
import { serveLede } from '../../server/cluster.js';
import { loadConfig } from '../../server/config.js';

export default defineCommand({
  options: {},
  async run(_args, io) {
    return serveLede(loadConfig(), io.out);
  },
});
