import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { LinkEdge } from '../edges/LinkEdge.tsx';
import { ClusterNodeCard, SystemChip } from '../nodes/ClusterNodeCard.tsx';
import {
  BandNode,
  ClientNode,
  InternetNode,
  LbNode,
  UnscheduledNode,
} from '../nodes/ExternalNodes.tsx';
import { PodNode } from '../nodes/PodNode.tsx';
import { ServiceNode } from '../nodes/ServiceNode.tsx';
import type { NODE_TYPE } from './toFlow.ts';

/** Module constants (a new object per render would remount every node). */
export const nodeTypes = {
  client: ClientNode,
  lb: LbNode,
  internet: InternetNode,
  band: BandNode,
  k8sNode: ClusterNodeCard,
  system: SystemChip,
  pod: PodNode,
  service: ServiceNode,
  unscheduled: UnscheduledNode,
} satisfies Record<(typeof NODE_TYPE)[keyof typeof NODE_TYPE], NodeTypes[string]>;

export const edgeTypes = { link: LinkEdge } satisfies EdgeTypes;
