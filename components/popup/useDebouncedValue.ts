/** `value`, once it has stopped changing for `ms`: the search asks once per pause in typing, not per key. */
import { useEffect, useState } from 'preact/hooks';

export function useDebouncedValue<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
