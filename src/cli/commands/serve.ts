// `lede serve` (and `lede` alone): the only command that boots the whole app: HTTP, the scheduler, the delivery loop.

import { defineCommand } from '../args.js';
import { boot, listen, warmDatabase } from '../../server/boot.js';
import { loadConfig } from '../../server/config.js';

export default defineCommand({
  options: {},
  async run(_args, io) {
    const config = loadConfig();
    const lede = await boot(config);
    const address = await listen(lede, config);
    io.out(`Lede is running at ${address} (${config.database.kind})`);
    if (config.warm && config.database.kind === 'postgres') void warmDatabase(lede.deps);
    return new Promise<number>(() => undefined);
  },
});
