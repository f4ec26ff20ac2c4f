/**
 * fast-check arbitraries read off a zod schema: objects, booleans, enums, literals, strings
 * (lengths and patterns), whole numbers (bounds), arrays (lengths), nullable, optional and
 * defaulted values.
 * Whatever the schema checks beyond that (refinements) is honoured by filtering through the
 * schema itself, so every value generated is one the schema accepts, and a change to the schema
 * (the settings' colours, say) changes what is generated without touching the tests.
 */
import fc from 'fast-check';
import type { z } from 'zod';

interface Check {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  format?: string;
  pattern?: RegExp;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string | number>;
  values?: unknown[];
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
  format?: string;
  checks?: { _zod: { def: Check } }[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function checksOf(def: Def): Check[] {
  return (def.checks ?? []).map((check) => check._zod.def);
}

function bounds(def: Def): { min?: number; max?: number; pattern?: RegExp } {
  const result: { min?: number; max?: number; pattern?: RegExp } = {};
  for (const check of checksOf(def)) {
    if (check.check === 'min_length') result.min = check.minimum;
    if (check.check === 'max_length') result.max = check.maximum;
    if (check.check === 'greater_than') result.min = check.value;
    if (check.check === 'less_than') result.max = check.value;
    if (check.check === 'string_format' && check.pattern) result.pattern = check.pattern;
  }
  return result;
}

/** How strings without a pattern are made: the test passes its own (unicode, control characters...). */
export type StringArbitrary = (minLength: number, maxLength: number) => fc.Arbitrary<string>;

const defaultStrings: StringArbitrary = (minLength, maxLength) => fc.string({ minLength, maxLength, unit: 'binary' });

/** Values `schema` accepts. Arrays are kept to `maxItems` at most, so that runs stay quick. */
export function arbitraryOf(schema: z.ZodType, options: { strings?: StringArbitrary; maxItems?: number } = {}): fc.Arbitrary<unknown> {
  const strings = options.strings ?? defaultStrings;
  const maxItems = options.maxItems ?? 8;
  const build = (inner: z.ZodType): fc.Arbitrary<unknown> => {
    const def = defOf(inner);
    switch (def.type) {
      case 'object':
        return fc.record(Object.fromEntries(Object.entries(def.shape!).map(([key, value]) => [key, build(value)])));
      case 'boolean':
        return fc.boolean();
      case 'enum':
        return fc.constantFrom(...Object.values(def.entries!));
      case 'literal':
        return fc.constantFrom(...def.values!);
      case 'string': {
        const { min = 0, max = 1_000, pattern } = bounds(def);
        return pattern ? fc.stringMatching(pattern).filter((text) => text.length >= min && text.length <= max) : strings(min, max);
      }
      case 'number': {
        const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = bounds(def);
        return def.format === 'safeint' ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
      }
      case 'array': {
        const { min = 0, max = maxItems } = bounds(def);
        return fc.array(build(def.element!), { minLength: min, maxLength: Math.max(min, Math.min(max, maxItems)) });
      }
      case 'nullable':
        return fc.option(build(def.innerType!), { nil: null });
      case 'optional':
        return fc.option(build(def.innerType!), { nil: undefined });
      // A default stands for a field older records may lack; a record made now always has it.
      case 'default':
        return build(def.innerType!);
      case 'union':
        return fc.oneof(...def.options!.map(build));
      case 'tuple':
        return fc.tuple(...def.items!.map(build));
      default:
        throw new Error(`arbitraryOf: no arbitrary for a zod ${def.type}; add one here`);
    }
  };
  return build(schema).filter((value) => schema.safeParse(value).success);
}
