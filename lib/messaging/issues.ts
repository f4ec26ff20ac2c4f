/**
 * Validation failures in words a person can act on: where (`clippings[3].quote`) and what
 * (`too long: at most 20000 characters`). Never the raw issue list, never a stack.
 */
import type { z } from 'zod';

function pathOf(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text;
}

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string'
        ? `is too long (at most ${issue.maximum} characters)`
        : issue.origin === 'array'
          ? `has too many items (at most ${issue.maximum})`
          : `is too large (at most ${issue.maximum})`;
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? 'must not be empty' : issue.message;
    case 'unrecognized_keys':
      return `has unexpected field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_type':
      if (issue.message.endsWith('received undefined')) return 'is missing';
      return `should be ${issue.expected === 'int' ? 'a whole number' : withArticle(issue.expected)}`;
    default:
      return issue.message;
  }
}

/**
 * A one-line description of up to `max` issues. `rootName` names the whole value, for issues
 * about the value itself rather than one of its fields.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], rootName = 'the data', max = 3): string {
  const parts = issues.slice(0, max).map((issue) => `${pathOf(issue.path) || rootName} ${describeIssue(issue)}`);
  const more = issues.length > max ? ` (and ${issues.length - max} more problems)` : '';
  return `${parts.join('; ')}${more}`;
}
