// Keeps workflow commands (`::error::`, `::set-output`) printed inside tests from being read as
// commands by a real runner's log: they are shown with a zero-width joiner after the first colon.
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  return (write as (c: string, ...r: unknown[]) => boolean)(text.replace(/^::/gm, ':\u200d:'), ...rest);
}) as typeof process.stdout.write;
