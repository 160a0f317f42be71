import { tc } from '../i18n/common.js';

export function Brand() {
  return <span class="brand">{tc('appName')}</span>;
}
