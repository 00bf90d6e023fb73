import { Suspense, lazy, useCallback, useState } from 'react';
import { Panel } from '../../components/Panel.tsx';
import { EditorFallback } from './EditorFallback.tsx';
import { SAMPLE_SERVICE_YAML } from './sampleManifest.ts';

const YamlEditor = lazy(() => import('./YamlEditor.tsx'));

const FILE = 'service.yaml';
const isApple = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
const APPLY_KEYS = isApple ? '⌘+Enter' : 'Ctrl+Enter';
// Monaco's "Toggle Tab Key Moves Focus" keybinding.
const TAB_FOCUS_KEYS = isApple ? 'Ctrl+Shift+M' : 'Ctrl+M';

export interface EditorPanelProps {
  id?: string;
  className?: string;
}

/**
 * The editor slot. Until the store exists the text lives in component state and Apply only
 * reports that it was requested: nothing is sent anywhere yet.
 */
export function EditorPanel({ id, className }: EditorPanelProps) {
  const [text, setText] = useState(SAMPLE_SERVICE_YAML);
  const [applies, setApplies] = useState(0);
  const apply = useCallback(() => setApplies((n) => n + 1), []);
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

  return (
    <Panel
      title={`Editor · ${FILE}`}
      testId="editor-panel"
      id={id}
      className={className}
      actions={
        <button
          type="button"
          onClick={apply}
          aria-keyshortcuts={isApple ? 'Meta+Enter' : 'Control+Enter'}
          className="rounded border border-line px-2 py-0.5 text-xs text-fg hover:bg-raised focus-visible:outline-2 focus-visible:outline-accent"
        >
          Apply <span className="text-muted">({APPLY_KEYS})</span>
        </button>
      }
    >
      <div className="flex h-full flex-col">
        <div className="min-h-0 flex-1">
          <Suspense fallback={<EditorFallback value={text} />}>
            <YamlEditor path={FILE} value={text} onChange={setText} onApply={apply} />
          </Suspense>
        </div>
        <p
          role="status"
          data-testid="editor-status"
          className="shrink-0 border-t border-line px-3 py-1 text-xs text-muted"
        >
          {applies === 0
            ? `${APPLY_KEYS} applies ${FILE} · ${TAB_FOCUS_KEYS} toggles Tab moving focus`
            : `Apply #${applies} requested for ${FILE} (${lines} lines); not sent: no simulator connected yet`}
        </p>
      </div>
    </Panel>
  );
}
