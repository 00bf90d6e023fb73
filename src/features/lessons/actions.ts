/**
 * What the panel's buttons do, through the store's actions: start a lesson or task, go back to
 * the sandbox, and perform a solution step exactly as a learner would (editor, Apply, terminal,
 * canvas request, readiness toggle, the question form).
 */
import {
  commandOf,
  derivedAnswer,
  requestTo,
  resolvePod,
  type Lesson,
  type Step,
} from '../../lessons/index.ts';
import { appStore, type StartOptions } from '../../store/index.ts';
import { flushEditor } from '../editor/editorBridge.ts';
import { continuesFrom, sandboxLesson, startOf } from './lessonData.ts';

/** Makes `taskId` current: continues on the same cluster, or loads the task's start. */
export function goToTask(lesson: Lesson, taskId: string, opts?: StartOptions): void {
  flushEditor(); // keystrokes not yet stored must not be lost (or overwrite the new files)
  const s = appStore.getState();
  if (continuesFrom(s.lesson, lesson, taskId)) s.continueLesson(taskId);
  else s.startLesson(lesson.id, taskId, startOf(lesson, taskId, Date.now()), opts);
}

/** A fresh sandbox: the default cluster and the article's files. */
export function freshSandbox(opts?: StartOptions): void {
  if (!sandboxLesson) return;
  flushEditor();
  appStore.getState().startSandbox(startOf(sandboxLesson, '', Date.now()), opts);
}

export function leaveLesson(): void {
  flushEditor();
  appStore.getState().leaveLesson();
}

/** Why a solution step could not be performed (the panel words it). */
export type StepError = 'noFile' | 'noText' | 'noPod' | 'noTarget' | 'noAnswer';

/** Performs one solution step through the store; null when it ran. */
export function performStep(step: Step, lesson: Lesson): StepError | null {
  flushEditor();
  const s = appStore.getState();
  switch (step.kind) {
    case 'edit': {
      if (s.files.some((f) => f.path === step.file)) s.setFileContent(step.file, step.content);
      else s.addFile(step.file, step.content);
      s.setActiveFile(step.file);
      return null;
    }
    case 'replace': {
      const file = s.files.find((f) => f.path === step.file);
      if (!file) return 'noFile';
      if (!file.content.includes(step.find)) return 'noText';
      s.setActiveFile(step.file);
      s.setFileContent(step.file, file.content.replace(step.find, step.replace));
      return null;
    }
    case 'apply':
      if (!s.files.some((f) => f.path === step.file)) return 'noFile';
      s.setActiveFile(step.file);
      s.applyFile(step.file);
      return null;
    case 'command':
    case 'deletePod': {
      const line = commandOf(step, s.sim);
      if (!line) return 'noPod';
      s.runOnWorkstation(line);
      return null;
    }
    case 'send': {
      const to = requestTo(s.sim, step.request);
      if (!to) return 'noTarget';
      const { from, hostHeader, path } = step.request;
      const req = { from, to, ...(hostHeader ? { hostHeader } : {}), ...(path ? { path } : {}) };
      if ((step.count ?? 1) > 1) s.sendMany(req, step.count ?? 1, undefined, 'lesson');
      else s.sendRequest(req, undefined, 'lesson');
      return null;
    }
    case 'readiness': {
      const pod = resolvePod(s.sim, step.pod);
      if (!pod) return 'noPod';
      s.dispatch({ type: 'pod/readinessChanged', ...pod, ready: step.ready });
      return null;
    }
    case 'answer': {
      const value = step.value ?? derivedAnswer(s.sim, step.question, lesson.questions ?? []);
      if (!value) return 'noAnswer';
      s.setAnswer(step.question, value);
      return null;
    }
  }
}
