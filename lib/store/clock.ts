/** Where stores get the time; tests pass a fixed clock. */
export type Clock = () => number;

/** The real time. */
export const systemClock: Clock = () => Date.now();
