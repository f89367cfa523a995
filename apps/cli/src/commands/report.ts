import { usageError } from '../exitCodes.js';
import type { Command } from './command.js';

// Placeholder until the report renderers land.
export const reportCommand: Command = {
  help: 'Usage: plan report --as-of YYYY-MM-DD --out report.html|report.md|report.xlsx\n',
  run: async () => {
    throw usageError('plan report is not available yet');
  },
};
