/**
 * Configures Monaco once per page: bundled workers, the Kubernetes schema for monaco-yaml, and the
 * bundled Monaco instance for @monaco-editor/react (which would otherwise fetch Monaco from a CDN).
 * Only the lazily loaded YamlEditor imports this module, so Monaco stays out of the main bundle.
 */
import * as monaco from 'monaco-editor';
import { loader } from '@monaco-editor/react';
import { configureMonacoYaml, type JSONSchema } from 'monaco-yaml';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import YamlWorker from './yaml.worker.ts?worker';
import kubernetesSchema from '../../generated/kubernetes.schema.json';

/** Identifies the bundled schema; never fetched (`enableSchemaRequest: false`). */
export const KUBERNETES_SCHEMA_URI = 'inmemory://schemas/kubernetes.schema.json';

/** Editor models whose URI matches this glob get the Kubernetes schema (see `modelUri`). */
export const MANIFEST_FILE_MATCH = '**/*.yaml';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'yaml' ? new YamlWorker({ name: 'yaml' }) : new EditorWorker({ name: label });
  },
};

/** monaco-yaml validates, completes and hovers each `---`-separated document on its own. */
export const monacoYaml = configureMonacoYaml(monaco, {
  enableSchemaRequest: false,
  hover: true,
  completion: true,
  validate: true,
  schemas: [
    {
      uri: KUBERNETES_SCHEMA_URI,
      fileMatch: [MANIFEST_FILE_MATCH],
      schema: kubernetesSchema as JSONSchema,
    },
  ],
});

loader.config({ monaco });

/**
 * Monaco leaks its own cancellation as an unhandled `Canceled` rejection when a model is switched
 * while a contribution still has a request in flight (microsoft/monaco-editor#4904, #5135). Nothing
 * is broken; swallow exactly that signature so it does not reach the console as an error.
 */
window.addEventListener('unhandledrejection', (e: PromiseRejectionEvent) => {
  const r: unknown = e.reason;
  if (r instanceof Error && r.name === 'Canceled' && r.message === 'Canceled') e.preventDefault();
});

/** The model URI for a workspace file name such as `service.yaml`. */
export function modelUri(path: string): string {
  return `file:///workspace/${path.replace(/^\/+/, '')}`;
}

export { monaco };
