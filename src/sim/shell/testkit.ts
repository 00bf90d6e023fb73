/** A scripted terminal for tests: a seeded cluster at a fixed time, commands one second apart. */

import {
  CLUSTERIP_SERVICE,
  EXTERNALNAME_SERVICE,
  HEADLESS_SERVICE,
  LB_SERVICE,
  NODEPORT_SERVICE,
} from '../examples.ts';
import { initialState, type ClusterOptions } from '../cluster.ts';
import type { SimState } from '../model/state.ts';
import type { Pod } from '../model/types.ts';
import { runCommand } from './index.ts';
import type { CommandOutput, ShellContext } from './types.ts';

export const FIXED = Date.parse('2025-01-01T00:00:00Z');

export class Terminal {
  state: SimState;
  context: ShellContext = { host: 'workstation' };
  at: number;
  files: Record<string, string>;
  history: string[] = [];

  constructor(
    opts: ClusterOptions & { files?: Record<string, string>; startAfterMs?: number } = {},
  ) {
    this.state = initialState({ seed: 1, now: () => FIXED, ...opts });
    this.at = FIXED + (opts.startAfterMs ?? 60_000);
    this.files = opts.files ?? {};
  }

  run(line: string, stdin?: string): CommandOutput {
    const r = runCommand(this.state, line, {
      at: this.at,
      context: this.context,
      files: this.files,
      history: this.history,
      ...(stdin !== undefined ? { stdin } : {}),
    });
    this.state = r.state;
    this.context = r.context;
    if (r.files) this.files = r.files;
    this.history.push(line);
    this.at += 1000;
    return r;
  }

  /** stdout of a command that must succeed. */
  out(line: string, stdin?: string): string {
    const r = this.run(line, stdin);
    if (r.exitCode !== 0) throw new Error(`${line} failed (${r.exitCode}): ${r.stderr}`);
    return r.stdout;
  }

  pods(prefix: string): Pod[] {
    return Object.values(this.state.pods)
      .filter((p) => p.metadata.name.startsWith(prefix))
      .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  }

  clusterIP(name: string, namespace = 'default'): string {
    return this.state.services[`${namespace}/${name}`]?.spec.clusterIP ?? '';
  }
}

/** The article's manifests (kubernetes-services.ko.md), comments included. */
export const ARTICLE = {
  clusterip: CLUSTERIP_SERVICE,
  nodeport: NODEPORT_SERVICE,
  lb: LB_SERVICE,
  externalname: EXTERNALNAME_SERVICE,
  headless: HEADLESS_SERVICE,
};
