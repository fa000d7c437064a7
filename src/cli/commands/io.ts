// What a CLI command writes to and reads from: standard output, standard error, standard input.

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** All of standard input, as text (for --password-stdin). */
  readStdin?: () => Promise<string>;
}

export async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
