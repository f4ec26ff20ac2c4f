/**
 * A time limit on a step of a page load. Some pages never let go (a dialog loop, a page that
 * keeps navigating, a protocol call the renderer never answers); the sweep must record the page
 * as failed and go on to the next one.
 */
export class StepTimeout extends Error {}

export function withTimeout<T>(work: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout(message())), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
