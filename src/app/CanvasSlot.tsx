import { Panel } from '../components/Panel.tsx';
import { Placeholder } from '../components/Placeholder.tsx';
import { useT } from '../i18n/index.ts';

/**
 * Where the cluster canvas goes. The canvas feature replaces this body with its `ClusterCanvas`
 * (it reads the store: `sim`, `traces`, `playback`, and calls `sendRequest` / `sendMany`).
 */
export function CanvasSlot({ className }: { className?: string }) {
  const t = useT();
  return (
    <Panel title={t('canvas.title')} testId="canvas-panel" className={className}>
      <Placeholder heading={t('placeholder.heading')} text={t('placeholder.canvas')} />
    </Panel>
  );
}
