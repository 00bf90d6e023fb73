/** How the lesson panel words each solution step (English). */
type P<K extends string> = Readonly<Record<K, string>>;

export const en = {
  edit: (p: P<'file'>) => `Write ${p.file} in the editor`,
  replace: (p: P<'file' | 'find' | 'replace'>) =>
    `In ${p.file}, change “${p.find}” to “${p.replace}”`,
  apply: (p: P<'file'>) => `Apply ${p.file} (kubectl apply -f ${p.file})`,
  command: (p: P<'line'>) => `Run in the terminal: ${p.line}`,
  send: (p: P<'from' | 'to'>) => `Send a request from ${p.from} to ${p.to}`,
  sendMany: (p: P<'from' | 'to' | 'count'>) => `Send ${p.count} requests from ${p.from} to ${p.to}`,
  ready: (p: P<'pod'>) => `Mark pod ${p.pod} Ready (its readiness probe passes)`,
  notReady: (p: P<'pod'>) => `Mark pod ${p.pod} not Ready (its readiness probe fails)`,
  deletePod: (p: P<'pod'>) => `Delete pod ${p.pod} (kubectl delete pod ${p.pod})`,
  answer: (p: P<'question' | 'value'>) => `Answer “${p.question}”: ${p.value}`,
  firstPod: (p: P<'selector'>) => `the first ${p.selector} pod`,
  nthPod: (p: P<'selector' | 'n'>) => `${p.selector} pod #${p.n}`,
};

export type StepMessages = typeof en;
