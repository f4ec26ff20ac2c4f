/**
 * Code passed to `worker.evaluate()` and `page.evaluate()` on extension pages runs in the browser,
 * where the `chrome` namespace exists; tests only need to say so to the compiler.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
