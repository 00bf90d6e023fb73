import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/index.ts';
import type { Evaluation, Lang, Lesson, Task } from '../../lessons/index.ts';
import { useAppStore } from '../../store/index.ts';
import { GoalList } from './GoalList.tsx';
import { HintList } from './HintList.tsx';
import { Markdown } from './Markdown.tsx';
import { QuestionForm } from './QuestionForm.tsx';
import { RealCommands } from './RealCommands.tsx';
import { SolutionSection } from './SolutionSection.tsx';
import { TaskNav } from './TaskNav.tsx';
import { questionsOf } from './lessonData.ts';
import type { StartRequest } from './StartDialog.tsx';

export interface TaskViewProps {
  lesson: Lesson;
  task: Task;
  evaluation: Evaluation;
  lang: Lang;
  /** Changes when the learner moved to this task: the heading takes the focus. */
  focusToken: number;
  onStart: (request: StartRequest) => void;
}

/** The current task: what to do, its live goals, questions, hints, solution and real commands. */
export function TaskView({ lesson, task, evaluation, lang, focusToken, onStart }: TaskViewProps) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const { hints, answers } = useAppStore(
    useShallow((s) => ({ hints: s.lesson?.hints ?? 0, answers: s.lesson?.answers })),
  );
  const text = lesson.text[lang].tasks[task.id];
  const index = lesson.tasks.indexOf(task);

  useEffect(() => {
    if (focusToken > 0) heading.current?.focus();
  }, [focusToken, task.id]);

  return (
    <section
      aria-labelledby={`task-${task.id}-title`}
      className="space-y-3"
      data-testid="task-view"
      data-task={task.id}
    >
      <div className="space-y-1.5">
        <h4
          id={`task-${task.id}-title`}
          ref={heading}
          tabIndex={-1}
          className="text-sm font-semibold focus:outline-none focus-visible:outline-2 focus-visible:outline-accent"
          data-testid="task-title"
        >
          <span className="text-muted">
            {t('lessons.task.position', { n: index + 1, total: lesson.tasks.length })}
          </span>{' '}
          {text?.title ?? task.id}
        </h4>
        <Markdown text={text?.text ?? ''} className="text-xs leading-relaxed" />
      </div>
      <GoalList evaluation={evaluation} lang={lang} taskKey={`${lesson.id}/${task.id}`} />
      {questionsOf(lesson, task).map((q) => (
        <QuestionForm key={q.id} lesson={lesson} question={q} lang={lang} given={answers?.[q.id]} />
      ))}
      <HintList hints={text?.hints ?? []} shown={hints} />
      <SolutionSection lesson={lesson} task={task} lang={lang} />
      <RealCommands
        commands={task.real ?? lesson.real ?? []}
        {...(text?.real ? { note: text.real } : {})}
      />
      <TaskNav
        lesson={lesson}
        task={task}
        passed={evaluation.passed}
        lang={lang}
        onStart={onStart}
      />
    </section>
  );
}
