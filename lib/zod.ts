/**
 * zod, set up once for every bundle that validates. `jitless`: zod would otherwise probe whether
 * it may compile parsers with `new Function`. Extension pages forbid eval, and although zod
 * catches the refusal, Firefox still reports it as a Content-Security-Policy error in the
 * console of each page that validates. Parsing without the compiled fast path is what happens
 * under that policy anyway.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
