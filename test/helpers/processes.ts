import { setTimeout as sleep } from 'node:timers/promises';

/** True while a process with this id exists (signal 0 only checks). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls until `pid` has exited; false if it still runs after `boundMs` (a failure bound, not a speed check). */
export async function exited(pid: number, boundMs = 10_000): Promise<boolean> {
  for (const deadline = Date.now() + boundMs; alive(pid) && Date.now() < deadline; ) await sleep(50);
  return !alive(pid);
}
