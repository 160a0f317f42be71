// What an accepted contribution or synthesis command does (its part of shared/decide.ts). The
// preconditions are contribRefusal's, already checked.
import type { Actor } from '../rules.js';
import type { Language } from '../definition.js';
import type { SessionEvent } from '../events.js';
import { exhaustive } from '../exhaustive.js';
import type { AudienceQuestion, SessionState } from '../state.js';
import { answerLanguage, type LanguageDetector } from './language.js';
import type { ContribCommand } from './rules.js';
import type { Contributor } from './types.js';

const clean = (t: string): string => t.replace(/\r\n?/g, '\n').trim();

function contributor(
  by: { name: string; organization: string; country: string; public: boolean },
  channel: Contributor['channel'],
  actor: Actor,
): Contributor {
  return {
    name: by.name.trim(),
    organization: by.organization.trim(),
    country: by.country.trim(),
    public: by.public,
    channel,
    recordedBy: actor.role,
  };
}

export function decideContrib(
  s: SessionState,
  actor: Actor,
  c: ContribCommand,
  now: number,
  detect: LanguageDetector | undefined,
): SessionEvent[] {
  switch (c.type) {
    case 'answer:record': {
      if (s.answers[c.answerId]) return [];
      const text = clean(c.text);
      return [
        {
          type: 'answer:recorded',
          answerId: c.answerId,
          questionId: c.questionId,
          text,
          by: contributor(c.by, c.channel, actor),
          // Said in the room, most likely in the session's language unless the text says otherwise.
          language: answerLanguage(s.definition.language as Language, text, detect),
        },
      ];
    }
    case 'aq:record': {
      if (s.audienceQuestions[c.questionId]) return [];
      const question: AudienceQuestion = {
        id: c.questionId,
        participantId: '',
        speakerId: c.speakerId ?? null,
        text: clean(c.text),
        createdAt: now,
        // Said aloud, so already before the room; but it stays with the staff (never sent to phones).
        status: 'published',
        voters: [],
        mergedInto: null,
        pinned: false,
        replies: [],
        withdrawn: false,
        included: true,
        highlight: false,
        correctedText: null,
        kind: c.kind,
        by: contributor(c.by, c.channel, actor),
        everPublished: false,
      };
      return [{ type: 'aq:recorded', question }];
    }
    case 'theme:set': {
      const name = clean(c.name);
      return s.themes?.[c.themeId]?.name === name ? [] : [{ type: 'theme:set', themeId: c.themeId, name }];
    }
    case 'theme:remove':
      return [{ type: 'theme:removed', themeId: c.themeId }];
    case 'answer:theme': {
      const ids = [...new Set(c.answerIds)].filter((id) => (s.answers[id]!.themeId ?? null) !== c.themeId);
      return ids.length ? [{ type: 'answers:themed', answerIds: ids, themeId: c.themeId }] : [];
    }
    case 'answer:duplicate':
      return (s.answers[c.answerId]!.duplicateOf ?? null) === c.of
        ? []
        : [{ type: 'answer:duplicate', answerId: c.answerId, of: c.of }];
    case 'answer:key':
      return !!s.answers[c.answerId]!.keyMessage === c.key
        ? []
        : [{ type: 'answer:keyed', answerId: c.answerId, key: c.key }];
    case 'report:order':
      return (s.reportOrder ?? 'question') === c.by ? [] : [{ type: 'report:ordered', by: c.by }];
    case 'answer:translation':
      return [{ type: 'answer:translated', answerId: c.answerId, text: clean(c.text), from: c.from }];
    default:
      return exhaustive(c, 'command');
  }
}
