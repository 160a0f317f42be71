// A forum's programme order: day, then start time (sessions without a date or time last), then
// title. The organizer's forum page, its links sheet and its reports list sessions this way.
export interface Scheduled {
  date: string;
  startTime: string;
  title: string;
}

export const programmeOrder = (a: Scheduled, b: Scheduled): number =>
  (a.date || '9999').localeCompare(b.date || '9999') ||
  (a.startTime || '99').localeCompare(b.startTime || '99') ||
  a.title.localeCompare(b.title);
