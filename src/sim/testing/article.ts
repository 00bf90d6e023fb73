/** Test fixtures: the article's manifests (see ../examples.ts) and a fixed clock. */
export {
  ARTICLE_MANIFESTS,
  CLUSTERIP_SERVICE,
  EXTERNALNAME_SERVICE,
  HEADLESS_SERVICE,
  LB_SERVICE,
  NODEPORT_SERVICE,
} from '../examples.ts';

/** The clock every test cluster uses: 2026-01-01T00:00:00Z. */
export const T0 = Date.UTC(2026, 0, 1);
