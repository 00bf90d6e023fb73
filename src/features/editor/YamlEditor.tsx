import { useEffect, useRef } from 'react';
import Editor, { type OnMount } from '@monaco-editor/react';
import { useTheme } from '../../components/theme.ts';
import { addBeforePersist, appStore } from '../../store/index.ts';
import { registerFlush } from './editorBridge.ts';
import { EditorFallback } from './EditorFallback.tsx';
import { MARKER_OWNER, markerRanges } from './markers.ts';
import { modelUri, monaco } from './monacoSetup.ts';
import { dryRunMarkers } from './validation.ts';

export interface YamlEditorProps {
  /** The workspace file shown (its model is created from the store's content the first time). */
  path: string;
  /** Ctrl+Enter / Cmd+Enter (the playground's "kubectl apply"). */
  onApply: () => void;
  /** Accessible name of the editing area. */
  label: string;
  /** Fallback text while Monaco starts. */
  loadingLabel: string;
  fallbackLabel: string;
  /** Problems the simulator found in the shown file (called when the count changes). */
  onProblems?: (counts: { errors: number; warnings: number }) => void;
}

/** Keystrokes reach the store this long after typing stops (never per keystroke). */
export const STORE_DEBOUNCE_MS = 300;
/** The simulator validates this long after typing stops. */
export const VALIDATE_DEBOUNCE_MS = 250;

const SEVERITY = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;

type MonacoEditor = Parameters<OnMount>[0];
type Model = NonNullable<ReturnType<MonacoEditor['getModel']>>;

const PREFIX = 'file:///workspace/';
const pathOf = (model: Model): string | null => {
  const uri = model.uri.toString(true);
  return uri.startsWith(PREFIX) ? uri.slice(PREFIX.length) : null;
};
const contentOf = (path: string): string | undefined =>
  appStore.getState().files.find((f) => f.path === path)?.content;

/**
 * Monaco with YAML support and the Kubernetes schema, one model per workspace file. Keystrokes stay
 * in the model; the text reaches the store debounced (and on flush), the simulator validates it
 * debounced on a timer — nothing here re-renders React per keystroke. Changes made elsewhere (a
 * redirection in the terminal, a share link) are pushed into the models. Lazily loaded.
 */
export default function YamlEditor({
  path,
  onApply,
  label,
  loadingLabel,
  fallbackLabel,
  onProblems,
}: YamlEditorProps) {
  const theme = useTheme();
  const editorRef = useRef<MonacoEditor | null>(null);
  const onApplyRef = useRef(onApply);
  const onProblemsRef = useRef(onProblems);
  useEffect(() => {
    onApplyRef.current = onApply;
    onProblemsRef.current = onProblems;
  }, [onApply, onProblems]);

  // Per-file bookkeeping shared by the listeners below (refs: never part of rendering).
  const pending = useRef(new Set<string>());
  const synced = useRef(new Map<string, string>());
  const timers = useRef({ store: 0, validate: 0 });

  const flush = useRef(() => {
    window.clearTimeout(timers.current.store);
    for (const p of pending.current) {
      const model = monaco.editor.getModel(monaco.Uri.parse(modelUri(p)));
      if (!model) continue;
      const text = model.getValue();
      synced.current.set(p, text);
      appStore.getState().setFileContent(p, text);
    }
    pending.current.clear();
  }).current;

  const validate = useRef(() => {
    window.clearTimeout(timers.current.validate);
    const model = editorRef.current?.getModel();
    const p = model && pathOf(model);
    if (!model || !p) return;
    // Only the file shown is checked against the cluster; others' checks would go stale unseen.
    for (const other of monaco.editor.getModels())
      if (other !== model) monaco.editor.setModelMarkers(other, MARKER_OWNER, []);
    const markers = dryRunMarkers(appStore.getState().sim, model.getValue(), p, Date.now());
    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      markerRanges(markers, model.getValue()).map((r) => ({
        ...r,
        severity: SEVERITY[r.severity],
        source: 'kubectl apply',
      })),
    );
    onProblemsRef.current?.({
      errors: markers.filter((m) => m.severity === 'error').length,
      warnings: markers.filter((m) => m.severity === 'warning').length,
    });
  }).current;

  useEffect(() => {
    registerFlush(flush);
    const unPersist = addBeforePersist(flush);
    // Outside changes to the files: update models, drop models of files that are gone.
    const unFiles = appStore.subscribe((s, prev) => {
      if (s.sim !== prev.sim) {
        window.clearTimeout(timers.current.validate);
        timers.current.validate = window.setTimeout(validate, VALIDATE_DEBOUNCE_MS);
      }
      if (s.files === prev.files) return;
      for (const model of monaco.editor.getModels()) {
        const p = pathOf(model);
        if (!p) continue;
        const content = s.files.find((f) => f.path === p)?.content;
        if (content === undefined) {
          if (model !== editorRef.current?.getModel()) model.dispose();
          pending.current.delete(p);
          continue;
        }
        if (pending.current.has(p) || content === synced.current.get(p)) continue;
        if (content !== model.getValue()) {
          model.pushEditOperations(
            [],
            [{ range: model.getFullModelRange(), text: content }],
            () => null,
          );
          model.pushStackElement();
        }
        synced.current.set(p, content);
      }
    });
    const t = timers.current;
    return () => {
      flush();
      registerFlush(null);
      unPersist();
      unFiles();
      window.clearTimeout(t.validate);
    };
  }, [flush, validate]);

  // A newly shown file is validated at once.
  useEffect(() => {
    if (editorRef.current) validate();
  }, [path, validate]);

  const onMount: OnMount = (ed) => {
    editorRef.current = ed;
    ed.addAction({
      id: 'k8s-playground.apply',
      label: 'Apply manifests (kubectl apply)',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
      run: () => onApplyRef.current(),
    });
    ed.onDidChangeModelContent(() => {
      const model = ed.getModel();
      const p = model && pathOf(model);
      if (!p) return;
      pending.current.add(p);
      window.clearTimeout(timers.current.store);
      timers.current.store = window.setTimeout(flush, STORE_DEBOUNCE_MS);
      window.clearTimeout(timers.current.validate);
      timers.current.validate = window.setTimeout(validate, VALIDATE_DEBOUNCE_MS);
    });
    validate();
  };

  const initial = contentOf(path) ?? '';
  return (
    <div className="h-full" role="group" aria-label={label} data-testid="yaml-editor">
      <Editor
        path={modelUri(path)}
        defaultLanguage="yaml"
        language="yaml"
        defaultValue={initial}
        onMount={onMount}
        theme={theme === 'dark' ? 'vs-dark' : 'vs'}
        loading={<EditorFallback value={initial} status={loadingLabel} label={fallbackLabel} />}
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
