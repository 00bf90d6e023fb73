// The store loads the simulator's command line as a separate chunk (see src/store/shell.ts);
// unit tests start with it loaded, as a browser does a moment after first paint.
import { loadTools } from './src/store/shell.ts';

await loadTools();
