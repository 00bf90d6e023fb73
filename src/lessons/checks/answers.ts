/** Goals that are answers to a lesson's questions (choices, or a value read from a fresh trace). */
import type { Lang, Localized } from '../languages.ts';
import { joinLocalized, localize } from '../languages.ts';
import { answerMatches, probeQuiz } from '../quiz.ts';
import type { Check, LessonText, Question } from '../types.ts';
import { msg } from './msg.ts';

/**
 * The question's goal. Its title is the question; a wrong pick is explained with the lesson's
 * `why` text for that choice (missed right choices are counted, not named).
 */
export function questionCheck(q: Question, texts: Readonly<Record<Lang, LessonText>>): Check {
  const text = (lang: Lang) => texts[lang].questions[q.id];
  return {
    id: `answer-${q.id}`,
    title: localize((lang) => text(lang)?.prompt ?? q.id),
    run(ctx) {
      const given = ctx.answers[q.id] ?? [];
      if (given.length === 0) return { pass: false, explanation: msg('unanswered') };
      if (q.kind === 'value') {
        const probe = probeQuiz(q, ctx.state);
        const value = given[0] ?? '';
        if (probe && answerMatches(value, probe.answer, q.field))
          return { pass: true, explanation: msg('correct') };
        return { pass: false, explanation: msg('wrongValue', { given: value }) };
      }
      const why = (c: string, lang: Lang) => text(lang)?.why?.[c] ?? '';
      const label = (c: string, lang: Lang) => text(lang)?.choices?.[c] ?? c;
      const wrong = given.filter((c) => !q.correct.includes(c));
      const missed = q.correct.filter((c) => !given.includes(c));
      if (wrong.length === 0 && missed.length === 0) {
        const reasons: Localized[] = q.correct.map((c) => localize((lang) => why(c, lang)));
        return { pass: true, explanation: joinLocalized([msg('correct'), ...reasons]) };
      }
      const parts: Localized[] = wrong.map((c) =>
        localize((lang) => msg('wrongChoice', { choice: label(c, lang), why: why(c, lang) })[lang]),
      );
      // With one right answer, a wrong pick says it all; with several, count what is missing.
      if (missed.length && q.correct.length > 1)
        parts.push(msg('missedCount', { count: missed.length }));
      return { pass: false, explanation: joinLocalized(parts) };
    },
  };
}
