/**
 * The files the editor starts with: the article's five Service manifests, one per tab, and a blank
 * scratch file. The article's `#1`-style callout comments are left out; the manifests are otherwise
 * as printed, including `clusterIP: 10.10.10.10`, which the default cluster (service CIDR
 * 10.96.0.0/12) rejects with the real API-server error — a lesson in itself.
 */
import * as ARTICLE from '../sim/core.ts';
import { withoutCallouts } from '../sim/core.ts';
import type { EditorFile } from './types.ts';

export const CLUSTERIP_SERVICE = withoutCallouts(ARTICLE.CLUSTERIP_SERVICE);
export const NODEPORT_SERVICE = withoutCallouts(ARTICLE.NODEPORT_SERVICE);
export const LB_SERVICE = withoutCallouts(ARTICLE.LB_SERVICE);
export const EXTERNALNAME_SERVICE = withoutCallouts(ARTICLE.EXTERNALNAME_SERVICE);
export const HEADLESS_SERVICE = withoutCallouts(ARTICLE.HEADLESS_SERVICE);

export const SCRATCH_FILE = 'scratch.yaml';

/** The workspace a first visit (and "Restore example files") starts from, in tab order. */
export const EXAMPLE_FILES: readonly EditorFile[] = [
  { path: 'clusterip-service.yaml', content: CLUSTERIP_SERVICE },
  { path: 'nodeport-service.yaml', content: NODEPORT_SERVICE },
  { path: 'lb-service.yaml', content: LB_SERVICE },
  { path: 'externalname-service.yaml', content: EXTERNALNAME_SERVICE },
  { path: 'headless-service.yaml', content: HEADLESS_SERVICE },
  { path: SCRATCH_FILE, content: '' },
];
