import { scanJson } from '../../src/cli/check/json-scan';

describe('scanJson', () => {
  it('locates every value by JSON pointer, with array indexes and escaped property names', () => {
    const text = '{\n  "a/b": [1, {"~k": true}],\n  "c": "x\\"y",\n  "": null\n}';
    const { locations, problem } = scanJson(text);
    expect(problem).toBeUndefined();
    expect(Object.fromEntries(locations)).toEqual({
      '': { line: 1, column: 1 },
      '/a~1b': { line: 2, column: 10 },
      '/a~1b/0': { line: 2, column: 11 },
      '/a~1b/1': { line: 2, column: 14 },
      '/a~1b/1/~0k': { line: 2, column: 21 },
      '/c': { line: 3, column: 8 },
      '/': { line: 4, column: 7 },
    });
  });

  it('gives the line, column and reason of the first syntax error without quoting the input', () => {
    expect(scanJson('[1,\n 2,\n ]').problem).toEqual({ location: { line: 3, column: 2 }, reason: "unexpected ']' (not a JSON value: strings need double quotes; NaN, Infinity and comments are not JSON)" });
    expect(scanJson('{"secret-value": 1 2}').problem).toEqual({ location: { line: 1, column: 20 }, reason: "expected ',' or '}', found '2'" });
    expect(scanJson('"abc').problem).toEqual({ location: { line: 1, column: 1 }, reason: 'unterminated string' });
    expect(scanJson('{"a":1} x').problem?.reason).toBe("unexpected 'x' after the JSON value");
  });

  it('agrees with JSON.parse on what is valid', () => {
    for (const text of ['1', '-0.5e+3', '[]', '{}', '{"a":[{"b":[]}]}', '01', '1.', '[1,]', '{"a" 1}', '"\\x"', '"\\u12G4"', 'tru', '"\u0001"']) {
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      expect({ text, valid: scanJson(text).problem === undefined }).toEqual({ text, valid: parses });
    }
  });
});
