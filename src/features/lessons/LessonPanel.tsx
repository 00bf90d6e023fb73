/**
 * The lesson panel (loaded lazily with the lessons and the command line they replay): the lesson
 * list or the active lesson, the quiz when the playback waits for an answer, and the dialog that
 * asks before a lesson replaces the learner's cluster and files.
 */
import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/index.ts';
import { currentTask } from './evaluation.ts';
import { installLessonWatcher } from './lessonWatcher.ts';
import { LessonList } from './LessonList.tsx';
import { LessonView } from './LessonView.tsx';
import { QuizPrompt } from './QuizPrompt.tsx';
import { StartDialog, type StartRequest } from './StartDialog.tsx';

export default function LessonPanel() {
  useEffect(() => installLessonWatcher(), []);
  const hasLesson = useAppStore((s) => currentTask(s) !== null);
  // A new session (a lesson started, the next task, a task started over) is a new task to read.
  const session = useAppStore(
    useShallow((s) => [s.lesson?.lessonId, s.lesson?.taskId, s.lesson?.start] as const),
  );
  const [seen, setSeen] = useState(session);
  const [showList, setShowList] = useState(false);
  const [request, setRequest] = useState<StartRequest | null>(null);
  const [focusToken, setFocusToken] = useState(0);
  const [listFocus, setListFocus] = useState(0);

  if (session !== seen) {
    setSeen(session);
    if (session[0] !== undefined) {
      setShowList(false);
      setFocusToken((n) => n + 1); // the task's heading takes the focus
    } else if (seen[0] !== undefined) setListFocus((n) => n + 1); // back in the sandbox
  }

  useEffect(() => {
    if (listFocus > 0) document.getElementById('sandbox-card-title')?.focus();
  }, [listFocus]);

  return (
    <div className="h-full overflow-y-auto p-3 text-sm" data-testid="lesson-content">
      <QuizPrompt />
      {hasLesson && !showList ? (
        <LessonView
          focusToken={focusToken}
          onShowList={() => setShowList(true)}
          onStart={setRequest}
        />
      ) : (
        <LessonList
          onStart={setRequest}
          onResume={() => {
            setShowList(false);
            setFocusToken((n) => n + 1);
          }}
        />
      )}
      <StartDialog request={request} onClose={() => setRequest(null)} />
    </div>
  );
}
