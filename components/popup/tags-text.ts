/**
 * Tags as the user types them in one field: separated by commas, `#` optional. The background
 * tidies them again (lib/records/tags.ts); splitting here lets the field show what will be saved.
 */
import { normaliseTags } from '../../lib/records/tags.ts';

/** The tags in what the user typed: `"#policy, to read,policy"` → `["policy", "to read"]`. */
export function parseTags(text: string): string[] {
  return normaliseTags(text.split(','));
}

/** The field's text for a list of tags. */
export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
