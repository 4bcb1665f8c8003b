import { REGION_CHOICES, findRegion } from '../genesys';

/** Where the client sends requests: the API host and the OAuth login host. */
export interface GenesysEndpoints {
  /** e.g. `https://api.mypurecloud.com`. */
  apiBaseUrl: string;
  /** e.g. `https://login.mypurecloud.com`. */
  loginBaseUrl: string;
}

/** The endpoints of a Genesys Cloud region, by region name (`us-east-1`) or domain (`mypurecloud.com`). */
export function regionEndpoints(region: string): GenesysEndpoints {
  const found = findRegion(region);
  if (!found) {
    throw new Error(
      `unknown Genesys Cloud region "${region}": use one of ${REGION_CHOICES} (src/genesys/data/regions.json)`,
    );
  }
  return { apiBaseUrl: `https://api.${found.domain}`, loginBaseUrl: `https://login.${found.domain}` };
}
