// Answers as the room sees them: free of schema code so every bundle can use it.
import type { Answer } from './state.js';

/** Answers the projector and the report may show: not withdrawn by their author, not hidden by the moderator. */
export const isVisibleAnswer = (a: Answer): boolean => !a.withdrawn && !a.hidden;
