import { describe, expect, test } from '@jest/globals';
import { parseBoolean, parseDuration, parseInteger, parseList, parseSize } from '../../../src/util/parse.js';
import { InputError } from '../../../src/util/errors.js';

describe('parseDuration', () => {
  test.each([
    ['30s', 30_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['250ms', 250],
    ['2', 2_000],
    ['1.5s', 1_500],
  ])('reads %s as %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  test.each(['', 'soon', '5 minutes', '10x', '5m10'])('rejects %j naming the input', (text) => {
    expect(() => parseDuration(text, 'input timeout')).toThrow(InputError);
    expect(() => parseDuration(text, 'input timeout')).toThrow(/input timeout/);
  });
});

describe('parseSize', () => {
  test.each([
    ['1048576', 1_048_576],
    ['10MB', 10 * 1024 ** 2],
    ['512KiB', 512 * 1024],
    ['2g', 2 * 1024 ** 3],
  ])('reads %s as %d bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes));

  test('rejects a size with an unknown unit', () => expect(() => parseSize('10 parsecs', 'max-file-size')).toThrow(/max-file-size/));
});

describe('parseBoolean', () => {
  test.each([
    ['true', true],
    ['FALSE', false],
    ['yes', true],
    ['0', false],
  ])('reads %s', (text, value) => expect(parseBoolean(text)).toBe(value));
  test('rejects anything else', () => expect(() => parseBoolean('maybe', 'input strict')).toThrow(/input strict.*maybe/));
});

test('parseList splits on commas and newlines and drops blanks', () => {
  expect(parseList('a, b\n\nc,')).toEqual(['a', 'b', 'c']);
});

describe('parseInteger', () => {
  test('whole numbers in range; anything else names the option and the range', () => {
    expect(parseInteger('8080', '--port', 1, 65535)).toBe(8080);
    expect(parseInteger('0', '--workers', 0, 64)).toBe(0);
    expect(() => parseInteger('65536', '--port', 1, 65535)).toThrow('--port: "65536" is not a whole number from 1 to 65535');
    expect(() => parseInteger('2.5', '--workers', 0, 64)).toThrow('--workers: "2.5" is not a whole number from 0 to 64');
    expect(() => parseInteger('many', '--concurrency', 1, 64)).toThrow(/--concurrency: "many"/);
  });
});
