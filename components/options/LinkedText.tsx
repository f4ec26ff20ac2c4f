/**
 * Text with its web addresses made into links that open in a new tab. The text is rendered as
 * text; only http(s) addresses become links.
 */
import type { ComponentChildren } from 'preact';

const URL_PATTERN = /(https?:\/\/[^\s)]+[^\s).,;])/g;

export function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

export function LinkedText({ text }: { text: string }) {
  // `split` with a capturing group puts the addresses at the odd indexes.
  const parts = text.split(URL_PATTERN);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <ExternalLink key={index} href={part}>
            {part}
          </ExternalLink>
        ) : (
          part
        ),
      )}
    </>
  );
}
