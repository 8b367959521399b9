/** Graph kernel: integer ids, typed arrays, CSR adjacency, Kahn order, Tarjan SCC, condensation. */
export { buildGraph, degree, type GraphKernel } from './buildGraph';
export { buildCsr, type Csr } from './csr';
export { computeTopologicalOrder } from './topologicalOrder';
export { findStronglyConnectedComponents, type Components } from './stronglyConnected';
export { condenseGraph, type CondensedGraph } from './condenseGraph';
export { buildKernelFromWorkflow } from './fromWorkflow';
