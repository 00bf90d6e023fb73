import { useEffect, useRef, useState } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
import { useTheme } from '../../components/theme.ts';
import { MARKER_OWNER, markerRanges, type EditorMarker } from './markers.ts';
import { modelUri, monaco } from './monacoSetup.ts';
import { EditorFallback } from './EditorFallback.tsx';

export interface YamlEditorProps {
  /** Workspace file name, e.g. `service.yaml`; must end in `.yaml` to get the Kubernetes schema. */
  path: string;
  value: string;
  onChange: (value: string) => void;
  /** Problems reported by the simulator (API-server errors), shown with owner `k8s-sim`. */
  markers?: readonly EditorMarker[];
  /** Called on Ctrl+Enter / Cmd+Enter (the playground's "kubectl apply"). */
  onApply: () => void;
  /** Accessible name of the editing area. */
  label?: string;
}

const SEVERITY = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

type MonacoEditor = Parameters<OnMount>[0];

/**
 * Monaco with YAML language support and the Kubernetes schema. The component owns only the editor's
 * lifetime: keystrokes stay in the Monaco model and reach the parent through `onChange`; applying
 * is an explicit `onApply`. Loaded lazily (default export) so Monaco is not in the main bundle.
 */
export default function YamlEditor({
  path,
  value,
  onChange,
  markers,
  onApply,
  label = 'Manifest editor (YAML)',
}: YamlEditorProps) {
  const theme = useTheme();
  const [editor, setEditor] = useState<MonacoEditor | null>(null);
  const onApplyRef = useRef(onApply);
  useEffect(() => {
    onApplyRef.current = onApply;
  }, [onApply]);

  const onMount: OnMount = (ed) => {
    ed.addAction({
      id: 'k8s-playground.apply',
      label: 'Apply manifests (kubectl apply)',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => onApplyRef.current(),
    });
    setEditor(ed);
  };

  // Replace the simulator's markers whenever they (or the shown model) change.
  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    const data = markerRanges(markers ?? [], model.getValue()).map((r) => ({
      ...r,
      severity: SEVERITY[r.severity],
      source: 'kubectl apply',
    }));
    monaco.editor.setModelMarkers(model, MARKER_OWNER, data);
  }, [editor, markers, path]);

  return (
    <div className="h-full" role="group" aria-label={label} data-testid="yaml-editor">
      <Editor
        path={modelUri(path)}
        defaultLanguage="yaml"
        language="yaml"
        value={value}
        onChange={(v) => onChange(v ?? '')}
        onMount={onMount}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        loading={<EditorFallback value={value} />}
        options={{
          ariaLabel: label,
          automaticLayout: true,
          minimap: { enabled: false },
          fontSize: 13,
          tabSize: 2,
          insertSpaces: true,
          scrollBeyondLastLine: false,
          renderWhitespace: 'boundary',
          fixedOverflowWidgets: true,
          quickSuggestions: { other: true, comments: false, strings: true },
        }}
      />
    </div>
  );
}
