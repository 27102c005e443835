/**
 * Yielding to the browser between chunks of long work on the page's main thread (loading a
 * large register): `scheduler.yield()` where the browser has it (the rest of the work keeps
 * its place in the queue, ahead of other tasks), else a macrotask through a MessageChannel (no
 * timer clamping). Input and painting run in between, so no task grows with the register.
 */
interface Scheduler {
  yield?: () => Promise<void>;
}

export function pause(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    if (typeof MessageChannel === 'undefined') {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
