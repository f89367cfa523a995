import { z } from 'zod';

/**
 * A unit or region named in a request: its id (`sports-section`, `dongsheng`) or, where the route
 * says so, its Chinese name (体育科, 东胜区); trimmed, 1 to 100 characters. Each route adds
 * `.optional()` and its own description.
 */
export const IdOrName = z.string().trim().min(1).max(100);
