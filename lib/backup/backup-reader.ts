/**
 * Reads the JSON of a backup file as it arrives, a part at a time, and hands on each top-level
 * field and each item of the `notes` and `clippings` arrays as soon as it is complete. The file
 * is never held whole, so its size is bounded by nothing but the records it holds, and one item
 * or field is never larger than a part (`LIMITS.backupPartBytes`): no record Assay writes comes
 * near that, so a larger one is refused before it fills memory.
 *
 * The structure around the items (braces, keys, colons, commas) is checked here; each item and
 * field is checked by `JSON.parse`. Together that is the whole JSON grammar, so a file is read
 * only if `JSON.parse` would read it, and refused with the same kinds of message otherwise.
 */
import { AssayError } from '../messaging/result.ts';
import { LIMITS } from '../records/limits.ts';

/** The arrays whose items are handed on one by one. */
export type RecordSection = 'notes' | 'clippings';

/** What the reader finds, in file order. */
export type BackupEvent =
  /** A top-level field whose value is read whole (anything but the notes and clippings arrays). */
  | { type: 'field'; key: string; value: unknown }
  /** `notes` or `clippings` is an array; its items follow. */
  | { type: 'array'; key: RecordSection }
  | { type: 'item'; key: RecordSection; index: number; value: unknown };

/** Keys that could reach an object's prototype if some later code copied them blindly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The longest item or field, in UTF-16 units (at most as many bytes). */
const MAX_VALUE_CHARS = LIMITS.backupPartBytes;

function invalid(message: string): AssayError {
  return new AssayError('invalid-backup', message);
}

export function forbiddenKey(key: string): AssayError {
  return invalid(`The file contains a field named "${key}", which Assay never writes. It was not imported.`);
}

/** The message for a file that stops before its end. */
export const INCOMPLETE_MESSAGE =
  'The file is incomplete: it ends in the middle of the data, as if it was cut short while copying. Nothing was imported.';

/** `JSON.parse` with the prototype keys refused; syntax errors say where in the file they are. */
export function parseJsonValue(text: string, offset: number): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw forbiddenKey(key);
      return value;
    });
  } catch (error) {
    if (error instanceof AssayError) throw error;
    if (error instanceof RangeError) throw invalid('The file is nested too deeply to be an Assay backup.');
    const message = (error instanceof Error ? error.message : String(error)).replace(
      /at position (\d+)/,
      (_, position: string) => `at position ${offset + Number(position)}`,
    );
    throw invalid(`The file is not valid JSON (${message}), so it is not an Assay backup.`);
  }
}

function notJson(what: string, offset: number): AssayError {
  return invalid(`The file is not valid JSON (${what} at position ${offset}), so it is not an Assay backup.`);
}

type State =
  | 'before'
  | 'not-object'
  | 'first-key'
  | 'key'
  | 'colon'
  | 'value'
  | 'first-item'
  | 'item'
  | 'after-item'
  | 'after-value'
  | 'after';

const WHITESPACE = /[^ \t\n\r]/g;
const IN_STRING = /["\\]/g;
const IN_CONTAINER = /["{}[\]]/g;
const LITERAL_END = /[ \t\n\r,\]}]/g;

/** A value being scanned; kept between parts so a long one is never scanned twice. */
interface Scan {
  start: number;
  pos: number;
  depth: number;
  inString: boolean;
  kind: 'container' | 'string' | 'literal';
}

export class BackupReader {
  private buffer = '';
  /** Characters of the file dropped from the front of `buffer` so far. */
  private dropped = 0;
  private pos = 0;
  private state: State = 'before';
  private scan: Scan | null = null;
  // Stryker disable next-line StringLiteral: always set from the file before it is read.
  private key = '';
  private section: RecordSection | null = null;
  private index = 0;
  private readonly seenKeys = new Set<string>();
  private started = false;

  constructor(private readonly emit: (event: BackupEvent) => void) {}

  /** Reads the next part of the file. Throws an `invalid-backup` AssayError on a bad file. */
  write(text: string): void {
    if (!this.started && text !== '') {
      this.started = true;
      // A UTF-8 byte order mark, added by some editors, is not part of the JSON.
      if (text.startsWith('\uFEFF')) text = text.slice(1);
    }
    this.buffer += text;
    this.run();
    // Keep only what is not read yet (the value being scanned, if any).
    const keep = this.scan ? this.scan.start : this.pos;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: trimming only bounds memory; offsets are kept either way, so what is read is the same.
    if (keep > 0) {
      this.buffer = this.buffer.slice(keep);
      this.dropped += keep;
      this.pos -= keep;
      if (this.scan) {
        this.scan.pos -= keep;
        this.scan.start = 0;
      }
    }
    if (this.state === 'not-object' && this.buffer.length > MAX_VALUE_CHARS) throw notAnObject();
  }

  /** The file has ended: throws unless it was one complete JSON object. */
  end(): void {
    if (this.state === 'not-object') return this.endNotObject();
    if (this.state === 'after') return;
    if (this.state === 'before') throw invalid('The file is empty.');
    throw invalid(INCOMPLETE_MESSAGE);
  }

  private offset(at: number = this.pos): number {
    return this.dropped + at;
  }

  /** Moves past whitespace; false when the buffer ran out first. */
  private skipSpace(): boolean {
    WHITESPACE.lastIndex = this.pos;
    const found = WHITESPACE.exec(this.buffer);
    this.pos = found ? found.index : this.buffer.length;
    return found !== null;
  }

  private run(): void {
    while (this.state !== 'not-object' && this.skipSpace()) {
      const char = this.buffer[this.pos];
      switch (this.state) {
        case 'before':
          if (char !== '{') {
            // Held whole (it is refused at its end, or once it is larger than any backup part) to
            // say whether it is JSON at all.
            this.state = 'not-object';
            // Stryker disable next-line BooleanLiteral: a literal's scan never looks at inString.
            this.scan = { start: this.pos, pos: this.pos, depth: 0, inString: false, kind: 'literal' };
            return;
          }
          this.pos += 1;
          this.state = 'first-key';
          break;
        case 'first-key':
        case 'key':
          if (char === '}' && this.state === 'first-key') {
            this.pos += 1;
            this.state = 'after';
          } else if (char === '"') {
            if (!this.readValue()) return;
          } else {
            throw notJson(`expected a double-quoted field name, found ${JSON.stringify(char)}`, this.offset());
          }
          break;
        case 'colon':
          if (char !== ':') throw notJson(`expected ":" after "${this.key}", found ${JSON.stringify(char)}`, this.offset());
          this.pos += 1;
          this.state = 'value';
          break;
        case 'value':
          if (char === '[' && (this.key === 'notes' || this.key === 'clippings')) {
            this.pos += 1;
            this.section = this.key;
            this.index = 0;
            this.state = 'first-item';
            this.emit({ type: 'array', key: this.key });
          } else if (!this.readValue()) {
            return;
          }
          break;
        case 'first-item':
          if (char === ']') {
            this.pos += 1;
            this.state = 'after-value';
          } else if (!this.readValue()) {
            return;
          }
          break;
        case 'item':
          if (!this.readValue()) return;
          break;
        case 'after-item':
          if (char === ',') this.state = 'item';
          else if (char === ']') this.state = 'after-value';
          else throw notJson(`expected "," or "]" after an item of ${this.section}, found ${JSON.stringify(char)}`, this.offset());
          this.pos += 1;
          break;
        case 'after-value':
          if (char === ',') this.state = 'key';
          else if (char === '}') this.state = 'after';
          else throw notJson(`expected "," or "}" after the value of "${this.key}", found ${JSON.stringify(char)}`, this.offset());
          this.pos += 1;
          break;
        case 'after':
          throw notJson(`unexpected ${JSON.stringify(char)} after the end of the backup object`, this.offset());
      }
    }
  }

  /**
   * Scans the value (or key) that starts at `pos`, or goes on scanning it; when it is complete,
   * parses it and moves on. False when the buffer ends inside it.
   */
  private readValue(): boolean {
    // Stryker disable next-line ConditionalExpression: starting again at the value's start finds the same end; the saved scan only spares rereading.
    if (!this.scan) {
      const char = this.buffer[this.pos];
      const kind = char === '{' || char === '[' ? 'container' : char === '"' ? 'string' : 'literal';
      // Stryker disable next-line ConditionalExpression: a literal's first character is never one that ends it, so starting one later finds the same end.
      this.scan = { start: this.pos, pos: this.pos + (kind === 'literal' ? 0 : 1), depth: 1, inString: kind === 'string', kind };
    }
    const end = this.scanToEnd(this.scan);
    if (end === null) {
      if (this.scan.pos - this.scan.start > MAX_VALUE_CHARS) throw this.tooLarge();
      return false;
    }
    const start = this.scan.start;
    this.scan = null;
    this.pos = end;
    if (end - start > MAX_VALUE_CHARS) throw this.tooLarge();
    this.take(this.buffer.slice(start, end), this.offset(start));
    return true;
  }

  private tooLarge(): AssayError {
    const what = this.state === 'item' || this.state === 'first-item' ? `an item of ${this.section}` : `the value of "${this.key}"`;
    return invalid(`The file is not an Assay backup: ${what} is larger than any record Assay writes. Nothing was imported.`);
  }

  /** The end (exclusive) of the value `scan` is reading, or null if the buffer ends first. */
  private scanToEnd(scan: Scan): number | null {
    const text = this.buffer;
    if (scan.kind === 'literal') {
      LITERAL_END.lastIndex = scan.pos;
      const found = LITERAL_END.exec(text);
      scan.pos = found ? found.index : text.length;
      return found ? found.index : null;
    }
    let at = scan.pos;
    for (;;) {
      const pattern = scan.inString ? IN_STRING : IN_CONTAINER;
      pattern.lastIndex = at;
      const found = pattern.exec(text);
      if (!found) {
        scan.pos = text.length;
        return null;
      }
      at = found.index + 1;
      const char = found[0];
      if (scan.inString) {
        if (char === '\\') {
          // The escaped character may be in the next part: stop before the backslash.
          if (at >= text.length) {
            scan.pos = found.index;
            return null;
          }
          at += 1;
        } else {
          scan.inString = false;
          if (scan.kind === 'string') return at;
        }
      } else if (char === '"') {
        scan.inString = true;
      } else if (char === '{' || char === '[') {
        scan.depth += 1;
      } else if (--scan.depth === 0) {
        return at;
      }
      scan.pos = at;
    }
  }

  /** A complete key, field value or item. */
  private take(text: string, offset: number): void {
    switch (this.state) {
      case 'first-key':
      case 'key': {
        const key = parseJsonValue(text, offset) as string;
        if (FORBIDDEN_KEYS.has(key)) throw forbiddenKey(key);
        if (this.seenKeys.has(key)) throw invalid(`The file has the field "${key}" twice, so it was not made by Assay. Nothing was imported.`);
        this.seenKeys.add(key);
        this.key = key;
        this.state = 'colon';
        return;
      }
      case 'value':
        this.emit({ type: 'field', key: this.key, value: parseJsonValue(text, offset) });
        this.state = 'after-value';
        return;
      default:
        this.emit({ type: 'item', key: this.section!, index: this.index++, value: parseJsonValue(text, offset) });
        this.state = 'after-item';
    }
  }

  /** The file does not start with `{`: say whether it is JSON at all. */
  private endNotObject(): never {
    // Stryker disable next-line MethodExpression: write() has already trimmed the buffer to start at the scan.
    const text = this.buffer.slice(this.scan!.start);
    try {
      JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const position = /at position (\d+)/.exec(message);
      // "end of data" and "unterminated" are Firefox's words; the second check covers V8, which names a position.
      // Stryker disable next-line Regex,MethodExpression: V8 (where the tests run) always writes "end of JSON input", and the text has no leading space to trim.
      if (/end of (JSON )?(input|data)|unterminated/i.test(message) || (position !== null && Number(position[1]) >= text.trimEnd().length)) {
        throw invalid(INCOMPLETE_MESSAGE);
      }
      parseJsonValue(text, this.offset(this.scan!.start));
    }
    throw notAnObject();
  }
}

function notAnObject(): AssayError {
  return invalid('This file is not an Assay backup (it does not hold a backup object).');
}
