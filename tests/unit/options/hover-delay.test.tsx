// @vitest-environment happy-dom
/**
 * The hover-delay slider under quick key presses: a press must never be undone by an update
 * still pending from an earlier render, or the next press starts from the old value (found in
 * Chromium, where two arrow-key steps saved 450 ms instead of 500 ms).
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, expect, it } from 'vitest';
import { HoverDelayField } from '../../../components/options/HoverDelayField.tsx';
import { InLanguage } from '../i18n/in-language.tsx';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

/** The options page's part: a save shows at once. */
function Harness({ saved }: { saved: number[] }) {
  const [value, setValue] = useState(400);
  return (
    <HoverDelayField
      value={value}
      onSave={(ms) => {
        saved.push(ms);
        setValue(ms);
      }}
    />
  );
}

/** One arrow-key step as the browser does it: the value moves, then input and change fire. */
function step(slider: HTMLInputElement): void {
  slider.value = String(Number(slider.value) + 50);
  slider.dispatchEvent(new Event('input', { bubbles: true }));
  slider.dispatchEvent(new Event('change', { bubbles: true }));
}

const rendered = () => new Promise((resolve) => setTimeout(resolve, 0));

it('takes each key press from the value the previous one left, right after mounting', async () => {
  const saved: number[] = [];
  // Not inside act(): the first render's effects stay pending, as they do until the next frame.
  render(<InLanguage><Harness saved={saved} /></InLanguage>, root);
  const slider = root.querySelector<HTMLInputElement>('#hover-delay')!;
  expect(slider.value).toBe('400');
  step(slider);
  await rendered();
  expect(slider.value).toBe('450');
  step(slider);
  await rendered();
  expect(saved).toEqual([450, 500]);
  expect(slider.value).toBe('500');
  expect(root.querySelector('output')?.textContent).toBe('500 ms');
});
