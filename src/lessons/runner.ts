/**
 * Performs lesson steps with the simulator's pure functions — exactly what the lesson panel does
 * through the store (editor edits, Apply = `kubectl apply -f`, terminal commands, canvas requests,
 * the readiness toggle). Tests replay every solution with it.
 */
import { initialState, step } from '../sim/core.ts';
import type { SimState, Trace } from '../sim/core.ts';
import { runCommand, type ShellContext } from '../sim/tools.ts';
import { podsWith } from './checks/cluster.ts';
import { probeQuiz, requestTo } from './quiz.ts';
import type { EditorFileSpec, PodRef, Question, Step, StartSpec } from './types.ts';

/** Everything a step can change: cluster, editor files, terminal context, traces, answers. */
export interface World {
  sim: SimState;
  files: Readonly<Record<string, string>>;
  context: ShellContext;
  /** Traces of requests sent, oldest first. */
  traces: readonly Trace[];
  answers: Readonly<Record<string, readonly string[]>>;
}

/** What a step printed (commands), or why it could not run (`error`). */
export interface StepOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Set when the step itself could not be performed (missing file text, pod, or Service). */
  error?: string;
}

export interface StartResult {
  sim: SimState;
  files: readonly EditorFileSpec[];
  activeFile: string;
}

/** Builds the cluster and files a start spec describes (pure: same spec and time, same state). */
export function buildStart(spec: StartSpec, at: number): StartResult {
  let sim = initialState({
    seed: 1,
    ...spec.options,
    now: () => at,
    ...(spec.manifests !== undefined ? { manifests: spec.manifests } : {}),
  });
  let world: World = {
    sim,
    files: Object.fromEntries(spec.files.map((f) => [f.path, f.content])),
    context: { host: 'workstation' },
    traces: [],
    answers: {},
  };
  for (const s of spec.setup ?? []) world = runStep(world, s, at).world;
  sim = world.sim;
  return { sim, files: spec.files, activeFile: spec.activeFile ?? spec.files[0]?.path ?? '' };
}

/** A fresh world from a start spec. */
export function startWorld(spec: StartSpec, at: number): World {
  const s = buildStart(spec, at);
  return {
    sim: s.sim,
    files: Object.fromEntries(s.files.map((f) => [f.path, f.content])),
    context: { host: 'workstation' },
    traces: [],
    answers: {},
  };
}

/** The pod a PodRef names in this state (by name, or the index-th pod carrying the labels). */
export function resolvePod(
  state: SimState,
  ref: PodRef,
): { name: string; namespace: string } | undefined {
  if ('name' in ref) return { name: ref.name, namespace: ref.namespace ?? 'default' };
  const pod = podsWith(state, ref.selector)[ref.index ?? 0];
  return pod
    ? { name: pod.metadata.name, namespace: pod.metadata.namespace ?? 'default' }
    : undefined;
}

/** The terminal command a step amounts to, if it is one (Apply, a command, deleting a pod). */
export function commandOf(step: Step, state: SimState): string | undefined {
  switch (step.kind) {
    case 'apply':
      return `kubectl apply -f ${step.file}`;
    case 'command':
      return step.line;
    case 'deletePod': {
      const pod = resolvePod(state, step.pod);
      return pod ? `kubectl delete pod ${pod.name}` : undefined;
    }
    default:
      return undefined;
  }
}

const failed = (world: World, error: string) => ({
  world,
  output: { stdout: '', stderr: `${error}\n`, exitCode: 1, error },
});

/** Performs one step. Never throws: a step that cannot run reports why in `output.stderr`. */
export function runStep(
  world: World,
  s: Step,
  at: number,
  questions: readonly Question[] = [],
): { world: World; output?: StepOutput } {
  switch (s.kind) {
    case 'edit':
      return { world: { ...world, files: { ...world.files, [s.file]: s.content } } };
    case 'replace': {
      const text = world.files[s.file];
      if (text === undefined) return failed(world, `no file ${s.file}`);
      if (!text.includes(s.find)) return failed(world, `${s.file} has no "${s.find}"`);
      return {
        world: { ...world, files: { ...world.files, [s.file]: text.replace(s.find, s.replace) } },
      };
    }
    case 'apply':
    case 'command':
    case 'deletePod': {
      const line = commandOf(s, world.sim);
      if (!line) return failed(world, 'no such pod');
      const out = runCommand(world.sim, line, {
        at,
        context: world.context,
        files: { ...world.files },
      });
      return {
        world: {
          ...world,
          sim: out.state,
          context: out.context,
          traces: [...world.traces, ...out.traces],
          ...(out.files ? { files: out.files } : {}),
        },
        output: { stdout: out.stdout, stderr: out.stderr, exitCode: out.exitCode },
      };
    }
    case 'send': {
      const to = requestTo(world.sim, s.request);
      if (!to) return failed(world, 'no such target');
      let sim = world.sim;
      const traces: Trace[] = [];
      for (let i = 0; i < (s.count ?? 1); i++) {
        const r = step(sim, {
          type: 'request/sent',
          request: {
            from: s.request.from,
            to,
            ...(s.request.hostHeader ? { hostHeader: s.request.hostHeader } : {}),
            ...(s.request.path ? { path: s.request.path } : {}),
          },
          at,
        });
        sim = r.state;
        traces.push(r.result);
      }
      return { world: { ...world, sim, traces: [...world.traces, ...traces] } };
    }
    case 'readiness': {
      const pod = resolvePod(world.sim, s.pod);
      if (!pod) return failed(world, 'no such pod');
      const r = step(world.sim, {
        type: 'pod/readinessChanged',
        name: pod.name,
        namespace: pod.namespace,
        ready: s.ready,
        at,
      });
      return {
        world: { ...world, sim: r.state },
        output: { stdout: `${r.result.message}\n`, stderr: '', exitCode: r.result.ok ? 0 : 1 },
      };
    }
    case 'answer': {
      const value = s.value ?? derivedAnswer(world.sim, s.question, questions);
      if (!value) return failed(world, `no answer for ${s.question}`);
      return { world: { ...world, answers: { ...world.answers, [s.question]: value } } };
    }
  }
}

/** The answer a value question has now, read from a fresh trace. */
export function derivedAnswer(
  state: SimState,
  id: string,
  questions: readonly Question[],
): string[] | undefined {
  const q = questions.find((x) => x.id === id);
  if (q?.kind !== 'value') return undefined;
  const a = probeQuiz(q, state);
  return a ? [a.answer] : undefined;
}

/** Runs steps in order, one second apart from `at`. */
export function runSteps(
  world: World,
  steps: readonly Step[],
  at: number,
  questions: readonly Question[] = [],
): { world: World; outputs: (StepOutput | undefined)[] } {
  const outputs: (StepOutput | undefined)[] = [];
  let w = world;
  steps.forEach((s, i) => {
    const r = runStep(w, s, at + i * 1000, questions);
    w = r.world;
    outputs.push(r.output);
  });
  return { world: w, outputs };
}
