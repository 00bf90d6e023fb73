/** The cluster canvas feature: mount `ClusterCanvas` inside the canvas panel. */
export { ClusterCanvas } from './ClusterCanvas.tsx';
