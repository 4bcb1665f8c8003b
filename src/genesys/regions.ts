import data from './data/regions.json';
import type { Region } from './types';

/** Genesys Cloud regions (src/genesys/data/regions.json). */
export const REGIONS: readonly Region[] = data.regions;

/** The regions as users may name them, for messages. */
export const REGION_CHOICES = REGIONS.map((r) => r.name).join(', ');

/** By region name (`us-east-1`) or domain (`mypurecloud.ie`); a full host such as `api.mypurecloud.ie` also works. */
export function findRegion(nameOrDomain: string): Region | undefined {
  const key = nameOrDomain.trim().toLowerCase().replace(/^(api|login)\./, '');
  return REGIONS.find((r) => r.name === key || r.domain === key);
}
