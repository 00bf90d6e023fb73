import type { CSSProperties } from 'react';
import { Panel } from '../components/Panel.tsx';
import { Placeholder } from '../components/Placeholder.tsx';
import { Splitter } from '../components/Splitter.tsx';
import { EditorPanel } from '../features/editor/EditorPanel.tsx';
import { AppHeader } from './AppHeader.tsx';
import { LIMITS, maxSize, usePaneSizes } from './usePaneSizes.ts';

/**
 * The page: header, then editor | canvas | (lesson over inspector), with the terminal below.
 * From 768px (Tailwind `md`) the panes sit side by side with splitters; below they stack and the
 * page scrolls. Pane sizes are CSS variables so the stacked layout can ignore them.
 */
export function App() {
  const { sizes, resize } = usePaneSizes();
  const vars = {
    '--editor-w': `${sizes.editor}%`,
    '--side-w': `${sizes.side}%`,
    '--lesson-h': `${sizes.lesson}%`,
    '--terminal-h': `${sizes.terminal}%`,
  } as CSSProperties;

  return (
    <div className="flex min-h-dvh flex-col bg-app text-fg md:h-dvh md:min-h-0" style={vars}>
      <AppHeader />
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
            label="Resize editor"
            testId="splitter-editor"
            value={sizes.editor}
            min={LIMITS.editor.min}
            max={maxSize(sizes, 'editor')}
            onChange={(v) => resize('editor', v)}
          />
          <Panel title="Cluster" testId="canvas-panel" className="h-[50vh] md:h-auto md:flex-1">
            <Placeholder what="The cluster canvas" arrives="with the UI issue" />
          </Panel>
          <Splitter
            orientation="vertical"
            primary="after"
            controls="pane-side"
            label="Resize lesson and inspector column"
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
            <Panel
              title="Lesson"
              testId="lesson-panel"
              id="pane-lesson"
              className="min-h-48 md:min-h-0 md:shrink-0 md:basis-(--lesson-h)"
            >
              <Placeholder what="The lesson panel" arrives="with the lessons issue" />
            </Panel>
            <Splitter
              orientation="horizontal"
              primary="before"
              controls="pane-lesson"
              label="Resize lesson panel"
              testId="splitter-lesson"
              value={sizes.lesson}
              min={LIMITS.lesson.min}
              max={LIMITS.lesson.max}
              onChange={(v) => resize('lesson', v)}
            />
            <Panel
              title="Inspector"
              testId="inspector-panel"
              className="min-h-48 md:min-h-0 md:flex-1"
            >
              <Placeholder what="The inspector" arrives="with the UI issue" />
            </Panel>
          </div>
        </div>
        <Splitter
          orientation="horizontal"
          primary="after"
          controls="pane-terminal"
          label="Resize terminal"
          testId="splitter-terminal"
          value={sizes.terminal}
          min={LIMITS.terminal.min}
          max={LIMITS.terminal.max}
          onChange={(v) => resize('terminal', v)}
        />
        <Panel
          title="Terminal"
          testId="terminal-panel"
          id="pane-terminal"
          className="min-h-48 md:min-h-0 md:shrink-0 md:basis-(--terminal-h)"
        >
          <Placeholder what="The kubectl terminal" arrives="with the UI issue" />
        </Panel>
      </main>
    </div>
  );
}
