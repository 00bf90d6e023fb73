/**
 * The lesson panel (loaded lazily with the lessons and the command line they replay): the lesson
 * list or the active lesson, the quiz when the playback waits for an answer, and the dialog that
 * asks before a lesson replaces the learner's cluster and files.
 */
import { useEffect, useState } from 'react';
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
  const [showList, setShowList] = useState(false);
  const [request, setRequest] = useState<StartRequest | null>(null);
  const [focusToken, setFocusToken] = useState(0);

  const onStart = (r: StartRequest) => setRequest(r);
  const onClose = (started: boolean) => {
    const kind = request?.kind;
    setRequest(null);
    if (started && kind === 'lesson') {
      setShowList(false);
      setFocusToken((n) => n + 1);
    }
  };

  return (
    <div className="h-full overflow-y-auto p-3 text-sm" data-testid="lesson-content">
      <QuizPrompt />
      {hasLesson && !showList ? (
        <LessonView
          focusToken={focusToken}
          onShowList={() => setShowList(true)}
          onStart={onStart}
        />
      ) : (
        <LessonList
          onStart={onStart}
          onResume={() => {
            setShowList(false);
            setFocusToken((n) => n + 1);
          }}
        />
      )}
      <StartDialog request={request} onClose={onClose} />
    </div>
  );
}
