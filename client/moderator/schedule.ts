// The session's schedule lives in shared/schedule.ts (the organizers' status board asks it too).
export { schedule, type Schedule } from '../../shared/schedule.js';
