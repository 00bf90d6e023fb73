/** `kubectl` (no arguments) and `kubectl CMD --help`. */

import type { CommandDef } from './types.ts';

export const ROOT_HELP = `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/

Basic Commands (Beginner):
  create          Create a resource from a file or from stdin
  expose          Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service
  run             Run a particular image on the cluster
  set             Set specific features on objects

Basic Commands (Intermediate):
  explain         Get documentation for a resource
  get             Display one or many resources
  edit            Edit a resource on the server
  delete          Delete resources by file names, stdin, resources and names, or by resources and label selector

Deploy Commands:
  rollout         Manage the rollout of a resource
  scale           Set a new size for a deployment, replica set, or replication controller
  autoscale       Auto-scale a deployment, replica set, stateful set, or replication controller

Cluster Management Commands:
  certificate     Modify certificate resources
  cluster-info    Display cluster information
  top             Display resource (CPU/memory) usage
  cordon          Mark node as unschedulable
  uncordon        Mark node as schedulable
  drain           Drain node in preparation for maintenance
  taint           Update the taints on one or more nodes

Troubleshooting and Debugging Commands:
  describe        Show details of a specific resource or group of resources
  logs            Print the logs for a container in a pod
  attach          Attach to a running container
  exec            Execute a command in a container
  port-forward    Forward one or more local ports to a pod
  proxy           Run a proxy to the Kubernetes API server
  cp              Copy files and directories to and from containers
  auth            Inspect authorization
  debug           Create debugging sessions for troubleshooting workloads and nodes
  events          List events

Advanced Commands:
  diff            Diff the live version against a would-be applied version
  apply           Apply a configuration to a resource by file name or stdin
  patch           Update fields of a resource
  replace         Replace a resource by file name or stdin
  wait            Experimental: Wait for a specific condition on one or many resources
  kustomize       Build a kustomization target from a directory or URL

Settings Commands:
  label           Update the labels on a resource
  annotate        Update the annotations on a resource
  completion      Output shell completion code for the specified shell (bash, zsh, fish, or powershell)

Other Commands:
  api-resources   Print the supported API resources on the server
  api-versions    Print the supported API versions on the server, in the form of "group/version"
  config          Modify kubeconfig files
  plugin          Provides utilities for interacting with plugins
  version         Print the client and server version information

Usage:
  kubectl [flags] [options]

Use "kubectl <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

const SHORT: Record<string, string> = {
  'kubectl get': 'Display one or many resources.',
  'kubectl describe': 'Show details of a specific resource or group of resources.',
  'kubectl apply': 'Apply a configuration to a resource by file name or stdin.',
  'kubectl create': 'Create a resource from a file or from stdin.',
  'kubectl create service': 'Create a service using a specified subcommand.',
  'kubectl delete':
    'Delete resources by file names, stdin, resources and names, or by resources and label selector.',
  'kubectl expose': 'Expose a resource as a new Kubernetes service.',
  'kubectl scale':
    'Set a new size for a deployment, replica set, replication controller, or stateful set.',
  'kubectl label': 'Update the labels on a resource.',
  'kubectl run': 'Create and run a particular image in a pod.',
  'kubectl rollout': 'Manage the rollout of one or many resources.',
  'kubectl exec': 'Execute a command in a container.',
  'kubectl version': 'Print the client and server version information for the current context.',
  'kubectl cluster-info':
    'Display addresses of the control plane and services with label kubernetes.io/cluster-service=true.',
  'kubectl config':
    'Modify kubeconfig files using subcommands like "kubectl config set current-context my-context".',
};

/** A short help page: description, subcommands, flags, usage. */
export function commandHelp(path: string, cmd: CommandDef): string {
  const lines: string[] = [SHORT[path] ?? `${path}`];
  if (cmd.sub) {
    lines.push('', 'Available Commands:');
    const w = Math.max(...cmd.sub.map((c) => c.name.length)) + 2;
    for (const c of cmd.sub)
      lines.push(`  ${c.name.padEnd(w)}${SHORT[`${path} ${c.name}`] ?? ''}`.trimEnd());
  }
  if (cmd.flags.length > 0) {
    lines.push('', 'Options:');
    for (const f of cmd.flags)
      lines.push(
        `    ${f.short ? `-${f.short}, ` : ''}--${f.name}${f.type === 'bool' ? '' : "=''"}`,
      );
  }
  lines.push(
    '',
    'Usage:',
    `  ${path} [options]`,
    '',
    'Use "kubectl options" for a list of global command-line options (applies to all commands).',
    '',
  );
  return lines.join('\n');
}
