import type { CSSProperties } from 'react';
import { Splitter } from '../components/Splitter.tsx';
import { EditorPanel } from '../features/editor/EditorPanel.tsx';
import { InspectorPanel } from '../features/inspector/InspectorPanel.tsx';
import { TerminalPanel } from '../features/terminal/TerminalPanel.tsx';
import { useT } from '../i18n/index.ts';
import { useAppStore } from '../store/index.ts';
import { AppHeader } from './AppHeader.tsx';
import { CanvasSlot } from './CanvasSlot.tsx';
import { LessonSlot } from './LessonSlot.tsx';
import { NoticeBar } from './NoticeBar.tsx';
import { LIMITS, maxSize, usePaneSizes } from './usePaneSizes.ts';
import { useShareLinkOnLoad } from './useShareLinkOnLoad.ts';

/**
 * The page: header, then editor | canvas | (lesson over inspector), with the terminal below.
 * From 768px (Tailwind `md`) the panes sit side by side with splitters; below they stack and the
 * page scrolls. Pane sizes are CSS variables so the stacked layout can ignore them.
 */
export function App() {
  const t = useT();
  const { sizes, resize } = usePaneSizes();
  const lessonOpen = useAppStore((s) => s.lessonPanelOpen);
  useShareLinkOnLoad();
  const vars = {
    '--editor-w': `${sizes.editor}%`,
    '--side-w': `${sizes.side}%`,
    '--lesson-h': `${sizes.lesson}%`,
    '--terminal-h': `${sizes.terminal}%`,
  } as CSSProperties;

  return (
    <div className="flex min-h-dvh flex-col bg-app text-fg md:h-dvh md:min-h-0" style={vars}>
      <AppHeader />
      <NoticeBar />
      <main className="flex min-h-0 flex-1 flex-col gap-1 md:gap-0">
        <div className="flex min-h-0 flex-1 flex-col gap-1 md:flex-row md:gap-0">
          <EditorPanel
            id="pane-editor"
            className="h-[70vh] md:h-auto md:shrink-0 md:basis-(--editor-w)"
          />
          <Splitter
            orientation="vertical"
            primary="before"
            controls="pane-editor"
            label={t('layout.resizeEditor')}
            testId="splitter-editor"
            value={sizes.editor}
            min={LIMITS.editor.min}
            max={maxSize(sizes, 'editor')}
            onChange={(v) => resize('editor', v)}
          />
          <CanvasSlot className="h-[50vh] md:h-auto md:flex-1" />
          <Splitter
            orientation="vertical"
            primary="after"
            controls="pane-side"
            label={t('layout.resizeSide')}
            testId="splitter-side"
            value={sizes.side}
            min={LIMITS.side.min}
            max={maxSize(sizes, 'side')}
            onChange={(v) => resize('side', v)}
          />
          <div
            id="pane-side"
            className="flex min-h-0 min-w-0 flex-col gap-1 md:shrink-0 md:basis-(--side-w) md:gap-0"
          >
            {lessonOpen && (
              <>
                <LessonSlot
                  id="pane-lesson"
                  className="min-h-48 md:min-h-0 md:shrink-0 md:basis-(--lesson-h)"
                />
                <Splitter
                  orientation="horizontal"
                  primary="before"
                  controls="pane-lesson"
                  label={t('layout.resizeLesson')}
                  testId="splitter-lesson"
                  value={sizes.lesson}
                  min={LIMITS.lesson.min}
                  max={LIMITS.lesson.max}
                  onChange={(v) => resize('lesson', v)}
                />
              </>
            )}
            <InspectorPanel className="h-[60vh] md:h-auto md:min-h-0 md:flex-1" />
          </div>
        </div>
        <Splitter
          orientation="horizontal"
          primary="after"
          controls="pane-terminal"
          label={t('layout.resizeTerminal')}
          testId="splitter-terminal"
          value={sizes.terminal}
          min={LIMITS.terminal.min}
          max={LIMITS.terminal.max}
          onChange={(v) => resize('terminal', v)}
        />
        <TerminalPanel
          id="pane-terminal"
          className="h-[60vh] md:h-auto md:min-h-0 md:shrink-0 md:basis-(--terminal-h)"
        />
      </main>
    </div>
  );
}
