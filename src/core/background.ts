/**
 * Runs `task` every `intervalMs` in the background, never two at once: a slow
 * run makes later ticks skip rather than pile up. Errors go to `onError`; the
 * timer does not keep the process alive. Returns the function that stops it.
 */
export function every(intervalMs: number, task: () => Promise<unknown>, onError: (error: unknown) => void): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    task()
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
