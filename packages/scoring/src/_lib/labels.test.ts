import { describe, expect, it } from 'vitest';
import { pointDay, pointIso, timeLabel, timePiece, timePieces } from './labels.js';
import { yearEndDay, yearEndIso } from './time.js';

describe('timePiece', () => {
  const pieces = timePieces('（', '），快于预期');

  it('puts the year between the two texts, and keeps the piece for the next call', () => {
    const first = timePiece(pieces, { year: 2023, value: 1 });
    expect(first).toBe('（2023），快于预期');
    expect(timePiece(pieces, { year: 2023, value: 2 })).toBe(first);
    expect(timePiece(pieces, { year: 2024, value: 1 })).toBe('（2024），快于预期');
  });

  it('writes a dated point as its date, as timeLabel does', () => {
    const point = { date: '2023-06-30', value: 1 };
    expect(timePiece(pieces, point)).toBe(`（${timeLabel(point)}），快于预期`);
    expect(timePiece(pieces, point)).toBe('（2023-06-30），快于预期');
  });

  it('builds the piece of a year outside the kept years each time', () => {
    expect(timePiece(pieces, { year: 1899, value: 1 })).toBe('（1899），快于预期');
    expect(timePiece(pieces, { year: 2156, value: 1 })).toBe('（2156），快于预期');
    expect(timePiece(pieces, { year: 9999, value: 1 })).toBe('（9999），快于预期');
  });
});

describe('pointIso and pointDay', () => {
  it('give the year-end date and day number of a year, kept or not', () => {
    for (const year of [1000, 1899, 1900, 2023, 2023, 2155, 2156, 9999]) {
      expect(pointIso({ year, value: 1 })).toBe(yearEndIso(year));
      expect(pointDay({ year, value: 1 })).toBe(yearEndDay(year));
    }
    expect(pointIso({ year: 2023, value: 1 })).toBe('2023-12-31');
  });

  it('give a dated point its own date', () => {
    expect(pointIso({ date: '2023-06-30', value: 1 })).toBe('2023-06-30');
    expect(pointDay({ date: '2023-06-30', value: 1 })).toBe(
      pointDay({ year: 2023, value: 1 }) - 184,
    );
  });
});
