/**
 * Tags as the user typed them, tidied so that `#Cobalt`, ` cobalt ` and `cobalt` are one tag:
 * a leading `#` and surrounding spaces go, inner runs of spaces become one, and duplicates
 * (compared without case) keep their first spelling.
 */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim();
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}
