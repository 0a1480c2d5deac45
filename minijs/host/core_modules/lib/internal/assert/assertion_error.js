'use strict';
// assert.AssertionError and the messages node 20 builds for failed
// assertions, including the line diff of strictEqual / deepStrictEqual
// ("+ actual - expected", identical runs collapsed, "... Lines skipped").

const { inspect } = require('util');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Two short single-line primitives are shown as "a !== b".
const kMaxShortLength = 12;
const kMaxLines = 50;

function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

const isObjectLike = (v) => typeof v === 'object' && v !== null;

// Where the first single-line mismatch is, as a caret line (node marks it
// when both fit in 80 columns and the difference is past the 3rd character).
function mismatchIndicator(a, b) {
  let i = 0;
  while (a[i] === b[i]) i++;
  return i;
}

// The line-by-line diff of two inspected values.
function createErrDiff(actual, expected, operator, message = '') {
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const title = message || kReadableOperator[operator];
  // `i` is shared by the checks below as in node: a mismatch found within
  // the first 3 characters also counts towards the kept identical end lines
  let i = 0;
  let indicator = '';
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const inputLength = actualLines[0].length + expectedLines[0].length;
    if (inputLength <= kMaxShortLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return `${title}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      const columns = process.stderr.isTTY ? process.stderr.columns || 80 : 80;
      if (inputLength < columns) {
        i = mismatchIndicator(actualLines[0], expectedLines[0]);
        if (i > 2) {
          indicator = `\n  ${' '.repeat(i)}^`;
          i = 0;
        }
      }
    }
  }

  // identical trailing lines: up to three are kept for the end, the 4th
  // one (if any) is shown before them
  let end = '';
  let other = '';
  let skipped = false;
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) end = `\n  ${a}${end}`;
    else other = a;
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }
  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // equal structure, different identity
    const lines = actualInspected.split('\n');
    if (lines.length > kMaxLines) {
      lines[46] = '...';
      lines.length = 47;
    }
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }
  if (i >= 5) {
    end = `\n...${end}`;
    skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }

  const header = `${title}\n+ actual - expected`;
  const skippedHeader = ' ... Lines skipped';
  let res = '';
  let printedLines = 0;
  let identical = 0;
  // the longer side is walked; its extra lines are additions or removals
  let lines = actualLines;
  let plusMinus = '+';
  let shorterLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = '-';
    shorterLength = actualLines.length;
  }
  // Before a change: the last identical lines (two of them, three if
  // exactly five were identical, "..." for more).
  const flushIdentical = (source, at) => {
    if (identical > 2) {
      if (identical > 3) {
        if (identical > 4) {
          if (identical === 5) {
            res += `\n  ${source[at - 3]}`;
            printedLines++;
          } else {
            res += '\n...';
            skipped = true;
          }
        }
        res += `\n  ${source[at - 2]}`;
        printedLines++;
      }
      res += `\n  ${source[at - 1]}`;
      printedLines++;
    }
    identical = 0;
  };
  for (i = 0; i < maxLines; i++) {
    if (shorterLength < i + 1) {
      flushIdentical(lines, i);
      if (lines === actualLines) res += `\n${plusMinus} ${lines[i]}`;
      else other += `\n${plusMinus} ${lines[i]}`;
      printedLines++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // lines differing only by a trailing comma are the same line
      let diverging = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        flushIdentical(actualLines, i);
        // removals wait so that a run of changes reads +++--- not +-+-
        res += `\n+ ${actualLine}`;
        other += `\n- ${expectedLine}`;
        printedLines += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          printedLines++;
        }
      }
    }
    if (printedLines > kMaxLines && i < maxLines - 2) {
      return `${header}${skippedHeader}\n${res}\n...${other}\n...`;
    }
  }
  return `${header}${skipped ? skippedHeader : ''}\n${res}${other}${end}${indicator}`;
}

function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { value: source.message });
  return target;
}

// The message of an assertion without a custom message (or the custom
// one, with a diff for strictEqual / deepStrictEqual).
function buildMessage(actual, expected, operator, message) {
  if (message != null) {
    if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      return createErrDiff(actual, expected, operator, message);
    }
    return String(message);
  }
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = kReadableOperator[operator];
    const lines = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' &&
        (isObjectLike(actual) || typeof actual === 'function')) {
      base = kReadableOperator.notStrictEqualObject;
    }
    if (lines.length > kMaxLines) {
      lines[46] = '...';
      lines.length = 47;
    }
    if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
    return `${base}\n\n${lines.join('\n')}\n`;
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${known}\n\n${res}`;
    return res.length > 1024 ? `${res.slice(0, 1021)}...` : res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = kReadableOperator[`${operator}Unequal`];
    if (unequal) res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    else other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

// node's (buggy but observable) shortening of long strings in inspect
function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (string.length > 512) return `${string.slice(512)}...`;
  return string;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, operator, stackStartFn, details, stackStartFunction } = options;
    let { actual, expected } = options;
    if (message == null && isObjectLike(actual) && isObjectLike(expected) &&
        'stack' in actual && actual instanceof Error &&
        'stack' in expected && expected instanceof Error) {
      // errors are shown (and kept) without their stacks
      actual = copyError(actual);
      expected = copyError(expected);
    }
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(buildMessage(actual, expected, operator, message));
    } finally {
      Error.stackTraceLimit = limit;
    }
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    this.stack; // eslint-disable-line no-unused-expressions
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    const { actual, expected } = this;
    if (typeof actual === 'string') this.actual = addEllipsis(actual);
    if (typeof expected === 'string') this.expected = addEllipsis(expected);
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = actual;
      this.expected = expected;
    }
  }
}

module.exports = AssertionError;
