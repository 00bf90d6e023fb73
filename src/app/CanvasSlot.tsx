import { Panel } from '../components/Panel.tsx';
import { ClusterCanvas } from '../features/canvas/index.ts';
import { useT } from '../i18n/index.ts';

/**
 * The cluster canvas panel: the canvas feature's `ClusterCanvas` (it reads the store: `sim`,
 * `traces`, `playback`, and calls `sendRequest` / `sendMany` and the playback actions).
 */
export function CanvasSlot({ className }: { className?: string }) {
  const t = useT();
  return (
    <Panel title={t('canvas.title')} testId="canvas-panel" className={className}>
      <ClusterCanvas />
    </Panel>
  );
}
