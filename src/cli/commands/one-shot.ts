// Runs a one-shot command: opens the store and the operations' dependencies (no scheduler, no
// delivery loop, no HTTP app), does the command's work, closes them.

import { bootOneShot, type LedeCommand } from '../../server/boot.js';
import { loadConfig, type Config } from '../../server/config.js';

export async function withOneShot<T>(
  fn: (lede: LedeCommand, config: Config) => Promise<T>,
): Promise<T> {
  const config = { ...loadConfig(), loadDemo: false, log: false };
  const lede = await bootOneShot(config);
  try {
    return await fn(lede, config);
  } finally {
    await lede.close();
  }
}
