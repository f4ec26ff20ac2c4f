/**
 * For Preact component tests: lets the component's requests and renders run until `check` passes.
 * vi.waitFor gives up after 1 s by default, which a loaded CI machine can spend on one save.
 */
import { act } from 'preact/test-utils';
import { vi } from 'vitest';

export async function until(check: () => void | Promise<void>): Promise<void> {
  await vi.waitFor(
    async () => {
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
      });
      await check();
    },
    { timeout: 10_000 },
  );
}
