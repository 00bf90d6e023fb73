/**
 * Lessons as data. A lesson is language-neutral data (`lesson.ts`: start state, tasks, goals,
 * solutions, quiz points) plus one text file per language (`en.ts`, `ko.ts`) with the same keys.
 * Goals are named checks over the simulated cluster and the learner's traces — never over YAML
 * text or typed commands — so every correct answer passes.
 */
import type {
  ClusterOptions,
  HopAction,
  ResolveOptions,
  ResolveResult,
  SendRequest,
  ServiceType,
  SimState,
  Trace,
} from '../sim/core.ts';
import type { Lang, Localized } from './languages.ts';

export type Labels = Readonly<Record<string, string>>;

/** Finds Services by what they are, not by name (any name passes unless `name` is given). */
export interface ServiceQuery {
  name?: string;
  /** Default `default`. */
  namespace?: string;
  type?: ServiceType;
  /** The Service's selector picks the pods carrying these labels. */
  selects?: Labels;
  /** `clusterIP: None`. */
  headless?: boolean;
  externalName?: string;
}

/** How a request addresses a Service. */
export type TargetVia =
  | 'name' // `svc:port`, resolved by the caller's DNS search path
  | 'fqdn' // `svc.ns.svc.cluster.local:port`
  | 'clusterIP' // `10.x.y.z:port`
  | 'nodePort' // `node:nodePort`
  | 'loadBalancer' // `EXTERNAL-IP:port`
  | 'healthCheck'; // `node:healthCheckNodePort`

/** Where a request goes: a literal `HOST:PORT`, or an address looked up from the cluster state. */
export type Target =
  | string
  | {
      service: ServiceQuery;
      via: TargetVia;
      /** For `nodePort` / `healthCheck` (default `node1`). */
      node?: string;
      /** The Service port to use (default: its first port). */
      port?: number;
    };

/** A request as the learner would send it (canvas click or curl). */
export interface RequestSpec {
  /** `client`, `node/NAME` or `pod/NAME`. */
  from: string;
  to: Target;
  hostHeader?: string;
  path?: string;
}

/** A pod named directly, or the `index`-th pod (by name) carrying `selector`'s labels. */
export type PodRef = { name: string; namespace?: string } | { selector: Labels; index?: number };

/**
 * One thing a learner does, as data. The lesson panel performs a step through the same store
 * actions a learner would use; `runner.ts` performs it with the pure simulator functions.
 */
export type Step =
  /** Writes a whole editor file (creates it when missing). */
  | { kind: 'edit'; file: string; content: string }
  /** Edits part of an editor file: the first occurrence of `find` becomes `replace`. */
  | { kind: 'replace'; file: string; find: string; replace: string }
  /** The editor's Apply button: `kubectl apply -f FILE` in the terminal. */
  | { kind: 'apply'; file: string }
  /** A command line typed in the terminal. */
  | { kind: 'command'; line: string }
  /** "Send a request" on the canvas (`count` times, default 1). */
  | { kind: 'send'; request: RequestSpec; count?: number }
  /** The pod's readiness toggle on the canvas (a readiness probe starting to pass or fail). */
  | { kind: 'readiness'; pod: PodRef; ready: boolean }
  /** Deleting a pod: `kubectl delete pod NAME` with the name looked up when the step runs. */
  | { kind: 'deletePod'; pod: PodRef }
  /**
   * An answer given in the lesson panel: choice ids, or one typed value. Without `value`, a value
   * question is answered with what a fresh trace shows (never a number written into the lesson).
   */
  | { kind: 'answer'; question: string; value?: readonly string[] };

export interface EditorFileSpec {
  path: string;
  content: string;
}

/** How a lesson (or a task that starts over) sets up the cluster and the editor. */
export interface StartSpec {
  /** Cluster options (`createCluster`/`initialState`); the seed defaults to 1. */
  options?: Omit<ClusterOptions, 'now' | 'manifests'>;
  /** Manifests applied at start-up; default: the simulator's my-app Deployment and netshoot pod. */
  manifests?: string;
  /** Steps run after start-up (e.g. applying a broken Service, failing a readiness probe). */
  setup?: readonly Step[];
  /** Editor files the lesson opens. */
  files: readonly EditorFileSpec[];
  /** The file shown first (default: the first file). */
  activeFile?: string;
}

export interface CheckResult {
  pass: boolean;
  /** Why, in the learner's terms; also given when the check passes. */
  explanation: Localized;
}

/** What a goal check sees. Probes run on copies of the state: checking never changes the cluster. */
export interface GoalContext {
  readonly state: SimState;
  /** The state when the current task began (to compare against: pods replaced, IPs changed). */
  readonly start: SimState;
  /** The learner's requests since the task began, oldest first (canvas and terminal alike). */
  readonly traces: readonly Trace[];
  /** Answers given in the lesson panel, by question id. */
  readonly answers: Readonly<Record<string, readonly string[]>>;
  /** Sends a request on a copy of the state (memoised per request). */
  probe(request: SendRequest): Trace;
  /** Sends the same request `n` times in a row on a copy (the endpoint picks advance). */
  probeMany(request: SendRequest, n: number): readonly Trace[];
  /** A DNS lookup on a copy of the state. */
  resolve(name: string, options: ResolveOptions): ResolveResult;
}

/** A named goal check. `title` says what must be true, in the learner's terms. */
export interface Check {
  id: string;
  title: Localized;
  run(ctx: GoalContext): CheckResult;
}

/** Picks a hop of a trace: the `nth` (default 0) hop with that action (and node / crossNode). */
export interface HopSelector {
  action: HopAction;
  nth?: number;
  node?: string;
  crossNode?: boolean;
}

/**
 * What a quiz asks about the chosen hop: an address after the hop (`dst`, `src`, or only their IP
 * or port), the hop's one-way latency, or the node it happened on.
 */
export type AnswerField =
  'dst' | 'src' | 'dstIP' | 'srcIP' | 'dstPort' | 'srcPort' | 'latencyMs' | 'node';

/** "What is the destination address now?" at a chosen hop of a lesson's request. */
export interface QuizPoint {
  id: string;
  /** The task whose state the question belongs to (asked from that task on). */
  task: string;
  request: RequestSpec;
  hop: HopSelector;
  field: AnswerField;
}

/** A question answered in the lesson panel; a goal `{ question: id }` checks its answer. */
export type Question =
  | { id: string; kind: 'choice'; choices: readonly string[]; correct: readonly string[] }
  /** The correct value is read from a fresh probe trace (never written into the lesson). */
  | {
      id: string;
      kind: 'value';
      request: RequestSpec;
      hop: HopSelector;
      field: AnswerField;
    };

/** A goal as a lesson declares it: a check, or the answer to one of the lesson's questions. */
export type GoalDef = Check | { question: string };

export interface TaskDef {
  id: string;
  /** When set, the task starts over from a fresh cluster (e.g. one without a load balancer). */
  start?: StartSpec;
  goals: readonly GoalDef[];
  solution: readonly Step[];
  /** "On a real cluster you would type…" */
  real?: readonly string[];
}

export interface LessonDef {
  id: string;
  start: StartSpec;
  tasks: readonly TaskDef[];
  quiz?: readonly QuizPoint[];
  questions?: readonly Question[];
  /** Commands for the whole lesson on a real cluster. */
  real?: readonly string[];
  /** The free sandbox: no tasks, no goals. */
  sandbox?: boolean;
}

export interface TaskText {
  title: string;
  /** What to do (light Markdown: paragraphs, `- ` lists, `code`, fenced blocks). */
  text: string;
  /** Unlocked one at a time. */
  hints: readonly string[];
  /** A note for the task's real-cluster commands. */
  real?: string;
}

export interface QuestionText {
  prompt: string;
  /** Label of each choice (choice questions). */
  choices?: Readonly<Record<string, string>>;
  /** Why each choice is right or wrong (shown when it is picked wrongly or missed). */
  why?: Readonly<Record<string, string>>;
}

export interface LessonText {
  title: string;
  summary: string;
  /** Light Markdown. */
  explanation: string;
  tasks: Readonly<Record<string, TaskText>>;
  /** The question of each quiz point ("What is the destination address now?"). */
  quiz: Readonly<Record<string, string>>;
  questions: Readonly<Record<string, QuestionText>>;
}

/** A task as the catalog exports it: every goal is a check. */
export interface Task extends Omit<TaskDef, 'goals'> {
  lessonId: string;
  goals: readonly Check[];
}

export interface Lesson extends Omit<LessonDef, 'tasks'> {
  tasks: readonly Task[];
  text: Readonly<Record<Lang, LessonText>>;
}
