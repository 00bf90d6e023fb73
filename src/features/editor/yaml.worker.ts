// Entry of the monaco-yaml language worker, imported with Vite's `?worker` suffix in monacoSetup.ts.
import 'monaco-yaml/yaml.worker.js';
