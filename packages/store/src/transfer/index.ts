export { hashDatabase, type TableHashes } from './databaseState.js';
export { exportDatabase } from './exportDatabase.js';
export { importDatabase } from './importDatabase.js';
export { verifyTransferFile } from './readTransferFile.js';
export { TransferError, type TransferProblem } from './transferError.js';
export type { TransferHeader } from './transferHeader.js';
