// `lede counter`: the read counter alone, for a front server that routes `/beacon/` to it (`lede serve` runs it itself when LEDE_COUNTER_PORT is set).

import { defineCommand, UsageError } from '../args.js';
import { loadConfig } from '../../server/config.js';
import { serveCounter } from '../../server/counter.js';

export default defineCommand({
  options: {},
  async run(_args, io) {
    const config = loadConfig();
    if (config.counterPort === null)
      throw new UsageError(
        'lede counter needs LEDE_COUNTER_PORT: the port the front server sends /beacon/ to (0 picks a free one)',
      );
    return serveCounter(config, config.counterPort, io.out);
  },
});
