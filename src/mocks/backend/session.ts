import { viewerBody } from './auth.js';
import { json, signedIn, type Operation, type SignedInRequest } from './operation.js';

export const getViewer = signedIn({
  operationId: 'getViewer',
  method: 'GET',
  path: '/viewer',
  run(_backend, { viewer }: SignedInRequest) {
    return json(viewerBody(viewer));
  },
});

export const getDistrictSettings: Operation = {
  operationId: 'getDistrictSettings',
  method: 'GET',
  path: '/district/settings',
  public: true,
  anonymousOnBadToken: true,
  run(backend) {
    return json(structuredClone(backend.district.settings));
  },
};
