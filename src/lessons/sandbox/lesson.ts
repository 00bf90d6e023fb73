/** The free sandbox: the default cluster and the article's manifests, no tasks, no goals. */
import { defineLesson } from '../define.ts';
import { ARTICLE_FILES } from '../manifests.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

export const lesson = defineLesson(
  {
    id: 'sandbox',
    sandbox: true,
    start: { files: [...ARTICLE_FILES, { path: 'scratch.yaml', content: '' }] },
    tasks: [],
    real: ['kubectl get all -o wide', 'kubectl get endpointslices'],
  },
  { en, ko },
);
