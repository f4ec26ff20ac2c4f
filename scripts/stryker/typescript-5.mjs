/**
 * Runs Stryker's TypeScript checker on TypeScript 5 (`npm run mutate` loads this with --import).
 * The project compiles with TypeScript 7, whose compiler has no JavaScript API any more; Stryker
 * (its core and its checker) needs one. So for code inside node_modules/@stryker-mutator only,
 * `typescript` resolves to the `typescript-5` package, for `import` and for `require` alike.
 */
import Module from 'node:module';
import { register } from 'node:module';

const fromStryker = (where) => typeof where === 'string' && /[\\/]@stryker-mutator[\\/]/.test(where);

register(
  'data:text/javascript,' +
    encodeURIComponent(`
      export async function resolve(specifier, context, next) {
        if ((specifier === 'typescript' || specifier.startsWith('typescript/')) && /[\\\\/]@stryker-mutator[\\\\/]/.test(context.parentURL ?? '')) {
          return next(specifier.replace(/^typescript/, 'typescript-5'), context);
        }
        return next(specifier, context);
      }`),
  import.meta.url,
);

const original = Module._resolveFilename;
Module._resolveFilename = function resolveFilename(request, parent, ...rest) {
  if ((request === 'typescript' || request.startsWith('typescript/')) && fromStryker(parent?.filename)) {
    return original.call(this, request.replace(/^typescript/, 'typescript-5'), parent, ...rest);
  }
  return original.call(this, request, parent, ...rest);
};
