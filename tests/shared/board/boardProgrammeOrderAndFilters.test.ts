// The board lists sessions in programme order and filters them by day and by room.
import { describe, expect, it } from 'vitest';
import {
  type BoardRow,
  boardDays,
  boardRooms,
  boardRow,
  compareBoardRows,
  defaultBoardDay,
  filterBoard,
  NO_DATE,
} from '../../../shared/board.js';
import { T0, newSession } from '../../helpers/domain.js';

const row = (code: string, title: string, date: string, startTime: string, room?: string): BoardRow =>
  boardRow(newSession({ title, date, startTime, ...(room ? { room } : {}) }, T0, code), T0);

describe('board: programme order and filters', () => {
  const rows = [
    row('AAA222', 'Closing plenary', '2021-10-22', '16:00', 'Auditorium'),
    row('BBB222', 'Undated', '', '', ''),
    row('CCC222', 'Cities', '2021-10-21', '14:00', 'Salle Garonne'),
    row('DDD222', 'Finance', '2021-10-21', '09:30', 'Auditorium'),
    row('EEE222', 'Youth', '2021-10-21', '', 'Salle Garonne'),
  ].sort(compareBoardRows);

  it('orders by date, then start time, undated and untimed last', () => {
    expect(rows.map((r) => r.code)).toEqual(['DDD222', 'CCC222', 'EEE222', 'AAA222', 'BBB222']);
  });

  it('offers each day and each named room once', () => {
    expect(boardDays(rows)).toEqual(['2021-10-21', '2021-10-22', '']);
    expect(boardRooms(rows)).toEqual(['Auditorium', 'Salle Garonne']);
  });

  it('filters by day, by room, by both', () => {
    expect(filterBoard(rows, { day: '2021-10-21', room: '' }).map((r) => r.code)).toEqual([
      'DDD222',
      'CCC222',
      'EEE222',
    ]);
    expect(filterBoard(rows, { day: '', room: 'Auditorium' }).map((r) => r.code)).toEqual(['DDD222', 'AAA222']);
    expect(filterBoard(rows, { day: '2021-10-22', room: 'Salle Garonne' })).toEqual([]);
    expect(filterBoard(rows, { day: '', room: '' })).toHaveLength(5);
    expect(filterBoard(rows, { day: NO_DATE, room: '' }).map((r) => r.code)).toEqual(['BBB222']);
  });

  it('opens on today when the programme has sessions today, else on every day', () => {
    expect(defaultBoardDay(rows, T0, 'Europe/Paris')).toBe('2021-10-21');
    expect(defaultBoardDay(rows, T0 + 10 * 86_400_000, 'Europe/Paris')).toBe('');
  });
});
